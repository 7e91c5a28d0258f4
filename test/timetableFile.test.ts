import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { blockFor, inboxDeadline, listedRows, outboxDeadline } from '../src/core/deadlines.js';
import { roles } from '../src/core/types.js';
import { catalogue, messageIds } from '../src/data/catalogue.js';
import type { ResolvedTimetable } from '../src/data/resolvedTimetable.js';
import { timetable2018 } from '../src/data/timetable.js';
import {
  checkTimetable,
  defaultTimetableId,
  loadTimetable,
  packageDirOf,
  parseTimetable,
  shippedTimetables,
  type TimetableLoad,
} from '../src/io/loadTimetable.js';
import {
  timetableProblemCodes,
  type TimetableProblem,
  type TimetableProblemCode,
} from '../src/io/TimetableProblem.js';
import { en } from '../src/report/words/en.js';
import { nl } from '../src/report/words/nl.js';
import { timetableProblemText } from '../src/report/words/timetableProblems.js';
import { projectDir } from './support/runBin.js';

const read = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(projectDir, file), 'utf8'));
const file2018 = 'timetables/ijw-iwmo-2.1-2.2-2018.json';
const file2020 = 'timetables/ijw-iwmo-2.3-2.4-2020.json';
const zeeland = 'examples/zeeland-ijw-2019.json';

const loaded = (load: TimetableLoad): ResolvedTimetable => {
  assert.ok(load.ok, `expected no problems, got ${JSON.stringify(!load.ok && load.problems)}`);
  return load.timetable;
};
const row = (t: ResolvedTimetable, id: string) => {
  const found = t.byId.get(id);
  assert.ok(found, `row ${id}`);
  return found;
};

describe('the timetable files that ship', () => {
  it('2018, 2020 and the Zeeland example load without problems, by id and by path', async () => {
    assert.deepEqual(shippedTimetables(), ['ijw-iwmo-2.1-2.2-2018', 'ijw-iwmo-2.3-2.4-2020']);
    assert.equal(defaultTimetableId, 'ijw-iwmo-2.1-2.2-2018');
    for (const id of shippedTimetables()) {
      const t = loaded(await loadTimetable(id, '/'));
      assert.equal(t.id, id);
    }
    loaded(await loadTimetable(zeeland, projectDir));
    loaded(await loadTimetable(path.join(projectDir, file2020), '/'));
  });

  it('every row of every file has a source and a title in both languages', () => {
    for (const file of [file2018, file2020, zeeland]) {
      const doc = read(file) as { rows: { id: string; source?: string; title: object }[] };
      for (const r of doc.rows) {
        assert.ok((r.source ?? '').length > 5, `${file} ${r.id} source`);
        assert.deepEqual(Object.keys(r.title).sort(), ['en', 'nl'], `${file} ${r.id} title`);
      }
    }
  });

  it('2020: 3.1.1 blocks, the rows no source states are marked inferred, 2.4 is live on 30 March 13.00 summer time', async () => {
    const t = loaded(await loadTimetable('ijw-iwmo-2.3-2.4-2020', '/'));
    assert.equal(row(t, 'D1').blocks, true);
    assert.match(row(t, 'D1').source ?? '', /3\.1\.1/);
    assert.deepEqual(
      t.rows.filter((r) => r.blocks).map((r) => r.id),
      ['D1'],
    );
    assert.deepEqual(t.inferred.map((r) => r.id).sort(), ['B1', 'B2', 'D5', 'D6', 'D7']);
    assert.equal(t.phases.ingebruikname.at, Date.parse('2020-03-30T11:00:00Z'));
    assert.equal(t.phases.transitie.at, Date.parse('2020-03-26T12:00:00Z'));
    assert.equal(row(t, 'D6').at, Date.parse('2020-03-26T22:00:00Z'));
    assert.equal(t.outboxRow.JW315.id, 'D2');
    assert.equal(t.outboxRow.WMO306.id, 'D5');
    assert.equal(t.outboxRow.JW321.id, 'B1');
    assert.equal(t.outboxRow.JW322.id, 'B2');
  });

  it('Zeeland 2019: iJw deadlines only, iWmo messages fall to the blocks, no read-in row', async () => {
    const t = loaded(await loadTimetable(zeeland, projectDir));
    assert.equal(t.outboxRow.JW303.id, 'D1');
    assert.equal(t.outboxRow.WMO303.id, 'B1');
    assert.equal(t.outboxRow.WMO302.id, 'B2');
    assert.deepEqual(t.inboxRow, { gemeente: null, aanbieder: null });
    assert.deepEqual(
      t.inferred.map((r) => r.id),
      ['B1'],
    );
    // Written as an ISO instant in summer time: the offset is checked, and it holds.
    assert.equal(t.phases.ingebruikname.at, Date.parse('2019-04-01T11:00:00Z'));
  });

  it('the 2018 file says what the compiled 2018 table says, row by row', async () => {
    const t = loaded(await loadTimetable(defaultTimetableId, '/'));
    const compiled = timetable2018;
    assert.deepEqual([...t.byId.keys()].sort(), [...compiled.order].sort());
    for (const id of compiled.order) {
      const want = compiled.rows[id];
      const got = row(t, id);
      assert.equal(got.at, Date.parse(want.at), `${id} at`);
      assert.equal(got.role, want.role, `${id} role`);
      assert.deepEqual(got.binds, want.binds, `${id} binds`);
      assert.equal(got.type === 'phase', !want.listed, `${id} listed`);
      if (want.listed) assert.equal(got.type, want.type, `${id} type`);
      assert.equal(got.blocks, false, `${id} blocks`);
      assert.equal(got.inferred, false, `${id} inferred`);
      // The titles are today's words, so moving the words into the file changes no output.
      assert.equal(got.title.en, en.deadline[id], `${id} en`);
      assert.equal(got.title.nl, nl.deadline[id], `${id} nl`);
    }
    assert.deepEqual(
      t.rows.filter((r) => r.type !== 'phase').map((r) => r.id),
      listedRows(compiled),
    );
    assert.equal(t.phases.transitie.at, Date.parse(compiled.rows[compiled.transitieFrom].at));
    assert.equal(
      t.phases.ingebruikname.at,
      Date.parse(compiled.rows[compiled.ingebruiknameFrom].at),
    );
    assert.equal(t.heenBlock.id, blockFor(compiled, 'heen'));
    assert.equal(t.retourBlock.id, blockFor(compiled, 'retour'));
    for (const role of roles) assert.equal(t.inboxRow[role]?.id, inboxDeadline(compiled, role));
    for (const m of messageIds) {
      assert.equal(t.outboxRow[m].id, outboxDeadline(compiled, m, catalogue[m].kind), m);
    }
    assert.deepEqual(
      [t.from, t.to, t.zone, t.id],
      [compiled.from, compiled.to, compiled.zone, compiled.id],
    );
  });

  it('rows are in time order, equal instants in the file order', async () => {
    const t = loaded(await loadTimetable(defaultTimetableId, '/'));
    assert.deepEqual(
      t.rows.map((r) => r.id),
      ['D1', 'D2', 'D3', 'B1', 'D4', 'D5', 'B2', 'B3', 'D6', 'D7', 'B4'],
    );
  });

  it('the built loader finds the shipped files too: from the sources and from the bundle in dist/', () => {
    for (const file of ['src/io/loadTimetable.ts', 'dist/cli.js'])
      assert.equal(packageDirOf(pathToFileURL(path.join(projectDir, file)).href), projectDir, file);
  });
});

describe('the timetable schema', () => {
  const schema = read('schema/timetable.schema.json') as Record<string, unknown>;

  it('compiles under ajv strict mode', () => {
    new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);
  });

  it('describes every key, for editors that complete from it', () => {
    const definitions = schema.definitions as Record<string, { description?: string }>;
    const described = (s: { description?: string; $ref?: string }): boolean =>
      typeof s.description === 'string' ||
      (s.$ref !== undefined && described(definitions[s.$ref.split('/').at(-1) ?? ''] ?? {}));
    const walk = (node: unknown, where: string): void => {
      if (node === null || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, unknown> }).properties;
      const inConditional = /\/(if|then|else|contains|allOf)/.test(where);
      if (props !== undefined && !inConditional) {
        for (const [key, sub] of Object.entries(props)) {
          assert.ok(described(sub as object), `${where}/properties/${key}`);
        }
      }
      for (const [key, sub] of Object.entries(node)) walk(sub, `${where}/${key}`);
    };
    walk(schema, '#');
  });
});

/** The 2018 file, changed by `change`, checked. */
const mutated = (change: (doc: any) => void): TimetableLoad => {
  const doc = structuredClone(read(file2018));
  change(doc);
  return checkTimetable(doc, 'next.json');
};

const errorCases: readonly {
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

const assertNamed = (problem: TimetableProblem, file: string) => {
  const texts = (['nl', 'en'] as const).map((lang) => timetableProblemText(problem, lang));
  for (const text of texts) {
    assert.ok(text.startsWith(file), text);
    if (problem.row !== null) assert.ok(text.includes(problem.row), text);
    assert.doesNotMatch(text, /undefined|\[object|NaN/, text);
    assert.ok(text.length > file.length + 20, text);
  }
  assert.notEqual(texts[0], texts[1]);
};

describe('what is an error in a timetable file', () => {
  const seen = new Set<TimetableProblemCode>();
  for (const c of errorCases) {
    it(`${c.name}: ${c.code}, naming ${c.row ?? 'the file'}, in both languages`, () => {
      const load = mutated(c.change);
      assert.ok(!load.ok, 'refused');
      const found = load.problems.find((p) => p.code === c.code);
      assert.ok(found, JSON.stringify(load.problems));
      assert.equal(found.row, c.row);
      assert.equal(found.file, 'next.json');
      assertNamed(found, 'next.json');
      seen.add(c.code);
    });
  }

  it('a JSON syntax error names its line and column', () => {
    const load = parseTimetable('{\n  "id": "x",\n  "rows": [1 2]\n}', 'broken.json');
    assert.ok(!load.ok);
    assert.deepEqual(load.problems, [
      { code: 'json-syntax', file: 'broken.json', row: null, args: { line: 3, column: 14 } },
    ]);
    assertNamed(load.problems[0] as TimetableProblem, 'broken.json');
    const cut = parseTimetable('{\n "id": ', 'cut.json');
    assert.ok(!cut.ok);
    assert.deepEqual(cut.problems[0]?.args, { line: 2, column: 8 });
    seen.add('json-syntax');
  });

  it('a file that is not there, and a name that is neither a file nor a shipped id', async () => {
    const missing = await loadTimetable('no/such.json', projectDir);
    assert.ok(!missing.ok);
    assert.equal(missing.problems[0]?.code, 'file-unreadable');
    assertNamed(missing.problems[0] as TimetableProblem, 'no/such.json');
    const unknown = await loadTimetable('ijw-iwmo-2.4-3.0-2021', projectDir);
    assert.ok(!unknown.ok);
    assert.equal(unknown.problems[0]?.code, 'unknown-timetable');
    assert.match(
      timetableProblemText(unknown.problems[0] as TimetableProblem, 'en'),
      /ijw-iwmo-2\.1-2\.2-2018/,
    );
    seen.add('file-unreadable');
    seen.add('unknown-timetable');
  });

  it('every problem code has a case above (schema-other aside: the schema uses no other keyword)', () => {
    const missing = timetableProblemCodes.filter((c) => !seen.has(c) && c !== 'schema-other');
    assert.deepEqual(missing, []);
  });

  it('a byte-order mark is not a syntax error', () => {
    const text = fs.readFileSync(path.join(projectDir, file2018), 'utf8');
    assert.ok(parseTimetable(`\uFEFF${text}`, 'bom.json').ok);
  });
});

describe('the loader and the schema agree', () => {
  const schemaCheck = new Ajv({ strict: true, allowUnionTypes: true }).compile(
    read('schema/timetable.schema.json') as object,
  );
  const base = read(file2018);
  const nodeAt = (at: readonly string[]): unknown =>
    at.reduce<any>((node, key) => node?.[key], base);
  const pointers: string[][] = [];
  const collect = (node: unknown, at: string[]) => {
    pointers.push(at);
    if (node !== null && typeof node === 'object') {
      for (const [key, sub] of Object.entries(node)) collect(sub, [...at, key]);
    }
  };
  collect(base, []);
  const objects = pointers.filter((at) => {
    const node = nodeAt(at);
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
  const values = fc.oneof(
    fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      1,
      '',
      [],
      {},
      ['JW303'],
      ['JW399'],
      'heen',
      'retour',
      'deadline',
      'block',
      'phase',
      'gemeente',
      'aanbieder',
      'outbox',
      'inbox',
      'D1',
      'B2',
      'B4',
      'X',
      '2.1',
      '2.2',
      '3.0',
      'Europe/Amsterdam',
      'Europe/Atlantis',
      '2018-03-25 02:30',
      '2018-10-28 02:30',
      '2018-03-27T17:00+01:00',
      '2018-03-27T17:00+02:00',
      { box: null },
      { box: 'inbox', receiver: 'gemeente' },
      { box: 'outbox', messages: 'heen' },
    ),
    fc.string({ maxLength: 8 }),
  );
  const edit = fc.oneof(
    fc.record({ op: fc.constant('set' as const), at: fc.constantFrom(...pointers), value: values }),
    fc.record({ op: fc.constant('delete' as const), at: fc.constantFrom(...pointers) }),
    // A key is added to an object (a row, its binds or title, the phases, the file): one of the
    // format's optional keys, which the 2018 file leaves out, or a stranger.
    fc.record({
      op: fc.constant('add' as const),
      at: fc.constantFrom(...objects),
      key: fc.constantFrom('blocks', 'inferred', 'source', 'messages', 'receiver', 'role', 'note'),
      value: values,
    }),
  );

  it('the loader refuses every mutation of the 2018 file the schema refuses, and never throws', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const doc = structuredClone(base) as Record<string, unknown>;
        for (const e of edits) {
          if (e.op === 'add') {
            const target = e.at.reduce<any>((node, key) => node?.[key], doc);
            if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
              target[e.key] = structuredClone(e.value);
            }
            continue;
          }
          const parent = e.at.slice(0, -1).reduce<any>((node, key) => node?.[key], doc);
          const key = e.at.at(-1);
          if (parent === null || typeof parent !== 'object' || key === undefined) continue;
          if (e.op === 'set') parent[key] = structuredClone(e.value);
          else if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        }
        const load = checkTimetable(doc, 'f.json');
        if (!schemaCheck(doc)) assert.ok(!load.ok, 'the schema refuses, the loader accepts');
        if (!load.ok) {
          assert.ok(load.problems.length > 0);
          for (const p of load.problems) assertNamed(p, 'f.json');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
