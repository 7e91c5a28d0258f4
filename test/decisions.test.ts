/**
 * The decisions of spec §1 and §2 that settle what real folders showed: one archive without the
 * other, retours that only wait, the read-in row of the judged role, errors per condition and row,
 * copies, swapped folders, empty folders, hints after the block and --exclude as .gitignore reads.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { instantOf } from '../src/core/deadlines.js';
import type { JudgedFile } from '../src/core/evaluate.js';
import type { FileProblem } from '../src/core/findings.js';
import { resolveRole } from '../src/core/role.js';
import type { Box } from '../src/data/types.js';
import { timetable2018 as tt } from './support/timetable2018.js';
import { judge, judgedMessage } from './support/judge.js';
import { excluder } from '../src/io/scanFolders.js';
import { UsageError } from '../src/io/UsageError.js';
import { main } from '../src/cli.js';
import { cliWords, usageText } from '../src/cli/words/index.js';
import { run } from '../src/run.js';
import { hintText, wordContext, words } from '../src/report/words/index.js';
import type { Finding } from '../src/core/findings.js';
import { renderText } from '../src/report/text.js';
import { Chalk } from 'chalk';
import { aanbieder, gemeente } from './support/info.js';
import { buildMessage } from './support/messages.js';
import { buildZip } from './support/zip.js';

const message = judgedMessage;
const malformed: FileProblem = {
  rule: 'malformed',
  args: { reason: 'not-well-formed', line: 1, column: 1, detail: null },
};
const broken = (box: Box, path = `${box}/broken.xml`): JudgedFile => ({
  path,
  box,
  ignored: false,
  info: null,
  problem: malformed,
});
const at = (id: string, delta = 0) => instantOf(tt, id) + delta;
const rulesOf = (result: ReturnType<typeof judge>, path?: string) =>
  result.findings.filter((f) => path === undefined || f.path === path).map((f) => f.rule);
const row = (result: ReturnType<typeof judge>, id: string) =>
  result.deadlines.find((d) => d.id === id);

describe('one archive without the other (A1)', () => {
  const receivedHeen = message('received', 'WMO301');
  const sentHeen = message('sent', 'WMO301');
  it('a heen in the received archive is unanswered only when --sent is given', () => {
    const noSent = judge([receivedHeen], at('B2', 1), {
      role: 'aanbieder',
      archives: { sent: false, received: true },
    });
    assert.deepEqual(rulesOf(noSent), []);
    assert.equal(noSent.verdict, 'ready');
    const withSent = judge([receivedHeen], at('B2', 1), {
      role: 'aanbieder',
      archives: { sent: true, received: true },
    });
    assert.deepEqual(rulesOf(withSent), ['unanswered']);
  });
  it('a heen in the sent archive awaits its retour only when --received is given', () => {
    const noReceived = judge([sentHeen], at('D3', -1), {
      role: 'gemeente',
      archives: { sent: true, received: false },
    });
    assert.deepEqual(rulesOf(noReceived), []);
    const withReceived = judge([sentHeen], at('D3', -1), {
      role: 'gemeente',
      archives: { sent: true, received: true },
    });
    assert.deepEqual(rulesOf(withReceived), ['awaiting-retour']);
  });
  it('a heen in the inbox is always judged: its retour can only be in the outbox', () => {
    const result = judge([message('inbox', 'WMO301')], at('D4', -1), { role: 'aanbieder' });
    assert.deepEqual(rulesOf(result).sort(), ['unanswered', 'unread']);
  });
});

describe('allRetoursSent counts retours that only wait (A2, R14)', () => {
  it('a received heen whose retour waits in the outbox keeps allRetoursSent open', () => {
    const result = judge(
      [message('received', 'WMO301'), message('outbox', 'WMO302')],
      at('B2', 3 * 3600_000),
      { role: 'aanbieder', archives: { sent: true, received: true } },
    );
    assert.deepEqual(rulesOf(result), ['unsent-retour']);
    assert.deepEqual(result.endState.allRetoursSent, {
      met: false,
      open: 1,
      errors: 0,
      verified: true,
    });
    assert.deepEqual(result.endState.nothingToSend, { met: false, open: 1, errors: 0 });
  });
  it('a retour in the sent archive closes it', () => {
    const result = judge([message('received', 'WMO301'), message('sent', 'WMO302')], at('B2'), {
      role: 'aanbieder',
      archives: { sent: true, received: true },
    });
    assert.equal(result.endState.allRetoursSent.met, true);
  });
  it('a misdirected retour in the outbox creates no duty to answer', () => {
    const result = judge([message('outbox', 'WMO302')], at('D4', -1), { role: 'gemeente' });
    assert.deepEqual(rulesOf(result).sort(), ['unsent-retour', 'wrong-direction']);
    assert.equal(result.endState.allRetoursSent.open, 0);
  });
});

describe('unread counts towards the read-in row of the judged role (A3)', () => {
  it('a misrouted WMO302 in an aanbieder inbox counts under D7, not D6', () => {
    const result = judge([message('inbox', 'WMO302')], at('D6', -1), { role: 'aanbieder' });
    const unread = result.findings.find((f) => f.rule === 'unread');
    assert.equal(unread?.deadlineId, 'D7');
    assert.equal(row(result, 'D7')?.open, 1);
    assert.equal(row(result, 'D6')?.status, 'not-applicable');
  });
  it('without a role, the receiver of the message decides', () => {
    const result = judge([message('inbox', 'WMO302')], at('D6', -1));
    assert.equal(result.findings.find((f) => f.rule === 'unread')?.deadlineId, 'D6');
  });
});

describe('errors per end-state condition and deadline row (A8)', () => {
  it('an error file in the outbox makes nothingToSend and the outbox rows unknown, never met', () => {
    const result = judge([broken('outbox')], at('D3', 1), { role: 'gemeente' });
    assert.deepEqual(result.endState.nothingToSend, { met: false, open: 0, errors: 1 });
    assert.deepEqual(result.endState.allReadIn, { met: true, open: 0, errors: 0 });
    assert.deepEqual(result.endState.allRetoursSent, {
      met: false,
      open: 0,
      errors: 1,
      verified: false,
    });
    assert.equal(row(result, 'D3')?.status, 'unknown');
    assert.equal(row(result, 'D3')?.errors, 1);
    assert.equal(row(result, 'B1')?.status, 'unknown');
    assert.equal(row(result, 'B2')?.status, 'unknown');
    assert.equal(row(result, 'D6')?.status, 'met');
    // Another role's row reads nothing.
    assert.deepEqual([row(result, 'D2')?.status, row(result, 'D2')?.errors], ['not-applicable', 0]);
  });
  it('a 2.1 message whose header contradicts itself counts as an error, not also as open work', () => {
    // Its findings say only "error": the end state must not count it as a message still to read in.
    const contradicts: JudgedFile = {
      ...message('inbox', 'WMO301', {}, 'inbox/code-tegenspraak.xml'),
      problem: {
        rule: 'inconsistent',
        args: { reason: 'code', namespace: 'wmo301', berichtCode: '418', version: '2.1' },
      },
    };
    const result = judge([contradicts], at('D4'), { role: 'aanbieder' });
    assert.deepEqual(result.endState.allReadIn, { met: false, open: 0, errors: 1 });
    assert.deepEqual(rulesOf(result), ['inconsistent']);
  });
  it('an error file in the inbox makes allReadIn and the read-in row unknown', () => {
    const result = judge([broken('inbox')], at('D4'), { role: 'aanbieder' });
    assert.equal(result.endState.allReadIn.met, false);
    assert.equal(result.endState.nothingToSend.met, true);
    assert.equal(row(result, 'D7')?.status, 'unknown');
    assert.equal(row(result, 'D4')?.status, 'met');
  });
  it('an error in an archive leaves only allRetoursSent and the retour block unknown', () => {
    const result = judge([broken('received')], at('D4', -1), { role: 'aanbieder' });
    assert.equal(result.endState.allRetoursSent.errors, 1);
    assert.equal(row(result, 'B2')?.status, 'unknown');
    assert.equal(result.endState.nothingToSend.met, true);
  });
  it('an unreadable folder counts in its box', () => {
    const result = judge([], at('D4', -1), {
      role: 'aanbieder',
      scanProblems: [
        {
          box: 'inbox',
          path: 'inbox/locked',
          problem: {
            rule: 'unreadable',
            args: { reason: 'permission', code: 'EACCES', limit: null },
          },
        },
      ],
    });
    assert.equal(result.endState.allReadIn.errors, 1);
  });
  it('a row with something open stays open or missed, errors or not', () => {
    const result = judge([broken('outbox'), message('outbox', 'WMO301')], at('D3', -1), {
      role: 'gemeente',
    });
    assert.deepEqual([row(result, 'D3')?.status, row(result, 'D3')?.errors], ['open', 1]);
  });
  it('the text report shows unknown, never ✔, for such a row and condition', () => {
    const result = judge([broken('outbox')], at('D3', 1), { role: 'gemeente' });
    for (const lang of ['en', 'nl'] as const) {
      const text = renderText(result, {
        words: words[lang],
        timetable: tt,
        chalk: new Chalk({ level: 0 }),
        verbose: false,
        quiet: false,
      });
      const line = (label: string) => text.split('\n').find((l) => l.includes(label)) ?? '';
      const unknown = lang === 'en' ? 'unknown' : 'onbekend';
      assert.match(line(words[lang].labels.nothingToSend), new RegExp(`^  \\? .*${unknown}`));
      assert.match(line(tt.byId.get('D3')!.title[lang]), new RegExp(`\\? ${unknown}`));
      assert.doesNotMatch(line(tt.byId.get('D3')!.title[lang]), /✔/);
    }
  });
});

describe('copies in the core', () => {
  it('a copy is an info finding on the first path, the others under related', () => {
    const result = judge([message('inbox', 'WMO301', {}, 'inbox/a/w.xml')], at('D3', -1), {
      copies: [{ path: 'inbox/a/w.xml', box: 'inbox', others: ['inbox/z/w.xml', 'inbox/b/w.xml'] }],
    });
    const copy = result.findings.find((f) => f.rule === 'copy');
    assert.deepEqual(
      [copy?.status, copy?.related, copy?.rule === 'copy' && copy.args.copies],
      ['info', ['inbox/b/w.xml', 'inbox/z/w.xml'], 2],
    );
  });
});

describe('messages outside the migration are no evidence of the role', () => {
  it("a stray 2.0 or 3.2 toewijzing in a gemeente's inbox does not make the role conflict", () => {
    const gemeente = [message('outbox', 'WMO301'), message('inbox', 'WMO302')];
    for (const release of ['2.0', '3.2']) {
      // A toewijzing in an inbox would say "aanbieder", against the rest.
      const stray = ofRelease('inbox', 'WMO301', release);
      const resolved = resolveRole(null, [], [...gemeente, stray]);
      assert.deepEqual(resolved, { ok: true, role: 'gemeente', source: 'files' }, release);
      // With the role and --org known, too: no wrong-direction or not-addressed on it.
      for (const over of [
        {},
        { role: 'gemeente' as const, roleSource: 'org' as const, org: ['0363'] },
      ]) {
        const result = judge([...gemeente, stray], at('D3', -1), over);
        assert.deepEqual(
          result.findings.filter((f) => f.path === stray.path).map((f) => f.rule),
          ['other-release'],
          JSON.stringify(over),
        );
      }
    }
  });
  it('through the CLI: the demo gemeente with a 2.0 leftover in its inbox is judged, not refused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-stray-'));
    try {
      fs.cpSync('fixtures/demo-gemeente', dir, { recursive: true });
      fs.copyFileSync(
        'fixtures/ready-with-warnings/inbox/oud-wmo301-release-2.0.xml',
        path.join(dir, 'inbox/oud-wmo301-release-2.0.xml'),
      );
      const out: string[] = [];
      const err: string[] = [];
      const code = await main({
        argv: [
          '--outbox',
          path.join(dir, 'outbox'),
          '--inbox',
          path.join(dir, 'inbox'),
          '--at',
          '2018-03-28 20:00',
          '--format',
          'json',
        ],
        cwd: dir,
        env: { LANG: 'C', TZ: 'UTC' },
        stdout: { write: (t: string) => out.push(t) },
        stderr: { write: (t: string) => err.push(t) },
        now: () => 0,
      });
      assert.equal(err.join(''), '');
      assert.notEqual(code, 2);
      const report = JSON.parse(out.join(''));
      assert.equal(report.role, 'gemeente');
      assert.ok(
        report.findings.some(
          (f: { rule: string; path: string }) =>
            f.rule === 'other-release' && f.path.endsWith('oud-wmo301-release-2.0.xml'),
        ),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the other files a finding is about, in the reports for people', () => {
  it('a copy names where the copies are, a few of them and the count of the rest', () => {
    const others = ['inbox/b/w.xml', 'inbox/c/w.xml', 'inbox/d/w.xml', 'inbox/z/w.xml'];
    const result = judge([message('inbox', 'WMO301', {}, 'inbox/a/w.xml')], at('D3', -1), {
      copies: [{ path: 'inbox/a/w.xml', box: 'inbox', others }],
    });
    const context = {
      timetable: tt,
      chalk: new Chalk({ level: 0 }),
      verbose: false,
      quiet: false,
    };
    assert.match(
      renderText(result, { ...context, words: words.en }),
      /inbox\/a\/w\.xml {2}the same message is stored 4 more times[^\n]*\n {4}with: inbox\/b\/w\.xml, inbox\/c\/w\.xml, inbox\/d\/w\.xml and 1 more\n/,
    );
    assert.match(
      renderText(result, { ...context, words: words.nl }),
      /\n {4}met: inbox\/b\/w\.xml, inbox\/c\/w\.xml, inbox\/d\/w\.xml en nog 1\n/,
    );
  });
});

describe('swapped folders (detected mistakes)', () => {
  // As an aanbieder's folders look when named the wrong way round: its inbox (from several
  // gemeenten, to it) given as --outbox, its outbox (from it) given as --inbox.
  const gemeenten = ['0363', '0599'];
  const swapped = [
    message('outbox', 'WMO301', { afzender: '0363', sender: '0363' }, 'in/a.xml'),
    message('outbox', 'WMO301', { afzender: '0599', sender: '0599' }, 'in/b.xml'),
    message('inbox', 'WMO302', { ontvanger: '0363', receiver: '0363' }, 'uit/a.xml'),
  ];
  it('without --role and --org: several senders to one code, and an inbox all from it', () => {
    const resolved = resolveRole(null, [], swapped);
    assert.deepEqual(resolved, {
      ok: false,
      error: { kind: 'swapped-folders', outbox: 'in/a.xml', inbox: 'uit/a.xml', byOrg: false },
    });
  });
  it('a regional body that sends for several gemeenten is not swapped with --org', () => {
    const regional = [
      message('outbox', 'WMO301', { afzender: '0363', sender: '0363' }, 'uit/a.xml'),
      message('outbox', 'WMO301', { afzender: '0599', sender: '0599' }, 'uit/b.xml'),
      message('inbox', 'WMO302', { ontvanger: '0363', receiver: '0363' }, 'in/a.xml'),
    ];
    assert.equal(resolveRole(null, gemeenten, regional).ok, true);
  });
  it('with a wrong --org, folders that agree with each other are not called swapped: --org is', async () => {
    const ours = [
      message('outbox', 'WMO301', {}, 'uit/a.xml'),
      message('inbox', 'WMO302', {}, 'in/a.xml'),
    ];
    assert.deepEqual(resolveRole(null, ['0599'], ours), {
      ok: false,
      error: {
        kind: 'org-unmatched',
        org: ['0599'],
        codes: [gemeente],
        outbox: 'uit/a.xml',
        inbox: 'in/a.xml',
      },
    });
    // A gemeente's folders named the wrong way round, with an aanbieder code in neither: two
    // senders in the "outbox" is no one party's outbox, so the swap question stays.
    const swappedTwo = [
      message('outbox', 'WMO303', { sender: '41105678', receiver: '0363' }, 'in/a.xml'),
      message('outbox', 'WMO303', { sender: '73730123', receiver: '0363' }, 'in/b.xml'),
      message('inbox', 'WMO301', { sender: '0363', receiver: '41105678' }, 'uit/a.xml'),
    ];
    const resolved = resolveRole(null, ['12345679'], swappedTwo);
    assert.equal(!resolved.ok && resolved.error.kind, 'swapped-folders');
    for (const lang of ['en', 'nl'] as const) {
      const args = [
        '--outbox',
        'fixtures/demo-gemeente/outbox',
        '--inbox',
        'fixtures/demo-gemeente/inbox',
      ];
      const out: string[] = [];
      const code = await main({
        argv: [...args, '--org', '0599', '--at', '2018-03-28 20:00', '--lang', lang],
        env: { LANG: 'C', TZ: 'UTC' },
        stdout: { write: () => undefined },
        stderr: { write: (t: string) => out.push(t) },
        now: () => 0,
      });
      assert.equal(code, 2);
      assert.match(
        out.join(''),
        lang === 'en'
          ? /^check-ready: --org 0599 is in none of the messages: the outbox is sent by 0363[^]*Check --org: these folders are those of 0363\./
          : /^check-ready: --org 0599 komt in geen enkel bericht voor: de outbox is verstuurd door 0363[^]*Controleer --org: deze mappen zijn van 0363\./,
      );
      assert.doesNotMatch(out.join(''), /swapped|verwisseld/);
    }
  });
  it('with --org: no outbox message sent by us and no inbox message addressed to us', () => {
    const resolved = resolveRole(
      null,
      [aanbieder],
      [message('outbox', 'WMO301', {}, 'uit/a.xml'), message('inbox', 'WMO302', {}, 'in/a.xml')],
    );
    assert.equal(resolved.ok, false);
    assert.equal(!resolved.ok && resolved.error.kind, 'swapped-folders');
    // The right way round passes.
    assert.equal(
      resolveRole(
        null,
        [gemeente],
        [message('outbox', 'WMO301', {}, 'uit/a.xml'), message('inbox', 'WMO302', {}, 'in/a.xml')],
      ).ok,
      true,
    );
  });
  it('one sender, or an empty side, proves nothing', () => {
    assert.equal(resolveRole(null, [], swapped.slice(0, 2)).ok, true);
    assert.equal(
      resolveRole(null, [], [swapped[0] as JudgedFile, swapped[2] as JudgedFile]).ok,
      true,
    );
  });
});

/** A message of another release, as the classifier hands it on: its header, and the problem. */
const ofRelease = (box: Box, id: 'WMO301' | 'WMO315', release: string): JudgedFile => ({
  ...message(box, id, { release }, `${box}/${id}-${release}.xml`),
  problem: { rule: 'other-release', args: { message: id, release } },
});

describe('the wrong timetable', () => {
  it('2.3 traffic judged against the 2018 timetable: ready by its warnings, and a notice that asks', () => {
    const result = judge(
      [ofRelease('outbox', 'WMO301', '2.3'), ofRelease('inbox', 'WMO315', '2.3')],
      at('D3', -1),
    );
    assert.equal(result.verdict, 'ready');
    assert.deepEqual(result.notices, [{ code: 'other-release-only', releases: ['2.3'] }]);
    const text = renderText(result, {
      words: words.en,
      timetable: tt,
      chalk: new Chalk({ level: 0 }),
      verbose: false,
      quiet: false,
    });
    assert.match(text, /is of release 2\.3, and this timetable is about 2\.1 → 2\.2/);
  });
  it("an older release beside the timetable's, or none of another, and there is no such notice", () => {
    const leftover = judge(
      [
        ofRelease('outbox', 'WMO301', '2.0'),
        ofRelease('inbox', 'WMO315', '2.0'),
        message('inbox', 'WMO315'),
      ],
      at('D3', -1),
    );
    assert.deepEqual(leftover.notices, [], 'a 2.0 leftover beside 2.1 traffic is no question');
    const archivedOnly = judge(
      [ofRelease('sent', 'WMO301', '2.0'), message('outbox', 'WMO301')],
      at('D3', -1),
    );
    assert.deepEqual(archivedOnly.notices, [], 'old releases in the archives are history');
    const brokenOnly = judge([broken('outbox')], at('D3', -1));
    assert.deepEqual(brokenOnly.notices, []);
    // One stray 2.0 file, even alone, is no question (spec §2); two of them, and nothing else, are.
    const stray = judge([ofRelease('inbox', 'WMO315', '2.0')], at('D3', -1));
    assert.deepEqual(stray.notices, []);
    const two = judge(
      [ofRelease('inbox', 'WMO315', '2.0'), ofRelease('outbox', 'WMO301', '2.0')],
      at('D3', -1),
    );
    assert.deepEqual(two.notices, [{ code: 'other-release-only', releases: ['2.0'] }]);
  });
  it("a later release beside the timetable's: 2.3 traffic with a 2.2 leftover, judged against 2018", () => {
    const later = judge(
      [
        ofRelease('inbox', 'WMO315', '2.3'),
        ofRelease('inbox', 'WMO301', '2.10'),
        ofRelease('outbox', 'WMO301', '2.0'),
        message('inbox', 'WMO315', { release: '2.2' }),
      ],
      at('D3', -1),
    );
    assert.equal(later.verdict, 'ready');
    assert.deepEqual(later.notices, [{ code: 'later-release', releases: ['2.3', '2.10'] }]);
  });
  it('the releases found are listed once each, sorted', () => {
    const result = judge(
      [
        ofRelease('outbox', 'WMO301', '2.3'),
        ofRelease('inbox', 'WMO315', '2.0'),
        ofRelease('inbox', 'WMO301', '2.3'),
      ],
      at('D3', -1),
    );
    assert.deepEqual(result.notices, [{ code: 'other-release-only', releases: ['2.0', '2.3'] }]);
  });
});

describe('empty folders', () => {
  it('no file in the outbox and inbox gives the no-files notice; the verdict stays ready', () => {
    const result = judge([message('sent', 'WMO301')], at('D3', -1));
    assert.deepEqual(result.notices, [{ code: 'no-files' }]);
    assert.equal(result.verdict, 'ready');
    assert.deepEqual(judge([message('outbox', 'WMO301')], at('D3', -1)).notices, []);
    const ignoredOnly = judge(
      [{ path: 'inbox/LEESMIJ.txt', box: 'inbox', ignored: true, info: null, problem: null }],
      0,
    );
    assert.deepEqual(ignoredOnly.notices, []);
  });
  it('a link that leads out of the inbox is something found: its warning, and no "no file at all"', () => {
    const link = judge([], at('D3', -1), {
      scanProblems: [
        { path: 'inbox/wmo303.xml', box: 'inbox', problem: { rule: 'link-outside', args: {} } },
      ],
    });
    assert.deepEqual(link.notices, []);
    assert.deepEqual(rulesOf(link), ['link-outside']);
    const archived = judge([], at('D3', -1), {
      scanProblems: [
        { path: 'sent/x.xml', box: 'sent', problem: { rule: 'link-outside', args: {} } },
      ],
    });
    assert.deepEqual(archived.notices, [{ code: 'no-files' }], 'the archives are not the boxes');
  });
});

describe('hints fit the status (R14)', () => {
  const hintAt = (f: Finding | undefined, now: number, lang: 'en' | 'nl' = 'en') =>
    f === undefined ? '' : hintText(f, words[lang], wordContext(words[lang], tt, now));
  it('after the block, a waiting retour is not told to be sent before the deadline', () => {
    const late = at('B2', 1);
    const early = at('B2', -1);
    const blocked = judge([message('outbox', 'WMO302')], late, { role: 'aanbieder' });
    const open = judge([message('outbox', 'WMO302')], early, { role: 'aanbieder' });
    const f = (r: typeof blocked) => r.findings.find((x) => x.rule === 'unsent-retour');
    assert.match(hintAt(f(open), early), /^Send the retour before /);
    assert.match(hintAt(f(blocked), late), /can no longer go in 2\.1/);
    assert.doesNotMatch(hintAt(f(blocked), late), /before/);
    assert.match(hintAt(f(open), early, 'nl'), /vóór/);
    assert.doesNotMatch(hintAt(f(blocked), late, 'nl'), /vóór/);
  });
  it('a 303 past D1 that the chain still carries is told to go at once; past B1 it is blocked', () => {
    const hint = (when: number) =>
      hintAt(judge([message('outbox', 'WMO303')], when).findings[0], when);
    assert.match(hint(at('D1', -1)), /^Send it before /);
    assert.match(hint(at('D1', 1)), /^Late, but still possible: send it now/);
    assert.match(hint(at('B1', 1)), /can no longer go in 2\.1/);
  });
  it('a missed unanswered heen is not told to be answered before the block', () => {
    const when = at('B2', 1);
    const f = judge([message('inbox', 'WMO301')], when, { role: 'aanbieder' }).findings.find(
      (x) => x.rule === 'unanswered',
    );
    assert.match(hintAt(f, when), /The retour can no longer go in 2\.1/);
    assert.doesNotMatch(hintAt(f, when), /before/);
  });
});

describe('--exclude reads patterns as .gitignore does (A10)', () => {
  it('a pattern without / matches a name at any depth', () => {
    const skip = excluder(['*.pdf']);
    assert.equal(skip('a.pdf', false), true);
    assert.equal(skip('sub/b.pdf', false), true);
    assert.equal(skip('sub/b.xml', false), false);
  });
  it('a pattern with / is anchored at the folder', () => {
    const skip = excluder(['verwerkt/**', '/LEESMIJ.txt']);
    assert.equal(skip('verwerkt/a.xml', false), true);
    assert.equal(skip('sub/verwerkt/a.xml', false), false);
    assert.equal(skip('LEESMIJ.txt', false), true);
    assert.equal(skip('sub/LEESMIJ.txt', false), false);
  });
  it('a trailing / matches folders only', () => {
    const skip = excluder(['tmp/']);
    assert.equal(skip('a/tmp', true), true);
    assert.equal(skip('a/tmp', false), false);
  });
});

// Through run(), on real files.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-decisions-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));
const tree = (name: string, files: Record<string, string | Buffer>) => {
  const dir = path.join(root, name);
  for (const box of ['outbox', 'inbox', 'sent', 'received'])
    fs.mkdirSync(path.join(dir, box), { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return (box: Box) => path.join(dir, box);
};
const wmo301 = (identificatie: string) =>
  buildMessage({
    message: 'WMO301',
    afzender: gemeente,
    ontvanger: aanbieder,
    identificatie,
    dagtekening: '2018-03-20',
  });
const runOn = (
  folder: (box: Box) => string,
  over: { archives?: boolean; org?: string[]; exclude?: string[]; failOnEmpty?: boolean } = {},
) =>
  run({
    folders: {
      outbox: [folder('outbox')],
      inbox: [folder('inbox')],
      sent: over.archives ? [folder('sent')] : [],
      received: over.archives ? [folder('received')] : [],
    },
    exclude: over.exclude ?? [],
    role: null,
    org: over.org ?? [],
    at: Date.parse('2018-03-28T12:00:00+02:00'),
    timetable: tt,
    threads: 1,
    ...(over.failOnEmpty === undefined ? {} : { failOnEmpty: over.failOnEmpty }),
  });

describe('copies through run() (R13, A7)', () => {
  it('one message stored twice in the inbox counts once and is no duplicate-identificatie', async () => {
    const bytes = wmo301('TW-9');
    const folder = tree('r13', {
      'inbox/download-0328/wmo301-TW-9.xml': bytes,
      'inbox/uitgepakt/wmo301-TW-9.xml': bytes,
    });
    const result = await runOn(folder);
    const byRule = (rule: string) => result.findings.filter((f) => f.rule === rule);
    assert.equal(byRule('unread').length, 1);
    assert.equal(byRule('unanswered').length, 1);
    assert.equal(byRule('duplicate-identificatie').length, 0);
    assert.equal(result.endState.allReadIn.open, 1);
    const copy = byRule('copy')[0];
    assert.ok(copy?.path.endsWith('inbox/download-0328/wmo301-TW-9.xml'));
    assert.deepEqual(
      copy?.related.map((p) => p.slice(p.indexOf('inbox/'))),
      ['inbox/uitgepakt/wmo301-TW-9.xml'],
    );
  });
  it('the same Identificatie in other bytes is no copy: the chain would reject the repeat', async () => {
    const folder = tree('reuse', {
      'inbox/a.xml': wmo301('TW-9'),
      'inbox/b.xml': wmo301('TW-9').replace('2018-03-20', '2018-03-20 '),
    });
    const result = await runOn(folder);
    assert.equal(result.findings.filter((f) => f.rule === 'copy').length, 0);
    assert.equal(result.findings.filter((f) => f.rule === 'duplicate-identificatie').length, 2);
  });
  it('archived copies larger than the head are confirmed by their whole bytes', async () => {
    // A trailing comment makes the file larger than the head an archived file is read by.
    const padded = (fill: string) => `${wmo301('TW-10')}<!-- ${fill.repeat(3000)} -->\n`;
    const big = padded('x');
    const other = padded('x').replace('xxx -->', 'xxy -->');
    assert.ok(Buffer.byteLength(big) > 2048);
    assert.equal(other.length, big.length);
    const folder = tree('archived', {
      'received/a/w.xml': big,
      'received/b/w.xml': big,
      'received/c/w.xml': other,
    });
    const result = await runOn(folder, { archives: true });
    const copies = result.findings.filter((f) => f.rule === 'copy');
    assert.equal(copies.length, 1);
    assert.equal(copies[0]?.related.length, 1);
    assert.ok(copies[0]?.related[0]?.endsWith('received/b/w.xml'));
  });
  it('a ZIP entry and the same message unpacked next to it are copies', async () => {
    const bytes = wmo301('TW-11');
    const folder = tree('zip', {
      'inbox/download.zip': buildZip([{ name: 'wmo301-TW-11.xml', content: bytes }]),
      'inbox/wmo301-TW-11.xml': bytes,
    });
    const result = await runOn(folder);
    assert.equal(result.findings.filter((f) => f.rule === 'unread').length, 1);
    const copy = result.findings.find((f) => f.rule === 'copy');
    assert.ok(copy?.path.endsWith('inbox/download.zip!wmo301-TW-11.xml'));
    assert.ok(copy?.related[0]?.endsWith('inbox/wmo301-TW-11.xml'));
  });
  it('copies in different boxes stay two files (a hard-linked resend is judged by identity)', async () => {
    const bytes = wmo301('TW-12');
    const folder = tree('boxes', { 'outbox/w.xml': bytes, 'sent/w.xml': bytes });
    const result = await runOn(folder, { archives: true });
    assert.equal(result.findings.filter((f) => f.rule === 'copy').length, 0);
  });
});

describe('swapped folders and empty folders through run() and main()', () => {
  it('stops with a usage error that asks whether the folders are swapped and names a file of each', async () => {
    const folder = tree('swapped', {
      'outbox/a.xml': wmo301('TW-1'),
      'inbox/b.xml': buildMessage({
        message: 'WMO302',
        afzender: gemeente,
        ontvanger: aanbieder,
        identificatie: 'TW-1',
        dagtekening: '2018-03-20',
        retour: { identificatie: 'R-1', dagtekening: '2018-03-21' },
      }),
    });
    await assert.rejects(runOn(folder, { org: [aanbieder] }), (error: unknown) => {
      assert.ok(error instanceof UsageError);
      assert.equal(error.problem.code, 'role');
      const en = usageText(error.problem, cliWords.en);
      assert.match(en, /swapped/);
      assert.match(en, /outbox: .*a\.xml/);
      assert.match(en, /inbox: .*b\.xml/);
      const nl = usageText(error.problem, cliWords.nl);
      assert.match(nl, /verwisseld/);
      assert.match(nl, /outbox: .*a\.xml/);
      assert.match(nl, /inbox: .*b\.xml/);
      return true;
    });
  });
  it('empty folders: a notice, ready; with --fail-on-empty exit 2 and nothing on stdout', async () => {
    const folder = tree('empty', {});
    const result = await runOn(folder);
    assert.deepEqual(result.notices, [{ code: 'no-files' }]);
    assert.equal(result.exitCode, 0);
    const out: string[] = [];
    const err: string[] = [];
    const stream = (into: string[]) => ({ write: (s: string) => into.push(s) > 0, isTTY: false });
    const argv = [
      '--outbox',
      folder('outbox'),
      '--inbox',
      folder('inbox'),
      '--at',
      '2018-03-28T12:00+02:00',
    ];
    const params = {
      stdout: stream(out),
      stderr: stream(err),
      env: { LANG: 'en_GB.UTF-8' },
      now: () => 0,
      cwd: root,
    };
    assert.equal(await main({ ...params, argv: [...argv, '--format', 'json'] } as never), 0);
    assert.deepEqual(JSON.parse(out.join('')).notices, [{ code: 'no-files' }]);
    out.length = 0;
    assert.equal(await main({ ...params, argv: [...argv, '--fail-on-empty'] } as never), 2);
    assert.equal(out.join(''), '');
    assert.match(err.join(''), /no file at all/);
    err.length = 0;
    const nl = { ...params, env: { LANG: 'nl_NL.UTF-8' } };
    assert.equal(await main({ ...nl, argv: [...argv, '--fail-on-empty'] } as never), 2);
    assert.equal(out.join(''), '');
    assert.match(err.join(''), /geen enkel bestand/);
  });
  it('--exclude "*.pdf" skips a PDF in a subfolder', async () => {
    const folder = tree('exclude', {
      'inbox/sub/b.pdf': '%PDF-1.4 not a message',
      'inbox/a.xml': wmo301('TW-2'),
    });
    const result = await runOn(folder, { exclude: ['*.pdf'] });
    assert.equal(result.summary.ignored, 0);
    assert.equal(result.summary.files, 1);
  });
});
