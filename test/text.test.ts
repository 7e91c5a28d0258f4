import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { colourLevel, localeLang, spinnerWanted } from '../src/cli.js';
import { boxesOf, runBin, tempBoxes } from './support/runBin.js';

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
  it('not ready: sections in order, counts, countdown at a fixed moment', () => {
    const run = runBin([...boxesOf('aanbieder-open'), '--at', '2018-03-27 12:00', '--lang', 'nl']);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
    assert.doesNotMatch(run.stdout, ansi);
    inOrder(run.stdout, [
      /^check-ready — Migratie iJw\/iWmo 2\.1 naar 2\.2$/m,
      /^Moment: di 27 mrt 2018 12\.00 uur \(Europe\/Amsterdam\) · 2018-03-27 10:00 UTC$/m,
      /^Fase: afsluiting/m,
      /^Rol: aanbieder \(afgeleid uit de berichten\)$/m,
      /^Eindtoestand Fase 1 Afsluiting$/m,
      /^ {2}✖ niets meer te versturen — 3 open$/m,
      /^ {2}✖ alles ontvangen is ingelezen — 2 open$/m,
      /^ {2}✖ alle retourberichten verstuurd — 2 open$/m,
      /^Deadlines$/m,
      /^ {2}D1 {2}zo 18 mrt 2018 23\.00 uur .* ✔ gehaald$/m,
      /^ {2}D2 {2}di 27 mrt 2018 17\.00 uur .* ● 1 open · nog 5 u$/m,
      /^ {2}D4 {2}do 29 mrt 2018 13\.00 uur .* ● 1 open · nog 2 d 1 u$/m,
      /^ {2}D7 {2}do 29 mrt 2018 23\.00 uur .* ● 2 open · nog 2 d 11 u$/m,
      /^Te doen$/m,
      /^ {2}D2 di 27 mrt 2018 17\.00 uur .*\(nog 5 u\)$/m,
      /^ {4}● fixtures\/aanbieder-open\/outbox\/verzoek-jw315\.xml {2}heenbericht JW315 aan 0363 \(VZ-0042\)/m,
      /^ {6}→ /m,
      /^6 bestanden|^5 bestanden/m,
    ]);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(
      lines.at(-1),
      '5 bestanden (0 genegeerd) · 6 open · 0 verstreken · 0 fouten · 0 waarschuwingen — NIET KLAAR',
    );
    assert.doesNotMatch(run.stdout, /D3 /, 'a gemeente deadline is not shown to an aanbieder');
  });
  it('missed: the missed row and the verdict', () => {
    const run = runBin([
      ...boxesOf('aanbieder-declaratie-missed'),
      '--at',
      '2018-03-20 10:00',
      '--lang',
      'nl',
    ]);
    assert.equal(run.code, 3);
    inOrder(run.stdout, [
      /^ {2}D1 .* ✖ 2 open · verstreken$/m,
      /^ {4}✖ .*declaratie-jw303\.xml .*de keten neemt het nog aan tot di 27 mrt 2018 17\.00 uur$/m,
      /— DEADLINE VERSTREKEN\n$/,
    ]);
  });
  it('ready: nothing to do, the verdict last', () => {
    const run = runBin([
      ...boxesOf('ready-with-warnings'),
      '--at',
      '2018-03-28 10:00',
      '--lang',
      'nl',
    ]);
    assert.equal(run.code, 0);
    inOrder(run.stdout, [
      /^ {2}✔ niets meer te versturen — 0 open$/m,
      /^ {2}Niets meer te doen\.$/m,
      /^Waarschuwingen en fouten$/m,
      /⚠ waarschuwing .*release 2\.2/,
      /— KLAAR\n$/,
    ]);
  });
  it('from B2 until the read-in deadline, the portal reminder', () => {
    const run = runBin([
      ...boxesOf('gemeente-after-retour-block'),
      '--at',
      '2018-03-29 14:00',
      '--lang',
      'nl',
    ]);
    assert.match(
      run.stdout,
      /Download alles van het Inlichtingenbureau-portaal \(berichten van 29 maart staan er vanaf 16\.00 uur\)/,
    );
    const before = runBin([
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
  it('not ready: the same sections, Dutch domain words kept', () => {
    const run = runBin([...boxesOf('gemeente-open'), '--at', '2018-03-26 10:00', '--lang', 'en']);
    assert.equal(run.code, 1);
    inOrder(run.stdout, [
      /^Moment: Mon 26 Mar 2018 10:00 \(Europe\/Amsterdam\) · 2018-03-26 08:00 UTC$/m,
      /^Role: gemeente \(inferred from the messages\)$/m,
      /^End state of Fase 1 Afsluiting$/m,
      /^ {2}D3 {2}Tue 27 Mar 2018 17:00 .* ● 1 open · 1 day 7 h left$/m,
      /^To do$/m,
      /retourbericht WMO304 to 73730123 \(DC-7781\)/,
      /— NOT READY\n$/,
    ]);
  });
  it('missed and ready', () => {
    assert.match(
      runBin([
        ...boxesOf('gemeente-after-retour-block'),
        '--at',
        '2018-03-29 14:00',
        '--lang',
        'en',
      ]).stdout,
      /— DEADLINE MISSED\n$/,
    );
    assert.match(
      runBin([...boxesOf('empty-ready'), '--at', '2018-03-29 14:00', '--lang', 'en']).stdout,
      /Nothing left to do\.[\s\S]*0 files \(0 ignored\) .* — READY\n$/,
    );
  });
  it('under an hour, minutes are shown', () =>
    assert.match(
      runBin([...boxesOf('aanbieder-open'), '--at', '2018-03-27 16:25', '--lang', 'en']).stdout,
      /D2 .*● 1 open · 35 min left$/m,
    ));
  it('the language follows the locale when --lang is not given', () => {
    assert.match(
      runBin([...boxesOf('empty-ready'), '--at', '2018-03-29 14:00'], { LANG: 'nl_NL.UTF-8' })
        .stdout,
      /KLAAR/,
    );
    assert.match(
      runBin([...boxesOf('empty-ready'), '--at', '2018-03-29 14:00'], { LANG: 'en_GB.UTF-8' })
        .stdout,
      /READY/,
    );
  });
});

describe('a large tree in the text report', () => {
  it('warnings and errors: a few examples a rule and the count; --verbose lists all', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`leeg-${i}.xml`] = '';
    const args = [...tempBoxes(files), '--at', '2018-03-27 12:00', '--lang', 'en'];
    const short = runBin(args).stdout;
    assert.equal(short.match(/✖ error /g)?.length, 5);
    assert.match(short, /^ {4}… and 3 more \(--verbose lists them all\)$/m);
    assert.match(short, /^Files: inbox 8$/m);
    assert.equal(runBin([...args, '--verbose']).stdout.match(/✖ error /g)?.length, 8);
  });
});

describe('archives in the text report', () => {
  const withArchives = [
    '--sent',
    'fixtures/counterpart-never-answered/sent',
    '--received',
    'fixtures/counterpart-never-answered/received',
  ];
  it('per counterpart, the pairs open on each side', () => {
    const run = runBin([
      ...boxesOf('counterpart-never-answered'),
      ...withArchives,
      '--at',
      '2018-03-28 10:00',
      '--lang',
      'nl',
    ]);
    assert.match(
      run.stdout,
      /^Open paren per partij\n {2}aanbieder 41105678: 3 × JW301 wachten op hun JW302; 1 × JW303 wachten op onze JW304$/m,
    );
    assert.doesNotMatch(run.stdout, /niet bewezen/);
  });
  it('without archives, says plainly that the third condition is not proven and what to pass', () => {
    const run = runBin([
      ...boxesOf('counterpart-never-answered'),
      '--at',
      '2018-03-28 10:00',
      '--lang',
      'en',
    ]);
    assert.match(
      run.stdout,
      /all retourberichten sent — 0 open\n {4}not proven: pass --sent and --received/,
    );
  });
});

describe('terminal conventions', () => {
  const args = [...boxesOf('aanbieder-open'), '--at', '2018-03-27 12:00'];
  it('no colour when stdout is not a terminal; colour with FORCE_COLOR=1 or --color', () => {
    assert.doesNotMatch(runBin(args).stdout, ansi);
    assert.match(runBin(args, { FORCE_COLOR: '1' }).stdout, ansi);
    assert.match(runBin([...args, '--color']).stdout, ansi);
  });
  it('NO_COLOR wins over FORCE_COLOR, --color wins over both; JSON is never coloured', () => {
    assert.doesNotMatch(runBin(args, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout, ansi);
    assert.match(runBin([...args, '--color'], { NO_COLOR: '1' }).stdout, ansi);
    assert.doesNotMatch(
      runBin([...args, '--format', 'json', '--color'], { FORCE_COLOR: '3' }).stdout,
      ansi,
    );
  });
  it('--quiet prints only the verdict line; --verbose lists every file, ignored ones too', () => {
    assert.equal(
      runBin([...args, '--quiet', '--lang', 'en']).stdout,
      '5 files (0 ignored) · 6 open · 0 missed · 0 errors · 0 warnings — NOT READY\n',
    );
    const verbose = runBin([
      ...boxesOf('ready-with-warnings'),
      '--at',
      '2018-03-28 10:00',
      '--verbose',
      '--lang',
      'en',
    ]).stdout;
    assert.match(
      verbose,
      /^Files$[\s\S]*oud-wmo301-release-2\.0\.xml {2}\[inbox\] WMO301 2\.0 heen/m,
    );
    assert.match(
      verbose,
      /^Not messages \(ignored\)$\n {2}fixtures\/ready-with-warnings\/outbox\/LEESMIJ\.txt$/m,
    );
  });
  it('the verdict and exit code never depend on the presentation', () => {
    for (const extra of [
      ['--quiet'],
      ['--verbose'],
      ['--color'],
      ['--lang', 'nl'],
      ['--format', 'json'],
    ]) {
      assert.equal(runBin([...args, ...extra]).code, 1, extra.join(' '));
    }
  });
  it('colour decision: flag, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
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
  it('spinner only for text, on a terminal, never under CI=true or --quiet', () => {
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
  it('locale: LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.equal(localeLang({ LC_ALL: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' }), 'nl');
    assert.equal(localeLang({ LC_ALL: '', LC_MESSAGES: 'en_US', LANG: 'nl_BE.UTF-8' }), 'en');
    assert.equal(localeLang({ LANG: 'nl' }), 'nl');
    assert.equal(localeLang({ LANG: 'C' }), 'en');
  });
});
