import type { TimetableProblemCode } from '../../src/io/TimetableProblem.js';

/**
 * Every error of timetables.md §1, as a change to the 2018 file and the problem it must give:
 * checked against the loader (timetableFile.test.ts) and through the command line
 * (timetables.cli.test.ts).
 */
export const errorCases: readonly {
  readonly name: string;
  readonly change: (doc: any) => void;
  readonly code: TimetableProblemCode;
  readonly row: string | null;
}[] = [
  // Not valid against the schema.
  {
    name: 'a key the format has not',
    change: (d) => (d.rows[2].note = 'x'),
    code: 'schema-unknown-key',
    row: 'D3',
  },
  {
    name: 'a required key missing',
    change: (d) => delete d.rows[4].title,
    code: 'schema-required',
    row: 'D5',
  },
  {
    name: 'a value of the wrong type',
    change: (d) => (d.rows[1].inferred = 'yes'),
    code: 'schema-type',
    row: 'D2',
  },
  {
    name: 'a row id of the wrong form',
    change: (d) => (d.rows[0].id = 'd1'),
    code: 'schema-pattern',
    row: 'd1',
  },
  {
    name: 'a wall time of the wrong form',
    change: (d) => (d.rows[3].at = '29-03-2018 13:00'),
    code: 'schema-pattern',
    row: 'D4',
  },
  {
    name: 'an unknown row type',
    change: (d) => (d.rows[7].type = 'blokkade'),
    code: 'schema-enum',
    row: 'B1',
  },
  { name: 'no sources', change: (d) => (d.sources = []), code: 'schema-too-few', row: null },
  {
    name: 'a message named twice in one row',
    change: (d) => (d.rows[0].binds.messages = ['JW303', 'JW303']),
    code: 'schema-duplicate-item',
    row: 'D1',
  },
  {
    name: 'a deadline without a role',
    change: (d) => (d.rows[5].role = null),
    code: 'deadline-without-role',
    row: 'D6',
  },
  {
    name: 'a block with a role',
    change: (d) => (d.rows[8].role = 'gemeente'),
    code: 'role-not-null',
    row: 'B2',
  },
  {
    name: 'a phase with a role',
    change: (d) => (d.rows[10].role = 'aanbieder'),
    code: 'role-not-null',
    row: 'B4',
  },
  {
    name: '"blocks" on a block',
    change: (d) => (d.rows[7].blocks = true),
    code: 'blocks-not-deadline',
    row: 'B1',
  },
  {
    name: '"blocks" on a phase',
    change: (d) => (d.rows[9].blocks = false),
    code: 'blocks-not-deadline',
    row: 'B3',
  },
  {
    name: 'a phase that binds files',
    change: (d) => (d.rows[9].binds = { box: 'inbox', receiver: 'gemeente' }),
    code: 'binds-wrong-for-type',
    row: 'B3',
  },
  {
    name: 'a deadline that binds every heen',
    change: (d) => (d.rows[0].binds.messages = 'heen'),
    code: 'binds-wrong-for-type',
    row: 'D1',
  },
  {
    name: 'no block for heen',
    change: (d) => d.rows.splice(7, 1),
    code: 'no-heen-block',
    row: null,
  },
  {
    name: 'no block for retour',
    change: (d) => (d.rows[8].binds.messages = 'heen'),
    code: 'no-retour-block',
    row: null,
  },
  // What a schema cannot say.
  {
    name: 'a duplicate row id',
    change: (d) => (d.rows[6].id = 'D6'),
    code: 'duplicate-row-id',
    row: 'D6',
  },
  {
    name: 'a phase naming no row',
    change: (d) => (d.phases.transitie = 'B9'),
    code: 'phase-unknown-row',
    row: null,
  },
  {
    name: 'ingebruikname before transitie',
    change: (d) => (d.phases.ingebruikname = 'D2'),
    code: 'ingebruikname-before-transitie',
    row: 'D2',
  },
  {
    name: 'a wall time that does not exist',
    change: (d) => (d.rows[0].at = '2018-03-25 02:30'),
    code: 'nonexistent-time',
    row: 'D1',
  },
  {
    name: 'a wall time that occurs twice',
    change: (d) => (d.rows[10].at = '2018-10-28 02:15'),
    code: 'ambiguous-time',
    row: 'B4',
  },
  {
    name: 'a date the calendar has not',
    change: (d) => (d.rows[1].at = '2018-02-29 17:00'),
    code: 'invalid-date',
    row: 'D2',
  },
  {
    name: 'an offset that does not match the zone',
    change: (d) => (d.rows[1].at = '2018-03-27T17:00+01:00'),
    code: 'offset-mismatch',
    row: 'D2',
  },
  {
    name: 'UTC for an Amsterdam instant',
    change: (d) => (d.rows[0].at = '2018-03-18T22:00Z'),
    code: 'offset-mismatch',
    row: 'D1',
  },
  {
    name: 'an unknown zone',
    change: (d) => (d.zone = 'Europe/Atlantis'),
    code: 'unknown-zone',
    row: null,
  },
  {
    name: 'a message the catalogue does not know',
    change: (d) => d.rows[1].binds.messages.push('JW317'),
    code: 'unknown-message',
    row: 'D2',
  },
  {
    name: "a deadline binding another role's message",
    change: (d) => d.rows[2].binds.messages.push('JW305'),
    code: 'binds-other-role',
    row: 'D3',
  },
  {
    name: "a deadline binding another role's inbox",
    change: (d) => (d.rows[5].binds.receiver = 'aanbieder'),
    code: 'binds-other-role',
    row: 'D6',
  },
  {
    name: 'a message bound by two deadlines',
    change: (d) => d.rows[1].binds.messages.push('JW303'),
    code: 'bound-twice',
    row: 'D2',
  },
  { name: 'from equal to to', change: (d) => (d.to = '2.1'), code: 'same-release', row: null },
  {
    name: 'a 3.x timetable',
    change: (d) => Object.assign(d, { from: '3.0', to: '3.1' }),
    code: 'unsupported-release',
    row: null,
  },
];
