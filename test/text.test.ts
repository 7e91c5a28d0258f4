import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { colourLevel, localeLang, spinnerWanted } from '../src/cli.js';
import { boxesOf, tempBoxes } from './support/runBin.js';
import { runMain } from './support/runMain.js';

const ansi = /\u001b\[/;

/** The index of each line matching the patterns, in order; fails when one is missing or out of order. */
const inOrder = (text: string, patterns: RegExp[]) => {
  let from = 0;
  for (const pattern of patterns) {
    const rest = text.slice(from);
    const match = pattern.exec(rest);
    assert.ok(match, `missing or out of order: ${pattern}\n---\n${text}`);
    from += match.index + match[0].length;
  }
};

describe('the text report in Dutch', () => {
  it('not ready: sections in order, counts, countdown at a fixed moment', async () => {
    const run = await runMain([
      ...boxesOf('aanbieder-open'),
      '--at',
      '2018-03-27 12:00',
      '--lang',
      'nl',
    ]);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    assert.doesNotMatch(run.stdout, ansi);
    inOrder(run.stdout, [
      /^check-ready · overgang iJw\/iWmo 2\.1 → 2\.2 · aanbieder · peilmoment di 27 mrt 2018 12\.00 uur$/m,
      /^NIET KLAAR · 5 berichten vragen actie · eerstvolgende deadline di 27 mrt 17\.00 uur \(nog 5 uur\)$/m,
      /^ {2}1\. Inlezen en beantwoorden +1 toewijzing \(JW301\)/m,
      /^ {2}2\. Versturen +1 verzoek om toewijzing \(JW315\), 1 retourbericht \(WMO302\) en 1 start zorg \(WMO305\)/m,
      /^ {2}3\. Inlezen +1 toewijzing \(WMO301\)/m,
      /^Rol: aanbieder \(afgeleid uit de berichten\) · Fase: afsluiting/m,
      /^Eindtoestand Fase 1 Afsluiting$/m,
      /^ {2}✖ outbox leeg — nog 3 berichten te versturen$/m,
      /^ {2}✖ alle ontvangen berichten ingelezen — nog 2 in de inbox$/m,
      /^ {2}✖ alle ontvangen heenberichten beantwoord — 2 nog zonder verstuurd retourbericht$/m,
      /^Deadlines$/m,
      /^ {2}✔ D1: in orde$/m,
      /^ {2}D2 {2}di 27 mrt 2018 17\.00 uur .* ● 1 bericht · nog 5 uur$/m,
      /^ {2}D4 {2}do 29 mrt 2018 13\.00 uur .* ● 1 bericht · nog 2 dagen en 1 uur$/m,
      /^ {2}D7 {2}do 29 mrt 2018 23\.00 uur .* ● 2 berichten · nog 2 dagen en 11 uur$/m,
      /^Te doen$/m,
      /^ {2}Vóór di 27 mrt 2018 17\.00 uur — nog 5 uur \(D2, B1\)$/m,
      /^ {4}● fixtures\/aanbieder-open\/outbox\/verzoek-jw315\.xml {2}verzoek om toewijzing JW315 aan gemeente 0363 \(VZ-0042\)/m,
      /^ {6}→ Verstuur het vóór di 27 mrt 17\.00 uur \(nog 5 uur\)\./m,
    ]);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.at(-1), lines[2], 'the headline again, last');
    assert.doesNotMatch(run.stdout, /D3 /, 'a gemeente deadline is not shown to an aanbieder');
  });
  it('missed: the missed row and the verdict', async () => {
    const run = await runMain([
      ...boxesOf('aanbieder-declaratie-missed'),
      '--at',
      '2018-03-20 10:00',
      '--lang',
      'nl',
    ]);
    assert.equal(run.code, 3);
    inOrder(run.stdout, [
      /^DEADLINE GEMIST · 2 berichten vragen actie · kan nog tot di 27 mrt 17\.00 uur/m,
      /^ {2}D1 .* ✖ gemist · 2 berichten$/m,
      /^ {4}✖ .*declaratie-jw303\.xml .*maar tot di 27 mrt 17\.00 uur geeft de keten het nog door$/m,
      /\nDEADLINE GEMIST · .*\n$/,
    ]);
  });
  it('ready: nothing to do, the verdict last', async () => {
    const run = await runMain([
      ...boxesOf('ready-with-warnings'),
      '--at',
      '2018-03-28 10:00',
      '--lang',
      'nl',
    ]);
    assert.equal(run.code, 0);
    inOrder(run.stdout, [
      /^KLAAR · niets te doen · /m,
      /^ {2}✔ outbox leeg$/m,
      /^ {2}Niets meer te doen\.$/m,
      /^Fouten en waarschuwingen$/m,
      /⚠ waarschuwing .*release 2\.2/,
      /\nKLAAR · niets te doen · .*\n$/,
    ]);
  });
  it('from B2 until the read-in deadline, the portal reminder', async () => {
    const run = await runMain([
      ...boxesOf('gemeente-after-retour-block'),
      '--at',
      '2018-03-29 14:00',
      '--lang',
      'nl',
    ]);
    assert.match(
      run.stdout,
      /Download alles van het Inlichtingenbureau, lees het in en start check-ready opnieuw\./,
    );
    const before = await runMain([
      ...boxesOf('gemeente-after-retour-block'),
      '--at',
      '2018-03-29 12:59',
      '--lang',
      'nl',
    ]);
    assert.doesNotMatch(before.stdout, /Download alles/);
  });
});

describe('the text report in English', () => {
  it('not ready: the same sections, Dutch domain words kept', async () => {
    const run = await runMain([
      ...boxesOf('gemeente-open'),
      '--at',
      '2018-03-26 10:00',
      '--lang',
      'en',
    ]);
    assert.equal(run.code, 1);
    inOrder(run.stdout, [
      /^check-ready · iJw\/iWmo switch 2\.1 → 2\.2 · gemeente · as of Mon 26 Mar 2018 10:00$/m,
      /^NOT READY · 7 messages need action · next deadline Tue 27 Mar 17:00 \(1 day and 7 hours left\)$/m,
      /^Role: gemeente \(inferred from the messages\)/m,
      /^End state of Fase 1 Afsluiting$/m,
      /^ {2}D3 {2}Tue 27 Mar 2018 17:00 .* ● 1 message · 1 day and 7 hours left$/m,
      /^To do$/m,
      /retour WMO304 to aanbieder 73730123 \(DC-7781\)/,
      /\nNOT READY · .*\n$/,
    ]);
  });
  it('missed and ready', async () => {
    assert.match(
      (
        await runMain([
          ...boxesOf('gemeente-after-retour-block'),
          '--at',
          '2018-03-29 14:00',
          '--lang',
          'en',
        ])
      ).stdout,
      /\nDEADLINE MISSED · .*\n$/,
    );
    assert.match(
      (await runMain([...boxesOf('empty-ready'), '--at', '2018-03-29 14:00', '--lang', 'en']))
        .stdout,
      /^READY · nothing to do[\s\S]*No file at all was found[\s\S]*Nothing left to do\.[\s\S]*^READY · nothing to do.*\n$/m,
    );
  });
  it('under an hour, minutes are shown', async () =>
    assert.match(
      (await runMain([...boxesOf('aanbieder-open'), '--at', '2018-03-27 16:25', '--lang', 'en']))
        .stdout,
      /D2 .*● 1 message · 35 minutes left$/m,
    ));
});

describe('a large tree in the text report', () => {
  it('warnings and errors: a few examples a rule and the count; --verbose lists all', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`leeg-${i}.xml`] = '';
    const args = [...tempBoxes(files), '--at', '2018-03-27 12:00', '--lang', 'en'];
    const short = (await runMain(args)).stdout;
    assert.equal(short.match(/✖ error /g)?.length, 5);
    assert.match(short, /^ {4}… and 3 more \(--verbose lists them all\)$/m);
    assert.match(short, /^Files: 8 in the inbox$/m);
    assert.equal((await runMain([...args, '--verbose'])).stdout.match(/✖ error /g)?.length, 8);
  });
});

describe('archives in the text report', () => {
  const withArchives = [
    '--sent',
    'fixtures/counterpart-never-answered/sent',
    '--received',
    'fixtures/counterpart-never-answered/received',
  ];
  it('per counterpart, the pairs open on each side', async () => {
    const run = await runMain([
      ...boxesOf('counterpart-never-answered'),
      ...withArchives,
      '--at',
      '2018-03-28 10:00',
      '--lang',
      'nl',
    ]);
    assert.match(
      run.stdout,
      /^Nog geen retourbericht ontvangen, per ketenpartner\n {2}aanbieder 41105678: 3 toewijzingen \(JW301\) wachten op een JW302$/m,
    );
    assert.doesNotMatch(run.stdout, /Niet volledig gecontroleerd/);
  });
  it('without archives, says plainly that the third condition is not proven and what to pass', async () => {
    const run = await runMain([
      ...boxesOf('counterpart-never-answered'),
      '--at',
      '2018-03-28 10:00',
      '--lang',
      'en',
    ]);
    assert.match(run.stdout, /^Not fully checked: pass --sent and --received as well/m);
  });
});

describe('terminal conventions', () => {
  const args = [...boxesOf('aanbieder-open'), '--at', '2018-03-27 12:00'];
  it('--quiet prints only the headline; --verbose lists every file, ignored ones too', async () => {
    assert.equal(
      (await runMain([...args, '--quiet', '--lang', 'en'])).stdout,
      'NOT READY · 5 messages need action · next deadline Tue 27 Mar 17:00 (5 hours left)\n',
    );
    const verbose = (
      await runMain([
        ...boxesOf('ready-with-warnings'),
        '--at',
        '2018-03-28 10:00',
        '--verbose',
        '--lang',
        'en',
      ])
    ).stdout;
    assert.match(
      verbose,
      /^Files$[\s\S]*oud-wmo301-release-2\.0\.xml {2}\[inbox\] WMO301 2\.0 heen/m,
    );
    assert.match(
      verbose,
      /^Not messages \(skipped\)$\n {2}fixtures\/ready-with-warnings\/outbox\/LEESMIJ\.txt$/m,
    );
  });
  it('colour decision: flag, then NO_COLOR, then FORCE_COLOR, then the terminal', async () => {
    assert.equal(colourLevel(true, { NO_COLOR: '1' }, false), 1);
    assert.equal(colourLevel(false, { FORCE_COLOR: '1' }, true), 0);
    assert.equal(colourLevel(undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, true), 0);
    assert.equal(
      colourLevel(undefined, { NO_COLOR: '' }, true),
      1,
      'an empty NO_COLOR does not count',
    );
    assert.equal(colourLevel(undefined, { FORCE_COLOR: '0' }, true), 0);
    assert.equal(colourLevel(undefined, { FORCE_COLOR: '2' }, false), 1);
    assert.equal(colourLevel(undefined, {}, true), 1);
    assert.equal(colourLevel(undefined, {}, false), 0);
  });
  it('spinner only for text, on a terminal, never under CI=true or --quiet', async () => {
    const terminal = { isTTY: true, columns: 80 };
    assert.equal(spinnerWanted(false, false, terminal, {}), true);
    assert.equal(spinnerWanted(false, false, terminal, { CI: 'true' }), false);
    assert.equal(spinnerWanted(false, false, { isTTY: false, columns: 80 }, {}), false);
    assert.equal(spinnerWanted(false, false, {}, {}), false);
    assert.equal(spinnerWanted(false, false, { isTTY: true, columns: 0 }, {}), false);
    assert.equal(spinnerWanted(false, false, { isTTY: true }, {}), false);
    assert.equal(spinnerWanted(true, false, terminal, {}), false);
    assert.equal(spinnerWanted(false, true, terminal, {}), false);
  });
  it('locale: LC_ALL, then LC_MESSAGES, then LANG', async () => {
    assert.equal(localeLang({ LC_ALL: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' }), 'nl');
    assert.equal(localeLang({ LC_ALL: '', LC_MESSAGES: 'en_US', LANG: 'nl_BE.UTF-8' }), 'en');
    assert.equal(localeLang({ LANG: 'nl' }), 'nl');
    assert.equal(localeLang({ LANG: 'C' }), 'en');
  });
});
