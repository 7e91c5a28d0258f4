import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Chalk } from 'chalk';
import { instantOf } from '../src/core/deadlines.js';
import { rules, type RuleId } from '../src/core/findings.js';
import type { Status } from '../src/data/types.js';
import { messageIds } from '../src/data/catalogue.js';
import { timetable2018 as tt } from './support/timetable2018.js';
import { renderText } from '../src/report/text.js';
import { findingText, hintText, wordContext, words } from '../src/report/words/index.js';
import { actions, type Words } from '../src/report/words/Words.js';
import { sampleFindings } from './support/sampleFindings.js';
import { projectDir } from './support/runBin.js';
import { runFolder } from './support/realInput.js';

/** Moments that put every row before, at and after its deadline. */
const moments = [
  '2018-03-16T11:00:00Z',
  '2018-03-28T18:00:00Z',
  '2018-03-29T12:00:00Z',
  '2018-04-04T08:00:00Z',
].map((iso) => Date.parse(iso));

/** Every sentence a language can print, built from every rule × status × sample and every label. */
const everySentence = (w: Words): string[] => {
  const out: string[] = [];
  for (const now of moments) {
    const c = wordContext(w, tt, now);
    for (const { finding } of sampleFindings()) {
      out.push(findingText(finding, w, c), hintText(finding, w, c));
    }
    for (const answer of ['open', 'missed'] as const)
      for (const read of ['open', 'missed'] as const) {
        const args = { message: 'JW301', counterpart: '0599', identificatie: 'J-1' };
        out.push(w.readAndAnswer.text(args, c));
        out.push(w.readAndAnswer.hint({ args, answer, read, answerBy: 'B2', readBy: 'D7' }, c));
      }
    for (const { id } of tt.rows) out.push(c.when(id), c.short(id), c.left(id) ?? w.passed);
  }
  const l = w.labels;
  const verdicts = ['ready', 'not-ready', 'missed'] as const;
  for (const verdict of verdicts)
    for (const work of [0, 1, 6])
      for (const errors of [0, 1, 7])
        for (const next of [
          null,
          { when: 'do 29 mrt 13.00 uur', left: 'nog 17 uur', carried: false },
          { when: 'di 27 mrt 17.00 uur', left: null, carried: true },
        ])
          out.push(l.headline({ verdict, work, errors, next }));
  for (const n of [1, 2, 55]) {
    out.push(
      l.blockedStep(n, '2.1'),
      l.errorStep(n),
      l.warningStep(n),
      l.open(n),
      l.unknown(n),
      l.messages(n),
      l.more(n),
      l.moreParties(n),
    );
    out.push(
      l.endStateOpen.nothingToSend(n),
      l.endStateOpen.allReadIn(n),
      l.endStateOpen.allRetoursSent(n),
    );
    out.push(l.groupCounts(n, { JW302: n }));
    out.push(l.summary({ files: n, ignored: n, open: n, missed: n, errors: n, warnings: n }));
    out.push(
      l.owes({ party: w.party('41105678'), pairs: [{ heen: 'JW301', retour: 'JW302', count: n }] }),
    );
  }
  out.push(
    l.kinds({ JW301: 1 }),
    l.kinds({ JW302: 1, WMO302: 1 }),
    l.kinds({ JW303: 1, WMO305: 1 }),
    l.kinds({ JW301: 1, JW303: 1, JW305: 1, JW307: 1 }),
  );
  out.push(
    ...Object.values(l.step),
    l.inFolder('inbox/'),
    l.by({ when: 'x', left: null }),
    l.carried(null),
    l.carried({ when: 'x', left: 'y' }),
  );
  out.push(
    w.notice['no-files'],
    w.notice['other-release-only'](['2.0', '2.1'], { from: '2.3', to: '2.4' }),
    w.notice['later-release'](['2.3'], { from: '2.1', to: '2.2' }),
    l.moment,
    l.phase,
    l.role,
    l.roleUnknown,
    ...Object.values(l.roleFrom),
    l.org,
    l.endState,
  );
  out.push(
    l.nothingToSend,
    l.allReadIn,
    l.allRetoursSent,
    l.unverified,
    l.deadlines,
    l.nothingOpen,
    l.todo,
    l.nothingTodo,
  );
  out.push(
    l.rowsFine(['D1', 'D2']),
    l.groupHeader({ when: 'x', left: 'y', ids: ['D4', 'B2'] }),
    l.lateHeader(null),
    l.lateHeader({ when: 'x', left: null }),
  );
  out.push(
    l.blocked('2.1'),
    l.blockedIntro('di 3 apr 13.00 uur', '2.1'),
    l.problems,
    l.files,
    l.ignoredFiles,
    l.counterparts,
    l.runAgain,
  );
  out.push(l.portal('gemeente'), l.portal('aanbieder'), l.portal(null));
  out.push(
    l.title({ from: '2.1', to: '2.2', who: 'gemeente 0363', moment: 'x' }),
    l.title({ from: '2.1', to: '2.2', who: null, moment: 'x' }),
  );
  out.push(
    l.filesLine({ byBox: { outbox: 3, inbox: 1, sent: 2 }, ignored: 1 }),
    l.filesLine({ byBox: {}, ignored: 0 }),
  );
  out.push(
    ...Object.values(w.status),
    ...Object.values(w.phase).map((phase) => phase(tt)),
    ...Object.values(w.verdict),
  );
  out.push(
    ...Object.values(w.box),
    ...Object.values(w.ruleTitle),
    w.passed,
    w.party(null),
    w.party('0363'),
    w.party('X'),
  );
  for (const id of messageIds) out.push(w.messageName[id].one, w.messageName[id].many);
  for (const [days, hours, minutes] of [
    [0, 0, 1],
    [0, 0, 45],
    [0, 1, 0],
    [0, 17, 3],
    [1, 0, 0],
    [1, 3, 0],
    [13, 0, 0],
  ] as const)
    out.push(w.timeLeft({ days, hours, minutes }));
  return out;
};

/** The review's list of what must never be printed again (Dutch table, "Status words", hints). */
const bannedNl: RegExp[] = [
  /trek (het|het andere) in/i,
  /\bintrekken\b/i,
  /voor de deadline/i,
  /retourblokkade/i,
  /\bwe\b/i,
  /\bonze?\b/i,
  /\bhun\b/i,
  /gehaald/i,
  /verstreken/i,
  /hulpmiddel/i,
  /\bdraai\b/i,
  /staat er één toe/,
  /keurt de herhaling af/,
  /in zijn eigen release/,
  /\bvan release\b/,
  /houd het vast/i,
  /, geen van /,
  /maar één laag/,
  /groter uitpakt/,
  /\btruc\b/,
  /op de opdrachtregel/,
  /het paar\b/,
  /paren/,
  /niet bewezen/,
  /\bnog \d+ [du]\b/,
  /\b0 (uur|dagen|u|d)\b/,
  /RetourCode/,
  /\broot\b/,
  /\bbytes\b/,
  /stuur het bericht door/,
  /verdween terwijl/,
  /\bOrg:/,
  /geen berichten\)/,
  /\d+ × /,
  /^Moment:/m,
  /verstuurd of klaarstaand/,
  /kwam geen retourbericht/,
  /\biwlz\b/,
  /live\b/,
];
const bannedEn: RegExp[] = [
  /before (the|its) deadline/i,
  /withdraw/i,
  /\bwe\b/i,
  /\bour\b/i,
  /\btheir\b/i,
  /\bthe tool\b/,
  /retour block/i,
  /\b\d+ [dh] left/,
  /\b0 (hours|days)\b/,
  /RetourCode/,
  /the pair\b/,
  /\bpassed\b.*\bmet\b/,
  /only one level/,
  /\d+ × /,
];

const fixtureRuns = async (lang: 'nl' | 'en'): Promise<string[]> => {
  const fixtures = path.join(projectDir, 'fixtures');
  const out: string[] = [];
  for (const name of fs.readdirSync(fixtures).sort()) {
    const folder = path.join(fixtures, name);
    for (const at of [moments[0], moments[1], moments[2]]) {
      const result = await runFolder(folder, at ?? 0).catch(() => null);
      if (result === null) continue; // a usage error (role conflict) prints no report
      for (const verbose of [false, true])
        out.push(
          renderText(result, {
            words: words[lang],
            timetable: tt,
            chalk: new Chalk({ level: 0 }),
            verbose,
            quiet: false,
          }),
        );
    }
  }
  return out;
};

const offenders = (sentences: readonly string[], banned: readonly RegExp[]) =>
  sentences.flatMap((s) => banned.filter((b) => b.test(s)).map((b) => `${b}: ${s}`));

describe('the words', () => {
  it('every rule has advice for every status it can have, and open advice names the moment and the time left', () => {
    for (const w of [words.nl, words.en]) {
      const c = wordContext(w, tt, Date.parse('2018-03-16T11:00:00Z'));
      const seen = new Set<string>();
      for (const { finding, status } of sampleFindings()) {
        const hint = hintText(finding, w, c);
        seen.add(`${finding.rule}/${status}`);
        assert.match(hint, /^\S.*[.)]$/, `${w.lang} ${finding.rule}/${status}: a sentence`);
        if (status === 'open' && finding.deadlineId !== null) {
          assert.ok(
            hint.includes(c.short(finding.deadlineId)),
            `${w.lang} ${finding.rule}: names ${finding.deadlineId}: ${hint}`,
          );
          assert.ok(
            hint.includes(c.left(finding.deadlineId) ?? '?'),
            `${w.lang} ${finding.rule}: time left: ${hint}`,
          );
        }
      }
      for (const rule of Object.keys(rules) as RuleId[])
        for (const status of rules[rule].statuses as readonly Status[])
          assert.ok(seen.has(`${rule}/${status}`), `${rule}/${status} has a sample`);
    }
  });

  it('a missed finding gets the advice of its own clock: late but carried, or blocked', () => {
    const w = words.nl;
    const c = wordContext(w, tt, Date.parse('2018-03-20T09:00:00Z'));
    const late = sampleFindings().find(
      (s) =>
        s.finding.rule === 'unsent-heen' &&
        s.status === 'missed' &&
        'sendableUntil' in s.finding.args &&
        s.finding.args.sendableUntil !== null,
    );
    assert.ok(late);
    const lateHint = hintText(late.finding, w, c);
    assert.match(lateHint, /nú/);
    assert.ok(
      lateHint.includes(c.short('B1')) && lateHint.includes('nog 7 dagen en 6 uur'),
      lateHint,
    );
    const blocked = sampleFindings().find(
      (s) =>
        s.finding.rule === 'unsent-heen' &&
        s.status === 'missed' &&
        'blockedSince' in s.finding.args &&
        s.finding.args.blockedSince !== null,
    );
    assert.ok(blocked);
    const blockedHint = hintText(blocked.finding, w, c);
    assert.match(blockedHint, /kan niet meer in 2\.1/);
    assert.match(blockedHint, /Laat het niet in de outbox staan/);
    assert.match(blockedHint, /aanbieder 41105678/);
    assert.match(blockedHint, /softwareleverancier/);
    assert.doesNotMatch(blockedHint, /Verstuur het/);
  });

  it('time left as people say it', () => {
    const nl = words.nl.timeLeft;
    assert.equal(nl({ days: 0, hours: 17, minutes: 0 }), 'nog 17 uur');
    assert.equal(nl({ days: 1, hours: 3, minutes: 0 }), 'nog 1 dag en 3 uur');
    assert.equal(nl({ days: 13, hours: 0, minutes: 5 }), 'nog 13 dagen');
    assert.equal(nl({ days: 0, hours: 0, minutes: 1 }), 'nog 1 minuut');
    assert.equal(words.en.timeLeft({ days: 1, hours: 3, minutes: 0 }), '1 day and 3 hours left');
    assert.equal(words.en.timeLeft({ days: 0, hours: 1, minutes: 0 }), '1 hour left');
    // Half a second before a deadline is not "0 minutes".
    assert.equal(nl({ days: 0, hours: 0, minutes: 0 }), 'nog minder dan een minuut');
    assert.equal(words.en.timeLeft({ days: 0, hours: 0, minutes: 0 }), 'less than a minute left');
  });

  it('"an aanbieder", "a gemeente"', () => {
    const c = wordContext(words.en, tt, 0);
    const says = (role: 'gemeente' | 'aanbieder') =>
      words.en.finding['wrong-direction']({ message: 'WMO301', box: 'inbox', role } as never, c);
    assert.match(says('aanbieder'), /: an aanbieder does not receive/);
    assert.match(says('gemeente'), /: a gemeente does not receive/);
  });

  it('messages are named by what they are as well as their code, in every language', () => {
    for (const w of [words.nl, words.en])
      for (const id of messageIds) assert.ok(w.messageName[id].one.length > 0);
    const c = wordContext(words.nl, tt, moments[1] ?? 0);
    const [unsent] = sampleFindings().filter((s) => s.finding.rule === 'unsent-heen');
    assert.ok(unsent);
    assert.match(
      findingText(unsent.finding, words.nl, c),
      /^toewijzing JW301 aan aanbieder 41105678/,
    );
    assert.match(
      findingText(unsent.finding, words.en, wordContext(words.en, tt, 0)),
      /^toewijzing JW301 to aanbieder 41105678/,
    );
  });

  it('no Dutch sentence the tool can print uses a phrase the review banned', async () => {
    const sentences = [...everySentence(words.nl), ...(await fixtureRuns('nl'))];
    assert.deepEqual(offenders(sentences, bannedNl), []);
  });

  it('no English sentence uses the phrases fixed with them', async () => {
    const sentences = [...everySentence(words.en), ...(await fixtureRuns('en'))];
    assert.deepEqual(offenders(sentences, bannedEn), []);
  });

  it('the banned list catches the old words (it can fail)', () => {
    const old = [
      'Verstuur het voor de deadline, of trek het in uw systeem in.',
      '✔ gehaald · nog 1 d 3 u',
      '1 × WMO301 wachten op onze WMO302',
    ];
    for (const s of old) assert.notDeepEqual(offenders([s], bannedNl), [], s);
  });

  it('the working order is fixed: read in and answer, correct and resend, send, only read in', () => {
    assert.deepEqual([...actions], ['answer', 'resend', 'send', 'read']);
    void instantOf;
    void ({} as string | undefined);
  });
});
