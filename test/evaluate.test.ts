import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { instantOf, listedRows, phaseAt } from '../src/core/deadlines.js';
import { evaluate, type EvaluationInput, type JudgedFile } from '../src/core/evaluate.js';
import type { FileProblem } from '../src/core/findings.js';
import { resolveRole } from '../src/core/role.js';
import type { Box, Role } from '../src/data/types.js';
import { exitCodeOf, verdictOf } from '../src/core/verdict.js';
import type { MessageId } from '../src/data/catalogue.js';
import { timetable2018 as tt } from './support/timetable2018.js';
import { evaluationInput, judgedMessage } from './support/judge.js';

/** A classified 2.1 message, written inline: the header a real file of that message would carry. */
const message = judgedMessage;

const broken = (path: string, problem: FileProblem): JudgedFile => ({
  path,
  box: 'inbox',
  ignored: false,
  info: null,
  problem,
});

const input = evaluationInput;

const at = (id: string, delta = 0) => instantOf(tt, id) + delta;
const judge = (files: JudgedFile[], when: number, over: Partial<EvaluationInput> = {}) =>
  evaluate(input(files, over), tt, when);
const only = (result: ReturnType<typeof judge>, rule: string) =>
  result.findings.filter((f) => f.rule === rule);

describe('the timetable table', () => {
  it('holds the draaiboek instants in UTC', () => {
    assert.equal(new Date(at('D1')).toISOString(), '2018-03-18T22:00:00.000Z');
    assert.equal(new Date(at('D2')).toISOString(), '2018-03-27T15:00:00.000Z');
    assert.equal(new Date(at('D4')).toISOString(), '2018-03-29T11:00:00.000Z');
    assert.equal(new Date(at('D6')).toISOString(), '2018-03-29T21:00:00.000Z');
    assert.equal(new Date(at('B4')).toISOString(), '2018-04-03T11:00:00.000Z');
  });
  it('lists D1–D7, B1, B2 in time order, equal instants in table order', () =>
    assert.deepEqual(listedRows(tt), ['D1', 'D2', 'D3', 'B1', 'D4', 'D5', 'B2', 'D6', 'D7']));
  it('phases change on the instant of B2 and B4', () => {
    assert.equal(phaseAt(tt, at('B2', -1)), 'afsluiting');
    assert.equal(phaseAt(tt, at('B2')), 'transitie');
    assert.equal(phaseAt(tt, at('B4', -1)), 'transitie');
    assert.equal(phaseAt(tt, at('B4')), 'ingebruikname');
  });
});

describe('deadlines: open one millisecond before, missed on the instant and after', () => {
  const cases: [string, JudgedFile, string, string][] = [
    ['WMO303 in the outbox', message('outbox', 'WMO303'), 'unsent-heen', 'D1'],
    [
      'JW303 factuur (450) in the outbox',
      message('outbox', 'JW303', { berichtCode: '450' }),
      'unsent-heen',
      'D1',
    ],
    ['JW315 in the outbox', message('outbox', 'JW315'), 'unsent-heen', 'D2'],
    [
      'WMO315 in the outbox (no draaiboek row: the block)',
      message('outbox', 'WMO315'),
      'unsent-heen',
      'B1',
    ],
    ['JW301 in the outbox', message('outbox', 'JW301'), 'unsent-heen', 'D3'],
    ['WMO305 in the outbox', message('outbox', 'WMO305'), 'unsent-heen', 'B1'],
    ['JW307 in the outbox', message('outbox', 'JW307'), 'unsent-heen', 'B1'],
    ['JW321 in the outbox', message('outbox', 'JW321'), 'unsent-heen', 'B1'],
    ['WMO302 in the outbox', message('outbox', 'WMO302'), 'unsent-retour', 'D4'],
    ['JW304 in the outbox', message('outbox', 'JW304'), 'unsent-retour', 'D5'],
    ['JW316 in the outbox', message('outbox', 'JW316'), 'unsent-retour', 'D5'],
    ['WMO306 in the outbox', message('outbox', 'WMO306'), 'unsent-retour', 'B2'],
    ['JW322 in the outbox', message('outbox', 'JW322'), 'unsent-retour', 'B2'],
    ['WMO303 in a gemeente inbox', message('inbox', 'WMO303'), 'unread', 'D6'],
    ['WMO301 in an aanbieder inbox', message('inbox', 'WMO301'), 'unread', 'D7'],
    ['JW315 received and unanswered', message('inbox', 'JW315'), 'unanswered', 'B2'],
  ];
  for (const [name, file, rule, deadline] of cases) {
    it(`${name}: ${rule} by ${deadline}`, () => {
      for (const [when, status] of [
        [at(deadline, -1), 'open'],
        [at(deadline), 'missed'],
        [at(deadline, 60_000), 'missed'],
      ] as const) {
        const found = only(judge([file], when), rule);
        assert.equal(found.length, 1, `${rule} at ${new Date(when).toISOString()}`);
        assert.equal(found[0]?.deadlineId, deadline);
        assert.equal(found[0]?.status, status, `at ${new Date(when).toISOString()}`);
      }
    });
  }

  it('a 303 between D1 and B1 is missed but still sendable until B1', () => {
    const [late] = only(judge([message('outbox', 'WMO303')], at('D1', 1)), 'unsent-heen');
    assert.equal(late?.status, 'missed');
    assert.deepEqual(late?.rule === 'unsent-heen' && late.args.sendableUntil, 'B1');
    assert.deepEqual(late?.rule === 'unsent-heen' && late.args.blockedSince, null);
    const [blocked] = only(judge([message('outbox', 'WMO303')], at('B1')), 'unsent-heen');
    assert.equal(blocked?.rule === 'unsent-heen' && blocked.args.sendableUntil, null);
    assert.equal(blocked?.rule === 'unsent-heen' && blocked.args.blockedSince, 'B1');
  });

  it('a retour is blocked from B2 on, not a millisecond before', () => {
    const retour = (when: number) =>
      only(judge([message('outbox', 'WMO304')], when), 'unsent-retour')[0];
    const before = retour(at('B2', -1));
    const on = retour(at('B2'));
    assert.equal(before?.rule === 'unsent-retour' && before.args.blockedSince, null);
    assert.equal(on?.rule === 'unsent-retour' && on.args.blockedSince, 'B2');
  });

  it('across the switch to summer time: D1 (+01:00) and D2 (+02:00) are 8 days 17 hours apart, not 18', () => {
    assert.equal(at('D2') - at('D1'), (8 * 24 + 17) * 3_600_000);
  });
});

describe('rules', () => {
  const noon27 = Date.parse('2018-03-27T10:00:00Z');

  it('a received heen whose retour waits in the outbox is not unanswered', () => {
    const heen = message('inbox', 'WMO301');
    const retour = message('outbox', 'WMO302');
    const result = judge([heen, retour], noon27);
    assert.deepEqual(result.findings.map((f) => f.rule).sort(), ['unread', 'unsent-retour']);
  });
  it('a retour for another Identificatie does not answer it', () => {
    const result = judge(
      [message('inbox', 'WMO301'), message('outbox', 'WMO302', { identificatie: 'OTHER' })],
      noon27,
    );
    assert.equal(only(result, 'unanswered').length, 1);
  });
  it('a 2.2 retour does not answer a 2.1 heen', () => {
    const result = judge(
      [message('inbox', 'WMO301'), message('outbox', 'WMO302', { release: '2.2' })],
      noon27,
    );
    assert.equal(only(result, 'unanswered').length, 1);
  });
  it('a factuur retour (449) answers a factuur (448): the key uses the message, not the code', () => {
    const result = judge(
      [
        message('inbox', 'WMO303', { berichtCode: '448' }),
        message('outbox', 'WMO304', { berichtCode: '449' }),
      ],
      noon27,
    );
    assert.equal(only(result, 'unanswered').length, 0);
  });
  it('early-release: a 2.2 message in the outbox before B4 warns, from B4 on it does not', () => {
    const file = message('outbox', 'JW315', { release: '2.2' });
    const [before] = judge([file], at('B4', -1)).findings;
    assert.equal(before?.rule, 'early-release');
    assert.equal(before?.status, 'warning');
    assert.equal(before?.deadlineId, 'B4');
    assert.equal(judge([file], at('B4')).findings.length, 0);
  });
  it('wrong-direction: a gemeente neither sends a 303 nor receives a 301; it still counts as 2.1 traffic', () => {
    const result = judge([message('outbox', 'WMO303'), message('inbox', 'WMO301')], noon27, {
      role: 'gemeente',
    });
    assert.deepEqual(result.findings.map((f) => f.rule).sort(), [
      'unread',
      'unsent-heen',
      'wrong-direction',
      'wrong-direction',
    ]);
    assert.equal(result.endState.nothingToSend.open, 1);
  });
  it('not-addressed: an inbox message for none of --org gets no unanswered', () => {
    const result = judge(
      [message('inbox', 'WMO303', { ontvanger: '0599', receiver: '0599' })],
      noon27,
      { role: 'gemeente', org: ['0363'] },
    );
    assert.deepEqual(result.findings.map((f) => f.rule).sort(), ['not-addressed', 'unread']);
  });
  it('file problems keep their status: errors block, warnings do not', () => {
    const result = judge(
      [
        broken('inbox/a.xml', {
          rule: 'malformed',
          args: { reason: 'empty', line: null, column: null, detail: null },
        }),
        broken('inbox/b.xml', { rule: 'other-standard', args: { standard: 'iwlz' } }),
      ],
      noon27,
    );
    assert.deepEqual(
      result.findings.map((f) => [f.rule, f.status]),
      [
        ['malformed', 'error'],
        ['other-standard', 'warning'],
      ],
    );
    assert.equal(result.verdict, 'not-ready');
  });
  it('scan problems become findings: link-outside warns, an unreadable folder is an error', () => {
    const result = judge([], noon27, {
      scanProblems: [
        { box: 'outbox', path: 'outbox/x', problem: { rule: 'link-outside', args: {} } },
        {
          box: 'outbox',
          path: 'outbox/y',
          problem: {
            rule: 'unreadable',
            args: { reason: 'permission', code: 'EACCES', limit: null },
          },
        },
      ],
    });
    assert.deepEqual(
      result.findings.map((f) => [f.rule, f.status]),
      [
        ['link-outside', 'warning'],
        ['unreadable', 'error'],
      ],
    );
  });
  it('ignored files count in the summary but are never judged', () => {
    const result = judge(
      [{ path: 'outbox/notes.txt', box: 'outbox', ignored: true, info: null, problem: null }],
      noon27,
    );
    assert.equal(result.findings.length, 0);
    assert.deepEqual(result.summary, { files: 1, ignored: 1, byBox: { outbox: 1 }, byMessage: {} });
    assert.deepEqual(result.files, []);
  });
});

describe('end state, deadline rows and verdict', () => {
  it('empty folders are the goal state', () => {
    const result = judge([], at('B2'));
    assert.equal(result.verdict, 'ready');
    assert.equal(result.exitCode, 0);
    assert.deepEqual(result.endState, {
      nothingToSend: { met: true, open: 0, errors: 0 },
      allReadIn: { met: true, open: 0, errors: 0 },
      allRetoursSent: { met: true, open: 0, errors: 0, verified: false },
    });
  });
  it('allRetoursSent is verified only with both archives', () => {
    assert.equal(
      judge([], 0, { archives: { sent: true, received: false } }).endState.allRetoursSent.verified,
      false,
    );
    assert.equal(
      judge([], 0, { archives: { sent: true, received: true } }).endState.allRetoursSent.verified,
      true,
    );
  });
  it('rows of the other role are not-applicable; pending rows count their findings', () => {
    const result = judge([message('outbox', 'JW315'), message('outbox', 'WMO305')], at('D2', -1), {
      role: 'aanbieder',
    });
    const row = (id: string) => result.deadlines.find((d) => d.id === id);
    assert.deepEqual(row('D2'), {
      id: 'D2',
      at: at('D2'),
      role: 'aanbieder',
      status: 'open',
      open: 1,
      errors: 0,
    });
    assert.equal(row('B1')?.open, 1);
    assert.equal(row('D3')?.status, 'not-applicable');
    assert.equal(row('D1')?.status, 'met');
  });
  it('findings are sorted by path, then rule, then deadline, by code units', () => {
    const result = judge(
      [
        message('inbox', 'JW315', { identificatie: 'b' }, 'inbox/b.xml'),
        message('inbox', 'JW315', { identificatie: 'B' }, 'inbox/B.xml'),
        message('inbox', 'JW315', { identificatie: 'a' }, 'inbox/a.xml'),
      ],
      0,
    );
    assert.deepEqual(
      result.findings.map((f) => `${f.path} ${f.rule}`),
      [
        'inbox/B.xml unanswered',
        'inbox/B.xml unread',
        'inbox/a.xml unanswered',
        'inbox/a.xml unread',
        'inbox/b.xml unanswered',
        'inbox/b.xml unread',
      ],
    );
  });
  it('the verdict: missed outranks open and error; warnings and info allow ready', () => {
    assert.equal(verdictOf([{ status: 'warning' }, { status: 'info' }]), 'ready');
    assert.equal(verdictOf([{ status: 'error' }]), 'not-ready');
    assert.equal(verdictOf([{ status: 'open' }, { status: 'warning' }]), 'not-ready');
    assert.equal(
      verdictOf([{ status: 'open' }, { status: 'missed' }, { status: 'error' }]),
      'missed',
    );
    assert.deepEqual(
      [exitCodeOf('ready'), exitCodeOf('not-ready'), exitCodeOf('missed')],
      [0, 1, 3],
    );
  });
});

describe('role', () => {
  const evidence = (box: Box, id: MessageId) => message(box, id);
  const resolved = (flag: Role | null, org: string[], files: JudgedFile[]) =>
    resolveRole(flag, org, files);
  it('is inferred from what the folders hold', () => {
    assert.deepEqual(resolved(null, [], [evidence('outbox', 'JW301')]), {
      ok: true,
      role: 'gemeente',
      source: 'files',
    });
    assert.deepEqual(resolved(null, [], [evidence('inbox', 'JW303')]), {
      ok: true,
      role: 'gemeente',
      source: 'files',
    });
    assert.deepEqual(resolved(null, [], [evidence('inbox', 'WMO301')]), {
      ok: true,
      role: 'aanbieder',
      source: 'files',
    });
    assert.deepEqual(resolved(null, [], []), { ok: true, role: null, source: 'none' });
  });
  it('comes from --org by the length of the codes', () => {
    assert.deepEqual(resolved(null, ['0363', '0599'], []), {
      ok: true,
      role: 'gemeente',
      source: 'org',
    });
    assert.deepEqual(resolved(null, ['73730123'], [evidence('outbox', 'JW301')]), {
      ok: true,
      role: 'aanbieder',
      source: 'org',
    });
  });
  it('refuses contradictions', () => {
    const conflict = resolved(null, [], [evidence('outbox', 'JW301'), evidence('outbox', 'JW303')]);
    assert.equal(conflict.ok, false);
    assert.ok(!conflict.ok && conflict.error.kind === 'conflicting-files');
    assert.deepEqual(
      !conflict.ok &&
        conflict.error.kind === 'conflicting-files' && [
          conflict.error.gemeente,
          conflict.error.aanbieder,
        ],
      [['outbox/JW301.xml'], ['outbox/JW303.xml']],
    );
    assert.equal(!resolved('gemeente', ['73730123'], []).ok, true);
    assert.equal(!resolved(null, ['0363', '73730123'], []).ok, true);
    assert.equal(!resolved(null, ['363'], []).ok, true);
  });
});
