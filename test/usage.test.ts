import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cliWords, usageText } from '../src/cli/words/index.js';
import { parseAt } from '../src/core/parseAt.js';
import type { UsageProblem } from '../src/core/UsageProblem.js';
import { callMain } from './support/callMain.js';
import { projectDir } from './support/runBin.js';

const box = (scenario: string, name: string) => path.join(projectDir, 'fixtures', scenario, name);
const boxes = (scenario: string) => [
  '--outbox',
  box(scenario, 'outbox'),
  '--inbox',
  box(scenario, 'inbox'),
];
const at = ['--at', '2018-03-28 20:00'];
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-usage-'));
const configFile = (content: string) => {
  const file = path.join(tmp(), 'check-ready.config.json');
  fs.writeFileSync(file, content);
  return file;
};

// Words that are English and never Dutch: one of them in a Dutch message is a sentence left
// untranslated. (Paths, flags and codes are the same in both languages and are not words here.)
const english =
  /\b(the|choose|must|such|give|unknown|missing|usage|error|please|cannot|did you mean|run|needs|value|put|first|time|date|folder|file|not a|should|allowed|invalid|argument|option)\b/i;
// What a stack trace or a thrown object looks like on the way out.
const leak = /\n\s+at |Error:|\[object |undefined|null\b|NaN/;

interface Case {
  readonly name: string;
  readonly argv: () => string[];
  readonly nl: RegExp;
  readonly en: RegExp;
}

const cases: Case[] = [
  {
    name: 'an unknown option, with the one meant',
    argv: () => ['--outbx', 'uit', ...boxes('empty-ready')],
    nl: /--outbx: deze optie bestaat niet\. Bedoelde u --outbox\?/,
    en: /--outbx: unknown option\. Did you mean --outbox\?/,
  },
  {
    name: 'an option without its value',
    argv: () => [...boxes('empty-ready'), '--at'],
    nl: /--at heeft een waarde nodig, bijvoorbeeld --at "2020-03-24 20:00"/,
    en: /--at needs a value, e.g\. --at "2020-03-24 20:00"/,
  },
  {
    name: 'a value without its flag',
    argv: () => ['uit', ...boxes('empty-ready')],
    nl: /uit: een waarde zonder optie ervoor/,
    en: /uit: a value without its flag/,
  },
  {
    name: 'a choice that is not one',
    argv: () => [...boxes('empty-ready'), '--role', 'gemeenten'],
    nl: /--role gemeenten: kies gemeente of aanbieder\. Bedoelde u --role gemeente\?/,
    en: /--role gemeenten: choose gemeente or aanbieder\. Did you mean --role gemeente\?/,
  },
  {
    name: 'a format that does not exist',
    argv: () => [...boxes('empty-ready'), '--format', 'pdf'],
    nl: /--format pdf: kies text, json, junit, github, sarif, markdown of html/,
    en: /--format pdf: choose text, json, junit, github, sarif, markdown or html/,
  },
  {
    name: 'no --outbox',
    argv: () => ['--inbox', box('empty-ready', 'inbox')],
    nl: /geef ook --outbox op[^]*check-ready --outbox /,
    en: /name --outbox [^]*check-ready --outbox /,
  },
  {
    name: 'a folder that does not exist, with where it was looked for',
    argv: () => ['--outbox', 'uitt', '--inbox', box('empty-ready', 'inbox')],
    nl: /--outbox uitt: deze map bestaat niet \(gezocht als \/.*uitt\)\. Controleer het pad/,
    en: /--outbox uitt: no such folder \(looked for \/.*uitt\)\. Check the path/,
  },
  {
    name: 'a file named as a folder',
    argv: () => [
      '--outbox',
      path.join(projectDir, 'package.json'),
      '--inbox',
      box('empty-ready', 'inbox'),
    ],
    nl: /package\.json is een bestand\. Geef de map op waarin de berichten staan, bijvoorbeeld --outbox outbox/,
    en: /package\.json is a file, not a folder\. Name the folder that holds the messages/,
  },
  {
    name: 'the same folder twice',
    argv: () => ['--outbox', box('empty-ready', 'outbox'), '--inbox', box('empty-ready', 'outbox')],
    nl: /zijn dezelfde map\. Geef elke map maar één keer op/,
    en: /are the same folder\. Name each folder once/,
  },
  {
    name: 'a moment that is none',
    argv: () => [...boxes('empty-ready'), '--at', 'morgen'],
    nl: /--at morgen: onbekend tijdstip\. Schrijf jaar-maand-dag en tijd, bijvoorbeeld --at "2020-03-25 12:00"/,
    en: /--at morgen: not a moment\. Write year-month-day and a time/,
  },
  {
    name: 'a day-first date, with the fix',
    argv: () => [...boxes('empty-ready'), '--at', '28-03-2018 20:00'],
    nl: /--at 28-03-2018 20:00: zet het jaar voorop: --at "2018-03-28 20:00" \(Nederlandse tijd\)\./,
    en: /--at 28-03-2018 20:00: put the year first: --at "2018-03-28 20:00" \(Dutch time\)\./,
  },
  {
    name: 'a date without a time',
    argv: () => [...boxes('empty-ready'), '--at', '2018-03-28'],
    nl: /--at 2018-03-28: geef ook een tijd, bijvoorbeeld --at "2018-03-28 12:00"/,
    en: /--at 2018-03-28: give a time too, e.g\. --at "2018-03-28 12:00"/,
  },
  {
    // The clock of these tests stands at 28 March 2018: a time alone most likely meant today.
    name: 'a time without a date, with today',
    argv: () => [...boxes('empty-ready'), '--at', '20.00'],
    nl: /--at 20\.00: geef ook een datum, bijvoorbeeld vandaag: --at "2018-03-28 20:00"/,
    en: /--at 20\.00: give a date too, e\.g\. today: --at "2018-03-28 20:00"/,
  },
  {
    name: 'a wall time the clocks skip',
    argv: () => [...boxes('empty-ready'), '--at', '2018-03-25 02.30'],
    nl: /bestaat niet in Nederland[^]*--at 2018-03-25T02:30\+01:00/,
    en: /does not exist in Europe\/Amsterdam[^]*2018-03-25T02:30\+01:00/,
  },
  {
    name: 'a gemeentecode in its CBS form',
    argv: () => [...boxes('empty-ready'), '--org', 'GM0363'],
    nl: /--org GM0363: laat "GM" weg: --org 0363\./,
    en: /--org GM0363: leave out "GM": --org 0363\./,
  },
  {
    name: 'threads out of range',
    argv: () => [...boxes('empty-ready'), '--jobs', '0'],
    nl: /--jobs 0: geef een geheel aantal threads van 1 tot en met 64/,
    en: /--jobs 0: give a whole number of threads from 1 to 64/,
  },
  {
    name: 'two reports for one terminal',
    argv: () => [...boxes('empty-ready'), '--format', 'json', '--format', 'sarif'],
    nl: /--format json en --format sarif hebben geen --output/,
    en: /--format json and --format sarif have no --output/,
  },
  {
    name: 'an output in a folder that does not exist',
    argv: () => [
      ...boxes('empty-ready'),
      '--format',
      'json',
      '--output',
      '/nonexistent-dir/r.json',
    ],
    nl: /--output \/nonexistent-dir\/r\.json: de map \/nonexistent-dir bestaat niet/,
    en: /--output \/nonexistent-dir\/r\.json: the folder \/nonexistent-dir does not exist/,
  },
  {
    name: 'a config file with empty folder lists',
    argv: () => ['--config', configFile('{"outbox": [], "inbox": []}')],
    nl: /check-ready\.config\.json:\n {2}"outbox" is een lege lijst; geef er minstens één, bijvoorbeeld "outbox": \["uit"\][^]*\n {2}"inbox" is een lege lijst/,
    en: /check-ready\.config\.json:\n {2}"outbox" is an empty list; give at least one value[^]*\n {2}"inbox" is an empty list/,
  },
  {
    name: 'a config file with a key that is none',
    argv: () => ['--config', configFile('{"outbx": "uit", "inbox": "in"}')],
    nl: /check-ready\.config\.json: onbekende sleutel "outbx"\. De sleutels heten als de opties: outbox, inbox, [^]*\. Bedoelde u "outbox"\?/,
    en: /check-ready\.config\.json: unknown key "outbx"\. The keys mirror the flags: outbox, inbox, [^]*\. Did you mean "outbox"\?/,
  },
  {
    name: 'a config file with a gemeentecode as a number',
    argv: () => ['--config', configFile('{"outbox": "uit", "inbox": "in", "org": 363}')],
    nl: /"org" moet tekst tussen aanhalingstekens of een lijst \[ … \] zijn, niet 363\. Een code houdt zijn voorloopnul alleen tussen aanhalingstekens: "org": "0363"\./,
    en: /"org" must be text in quotes or a list \[ … \], not 363\. Codes keep their leading zero only in quotes: "org": "0363"\./,
  },
  {
    name: 'a config file that is no JSON',
    argv: () => ['--config', configFile('{\n  "outbox": "uit",\n}')],
    nl: /dit is geen geldige JSON \(regel 3, kolom 1\)/,
    en: /not valid JSON at line 3, column 1/,
  },
  {
    name: 'a config file that is not there',
    argv: () => ['--config', path.join(tmp(), 'nope.json')],
    nl: /--config .*nope\.json: dit bestand bestaat niet\./,
    en: /--config .*nope\.json: no such file\./,
  },
];

describe('usage errors in the user’s language', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const c of cases) {
      it(`${lang}: ${c.name}`, async () => {
        const run = await callMain(['--lang', lang, ...c.argv()]);
        assert.equal(run.code, 2, run.stderr);
        assert.equal(run.stdout, '');
        assert.match(run.stderr, lang === 'nl' ? c.nl : c.en);
        assert.doesNotMatch(run.stderr, leak);
        assert.ok(run.stderr.startsWith('check-ready: '), run.stderr);
        if (lang === 'nl') {
          // Flags, paths and quoted values are the same in both languages; the rest must be Dutch.
          const words = run.stderr
            .replace(/--[a-z-]+/g, '')
            .replace(/"[^"]*"/g, '')
            .replace(/\S*\/\S*/g, '');
          assert.doesNotMatch(words, english);
        }
      });
    }
  }

  it('the locale decides when --lang is not given, and --lang wins over it', async () => {
    const argv = ['--outbx', 'x'];
    assert.match((await callMain(argv, { env: { LANG: 'nl_NL.UTF-8' } })).stderr, /bestaat niet/);
    assert.match((await callMain(argv, { env: { LANG: 'en_GB.UTF-8' } })).stderr, /unknown option/);
    const told = await callMain([...argv, '--lang', 'en'], { env: { LANG: 'nl_NL.UTF-8' } });
    assert.match(told.stderr, /unknown option/);
  });

  it('a config file’s own "lang" words the errors that follow it', async () => {
    const file = configFile('{"inbox": "in", "lang": "nl"}');
    const run = await callMain(['--config', file], { env: { LANG: 'C' } });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /instellingen uit .*\n.*geef ook --outbox op/);
  });

  it('every code has words in both languages that name what is wrong', () => {
    // One sample per code: the compiler checks each language has a function, this checks it says
    // something with the argument in it rather than a placeholder.
    const samples: UsageProblem[] = [
      { code: 'command-line', detail: 'X-DETAIL' },
      { code: 'outputs-outnumber-formats', outputs: 3, formats: 2 },
      { code: 'verbose-and-quiet' },
      { code: 'folder-unreadable', flag: '--inbox', given: 'X-DIR', reason: 'EACCES' },
      {
        code: 'folders-overlap',
        first: { flag: '--outbox', given: 'X-A' },
        second: { flag: '--sent', given: 'X-B' },
      },
      { code: 'output-inside-scanned', flag: '--output', file: 'X-FILE', folder: 'X-DIR' },
      { code: 'output-unwritable', file: 'X-FILE', reason: 'EACCES' },
      { code: 'config-unreadable', file: 'X-FILE', reason: 'EACCES' },
      { code: 'output-without-format', file: 'X-FILE' },
      { code: 'role', error: { kind: 'org-mixed', codes: ['0363', '12345678'] } },
      {
        code: 'role',
        error: { kind: 'role-contradicts-org', role: 'gemeente', orgRole: 'aanbieder' },
      },
      { code: 'role', error: { kind: 'conflicting-files', gemeente: ['X-G'], aanbieder: ['X-A'] } },
    ];
    for (const sample of samples) {
      const nl = usageText(sample, cliWords.nl);
      const en = usageText(sample, cliWords.en);
      assert.notEqual(nl, en, sample.code);
      const marker = /X-[A-Z]+|EACCES|0363|\b3\b|gemeente/.exec(en)?.[0];
      if (marker !== undefined) assert.ok(nl.includes(marker), `${sample.code}: ${nl}`);
      assert.doesNotMatch(nl.replace(/--[a-z-]+/g, '').replace(/X-[A-Z]+/g, ''), english, nl);
    }
  });
});

describe('choices in any case, and times as the report writes them', () => {
  const same = async (variant: string[], plain: string[]) => {
    const a = await callMain([...boxes('demo-gemeente'), ...variant]);
    const b = await callMain([...boxes('demo-gemeente'), ...plain]);
    assert.equal(a.stderr, '');
    assert.deepEqual(a, b);
    return a;
  };
  it('--at "2018-03-28 20.00" is 20:00', async () => {
    const run = await same(['--at', '2018-03-28 20.00', '--lang', 'nl'], [...at, '--lang', 'nl']);
    assert.equal(run.code, 3);
  });
  it('--role Gemeente is --role gemeente', async () => {
    await same([...at, '--role', 'Gemeente'], [...at, '--role', 'gemeente']);
  });
  it('--lang NL is --lang nl', async () => {
    const run = await same([...at, '--lang', 'NL'], [...at, '--lang', 'nl']);
    assert.match(run.stdout, /Eindtoestand Fase 1 Afsluiting/);
  });
  it('--format JSON is --format json, on the command line as in --format=JSON', async () => {
    const run = await same([...at, '--format', 'JSON'], [...at, '--format=json']);
    assert.doesNotThrow(() => JSON.parse(run.stdout));
  });
  it('parseAt: a dot between hours and minutes, one-digit hours, and the day-first fix', () => {
    const zone = 'Europe/Amsterdam';
    assert.deepEqual(parseAt('2018-03-28 20.00', zone), parseAt('2018-03-28 20:00', zone));
    assert.deepEqual(parseAt('2018-03-28 9.30', zone), parseAt('2018-03-28T09:30', zone));
    assert.deepEqual(parseAt('28-3-2018 20.00', zone), {
      ok: false,
      error: { kind: 'day-first', text: '28-3-2018 20.00', date: '2018-03-28', time: '20:00' },
    });
    // A second number above 12 is a day: the date was written month first.
    assert.deepEqual(parseAt('03/28/2018', zone), {
      ok: false,
      error: { kind: 'day-first', text: '03/28/2018', date: '2018-03-28', time: null },
    });
    assert.deepEqual(parseAt('20.00 uur', zone), {
      ok: false,
      error: { kind: 'time-only', text: '20.00 uur', time: '20:00' },
    });
    // Still refused: a dot where the seconds go is not a time the tool writes.
    assert.equal(parseAt('2018-03-28 20.00.00', zone).ok, false);
  });
});

describe('--help in the user’s language', () => {
  it('nl: titles, options and the exit codes in Dutch', async () => {
    const run = await callMain(['--help', '--lang', 'nl']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Gebruik: check-ready \[opties\]/);
    assert.match(run.stdout, /\nOpties:\n/);
    assert.match(run.stdout, /--outbox <map\.\.\.>\s+berichten die nog verstuurd moeten worden/);
    assert.match(
      run.stdout,
      /Exitcodes:\n {2}0 {2}klaar[^]*\n {2}1 {2}niet klaar[^]*\n {2}3 {2}deadline gemist[^]*\n {2}2 {2}geen oordeel/,
    );
    assert.doesNotMatch(run.stdout, /\b(Usage|Options|display help|output the version)\b/);
  });
  it('en: the exit codes in English', async () => {
    const run = await callMain(['--help'], { env: { LANG: 'C' } });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: check-ready \[options\]/);
    assert.match(
      run.stdout,
      /Exit codes:\n {2}0 {2}ready[^]*\n {2}1 {2}not-ready[^]*\n {2}3 {2}missed[^]*\n {2}2 {2}could not judge/,
    );
  });
  it('the locale chooses the help’s language too', async () => {
    const run = await callMain(['--help'], { env: { LC_ALL: 'nl_BE.UTF-8' } });
    assert.match(run.stdout, /Exitcodes:/);
  });
});
