/**
 * One table of command-line cases, run twice: every case in-process through `main()`
 * (cli.main.test.ts), and those marked `bin` also through the real bin (cli.bin.test.ts), so the
 * process boundary is crossed a dozen times, not hundreds.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { boxesOf, fixture, projectDir, type BinRun } from './support/runBin.js';

export interface CliCase {
  readonly name: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly exit: 0 | 1 | 2 | 3;
  /** The whole of stdout, or a pattern it must match. With exit 2, stdout must be empty. */
  readonly stdout?: string | RegExp;
  readonly stdoutNot?: RegExp;
  /** A pattern stderr must match; without one, stderr must be empty (unless the exit is 2). */
  readonly stderr?: RegExp;
  /** Also run through the real bin. */
  readonly bin?: boolean;
}

const at = ['--at', '2018-03-27T12:00:00+02:00'];
const ansi = /\u001b\[/;
const open = [...boxesOf('aanbieder-open'), '--at', '2018-03-27 12:00'];
const version = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'))
  .version as string;

export const cliCases: readonly CliCase[] = [
  // Exit codes: the verdict.
  {
    name: '0 when ready',
    args: [...boxesOf('empty-ready'), ...at],
    exit: 0,
    stdout: /\nREADY · .*\n$/,
  },
  {
    name: '1 when something is open',
    args: [...boxesOf('aanbieder-open'), ...at],
    exit: 1,
    bin: true,
  },
  {
    name: '3 when a deadline is missed',
    args: [...boxesOf('aanbieder-declaratie-missed'), ...at],
    exit: 3,
    stdout: /\nDEADLINE MISSED · .*\n$/,
  },
  // Answers that are not judgements.
  {
    name: '--help answers with 0 and documents the exit codes',
    args: ['--help'],
    exit: 0,
    stdout:
      /Exit codes:\n\s+0\s+ready[\s\S]+1\s+not-ready[\s\S]+3\s+missed[\s\S]+2\s+could not judge/,
    bin: true,
  },
  {
    name: '--version answers with the package version',
    args: ['--version'],
    exit: 0,
    stdout: `${version}\n`,
    bin: true,
  },
  // Usage errors: 2, nothing on stdout, one clear sentence on stderr.
  {
    name: 'no --outbox',
    args: ['--inbox', fixture('empty-ready', 'inbox'), ...at],
    exit: 2,
    stderr: /--outbox/,
  },
  {
    name: 'no --inbox',
    args: ['--outbox', fixture('empty-ready', 'outbox'), ...at],
    exit: 2,
    stderr: /--inbox/,
  },
  {
    name: 'a folder that does not exist',
    args: [
      '--outbox',
      'fixtures/empty-ready/outbx',
      '--inbox',
      fixture('empty-ready', 'inbox'),
      ...at,
    ],
    exit: 2,
    stderr: /no such folder/,
    bin: true,
  },
  {
    name: 'a file named as a folder',
    args: ['--outbox', 'package.json', '--inbox', fixture('empty-ready', 'inbox'), ...at],
    exit: 2,
    stderr: /not a folder/,
  },
  {
    name: 'the same folder twice',
    args: [
      '--outbox',
      fixture('empty-ready', 'outbox'),
      '--inbox',
      './fixtures/empty-ready/outbox/',
      ...at,
    ],
    exit: 2,
    stderr: /same folder/,
  },
  {
    name: 'one folder inside another',
    args: [
      ...boxesOf('aanbieder-open').slice(0, 2),
      '--inbox',
      fixture('empty-ready', 'inbox'),
      '--sent',
      fixture('aanbieder-open', 'outbox/retour'),
      ...at,
    ],
    exit: 2,
    stderr: /overlap/,
  },
  {
    name: 'an unknown option',
    args: [...boxesOf('empty-ready'), '--colour', ...at],
    exit: 2,
    stderr: /unknown option/,
    bin: true,
  },
  {
    name: 'an unknown format',
    args: [...boxesOf('empty-ready'), '--format', 'xml', ...at],
    exit: 2,
    stderr: /xml/,
  },
  {
    name: 'an --at that is no moment',
    args: [...boxesOf('empty-ready'), '--at', 'tomorrow'],
    exit: 2,
    stderr: /not a moment/,
  },
  {
    name: 'a wall time that does not exist',
    args: [...boxesOf('empty-ready'), '--at', '2018-03-25 02:30'],
    exit: 2,
    stderr: /does not exist in Europe\/Amsterdam.*2018-03-25T02:30\+01:00/s,
  },
  {
    name: 'a wall time that occurs twice',
    args: [...boxesOf('empty-ready'), '--at', '2018-10-28 02:30'],
    exit: 2,
    stderr: /occurs twice.*2018-10-28T02:30\+02:00 or 2018-10-28T02:30\+01:00/s,
  },
  {
    name: 'a bad --org',
    args: [...boxesOf('empty-ready'), '--org', '12345', ...at],
    exit: 2,
    stderr: /--org 12345/,
  },
  {
    name: '--role against --org',
    args: [...boxesOf('empty-ready'), '--org', '0363', '--role', 'aanbieder', ...at],
    exit: 2,
    stderr: /contradicts --org/,
  },
  {
    name: '--verbose with --quiet',
    args: [...boxesOf('empty-ready'), '--verbose', '--quiet', ...at],
    exit: 2,
    stderr: /contradict/,
  },
  {
    name: 'two formats for the terminal',
    args: [...open, '--format', 'json', '--format', 'junit'],
    exit: 2,
    stderr: /only one report fits on the terminal/,
  },
  {
    name: 'more outputs than formats',
    args: [
      ...open,
      '--format',
      'json',
      '--output',
      '/tmp/check-ready-a.json',
      '--output',
      '/tmp/check-ready-b.json',
    ],
    exit: 2,
    stderr: /right after the --format/,
  },
  {
    name: 'an --output inside a scanned folder',
    args: [...open, '--format', 'json', '--output', 'fixtures/aanbieder-open/inbox/report.json'],
    exit: 2,
    stderr: /lies inside the scanned folder/,
  },
  {
    name: 'role-conflict names files on each side and suggests --role',
    args: [...boxesOf('role-conflict'), '--at', '2018-03-27 12:00'],
    exit: 2,
    stderr:
      /only a gemeente would hold:\n\s+fixtures\/role-conflict\/outbox\/toewijzing-jw301\.xml[\s\S]*only an aanbieder would hold:\n\s+fixtures\/role-conflict\/inbox\/toewijzing-jw301\.xml[\s\S]*--role gemeente or --role aanbieder/,
  },
  // The language of the words follows the locale when --lang is not given.
  {
    name: 'Dutch under a Dutch locale',
    args: [...boxesOf('empty-ready'), '--at', '2018-03-29 14:00'],
    env: { LANG: 'nl_NL.UTF-8' },
    exit: 0,
    stdout: /\nKLAAR · .*\n$/,
    bin: true,
  },
  {
    name: 'English under an English locale',
    args: [...boxesOf('empty-ready'), '--at', '2018-03-29 14:00'],
    env: { LANG: 'en_GB.UTF-8' },
    exit: 0,
    stdout: /\nREADY · .*\n$/,
  },
  {
    name: 'LC_ALL wins over LANG',
    args: [...boxesOf('empty-ready'), '--at', '2018-03-29 14:00'],
    env: { LC_ALL: 'nl_NL.UTF-8', LANG: 'en_GB.UTF-8' },
    exit: 0,
    stdout: /\nKLAAR · .*\n$/,
  },
  // Colour: flag, then NO_COLOR, then FORCE_COLOR, then the terminal; machine formats never.
  { name: 'no colour when stdout is not a terminal', args: open, exit: 1, stdoutNot: ansi },
  {
    name: 'colour with FORCE_COLOR=1',
    args: open,
    env: { FORCE_COLOR: '1' },
    exit: 1,
    stdout: ansi,
    bin: true,
  },
  { name: 'colour with --color', args: [...open, '--color'], exit: 1, stdout: ansi },
  {
    name: 'NO_COLOR wins over FORCE_COLOR',
    args: open,
    env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    exit: 1,
    stdoutNot: ansi,
  },
  {
    name: '--color wins over NO_COLOR',
    args: [...open, '--color'],
    env: { NO_COLOR: '1' },
    exit: 1,
    stdout: ansi,
  },
  {
    name: 'JSON is never coloured',
    args: [...open, '--format', 'json', '--color'],
    env: { FORCE_COLOR: '3' },
    exit: 1,
    stdoutNot: ansi,
  },
  // The verdict and the exit code never depend on the presentation.
  {
    name: '--quiet prints only the headline',
    args: [...open, '--quiet', '--lang', 'en'],
    exit: 1,
    stdout: 'NOT READY · 5 messages need action · next deadline Tue 27 Mar 17:00 (5 hours left)\n',
  },
  {
    name: '--verbose keeps the verdict',
    args: [...open, '--verbose'],
    exit: 1,
    stdout: /\nNOT READY · .*\n$/,
  },
  {
    name: '--lang nl keeps the verdict',
    args: [...open, '--lang', 'nl'],
    exit: 1,
    stdout: /\nNIET KLAAR · .*\n$/,
  },
  {
    name: 'junit keeps the verdict',
    args: [...open, '--format', 'junit'],
    exit: 1,
    stdout: /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites>\n[\s\S]*<\/testsuites>\n$/,
  },
  {
    name: 'github keeps the verdict',
    args: [...open, '--format', 'github'],
    exit: 1,
    stdout: /^(::(error|warning|notice) [^\n]*\n)+$/,
  },
  {
    name: 'markdown keeps the verdict',
    args: [...open, '--format', 'markdown'],
    exit: 1,
    stdout: /^# check-ready — [\s\S]*\*\*NOT READY\*\*/,
  },
  {
    name: 'sarif keeps the verdict',
    args: [...open, '--format', 'sarif'],
    exit: 1,
    stdout: /^\{\n {2}"\$schema"/,
  },
  // The subcommands: the main command needs no name, the others do.
  {
    name: '--help lists the subcommands',
    args: ['--help'],
    exit: 0,
    stdout:
      /\nCommands:\n\s+timetable \[options\][\s\S]*\n\s+explain \[options\] <rule-id\|file\.\.\.>/,
  },
  {
    name: 'timetable --help shows its options and its exit codes',
    args: ['timetable', '--help'],
    exit: 0,
    stdout:
      /^Usage: check-ready timetable \[options\][\s\S]*--check <file>[\s\S]*--format <name>[\s\S]*Exit codes:\n\s+0\s+the timetable was printed[\s\S]*\n\s+2\s+could not/,
    stdoutNot: /--outbox/,
    bin: true,
  },
  {
    name: 'explain --help in Dutch shows its argument and its exit codes',
    args: ['explain', '--help', '--lang', 'nl'],
    exit: 0,
    stdout:
      /^Gebruik: check-ready explain \[opties\] <regel-id\|bestand\.\.\.>[\s\S]*Argumenten:[\s\S]*Exitcodes:\n\s+0\s+uitgelegd\n\s+2\s+geen antwoord/,
  },
  {
    name: 'timetable: a role at a moment, rows in time order with their state',
    args: ['timetable', '--role', 'gemeente', '--at', '2018-03-27 12:00', '--lang', 'en'],
    exit: 0,
    stdout:
      /^Migration iJw\/iWmo 2\.1 to 2\.2 \(ijw-iwmo-2\.1-2\.2-2018: 2\.1 → 2\.2\)\nMoment: Tue 27 Mar 2018 12:00\nPhase: afsluiting \(closing 2\.1\)\nRole: gemeente\n\nD3 +Tue 27 Mar 2018 17:00 +all toewijzingen sent \(301\) \(deadline, gemeente\) — 5 hours left\n[\s\S]*\nB4 +Tue 3 Apr 2018 13:00 +2\.2 in use \(phase, both\) — 7 days and 1 hour left\n$/,
    // D1 and D2 are the aanbieder's.
    stdoutNot: /\n(D1|D2) /,
    bin: true,
  },
  {
    name: 'timetable in Dutch: passed rows, the phase, and inferred rows flagged once',
    args: [
      'timetable',
      '--timetable',
      'ijw-iwmo-2.3-2.4-2020',
      '--at',
      '2020-03-20 12:00',
      '--lang',
      'nl',
    ],
    exit: 0,
    stdout:
      /^Migratie iJw\/iWmo 2\.3 naar 2\.4 [^\n]*\nMoment: vr 20 mrt 2020 12\.00 uur\nFase: afsluiting \(2\.3 afronden\)\nRol: elke rol\n\nD1 +wo 18 mrt 2020 23\.00 uur [^\n]* — voorbij\n[\s\S]*\nB1 [^\n]* — nog 5 dagen en 5 uur \[afgeleid\]\n[\s\S]*\nLIVE [^\n]* — nog 10 dagen\n\nRegels met "afgeleid" staan in geen bron: controleer ze tegen het draaiboek\.\n$/,
  },
  {
    name: 'timetable --check: a valid file, one line and 0',
    args: ['timetable', '--check', 'examples/zeeland-ijw-2019.json'],
    exit: 0,
    stdout: 'examples/zeeland-ijw-2019.json: valid (zeeland-ijw-2019, 7 rows).\n',
  },
  {
    name: 'timetable --check: a file that is no timetable, its problems on stderr and 2',
    args: ['timetable', '--check', 'package.json', '--lang', 'nl'],
    exit: 2,
    stderr: /^check-ready: package\.json: het bestand mist de sleutel "rows"\./m,
  },
  {
    name: 'timetable: a bad --at is a usage error',
    args: ['timetable', '--at', '27-03-2018'],
    exit: 2,
    stderr: /--at 27-03-2018/,
  },
  {
    name: 'timetable: no json for formats that do not apply',
    args: ['timetable', '--format', 'sarif'],
    exit: 2,
    stderr: /--format sarif: choose text or json/,
  },
  {
    name: 'explain: a rule, in English',
    args: ['explain', 'unsent-heen', '--lang', 'en'],
    exit: 0,
    stdout:
      /^Rule unsent-heen \(error\): [^\n]+\n\nWhat it means:\n {2}\S[^\n]+\n\nWhat to do:\n {2}\S[^\n]+\n$/,
    bin: true,
  },
  {
    name: 'explain: a rule, in Dutch',
    args: ['explain', 'early-release', '--lang', 'nl'],
    exit: 0,
    stdout:
      /^Regel early-release \(waarschuwing\): [^\n]+\n\nWat het betekent:\n[\s\S]+\nWat te doen:\n/,
  },
  {
    name: 'explain: an unknown rule names the one most likely meant',
    args: ['explain', 'unsend-heen'],
    exit: 2,
    stderr: /^check-ready: unsend-heen: no such rule\. Did you mean unsent-heen\?/,
  },
  {
    name: 'explain <file…>: what each file is, the row that binds it, its state and what to do',
    args: [
      'explain',
      'fixtures/aanbieder-open/outbox/verzoek-jw315.xml',
      '--at',
      '2018-03-27 12:00',
      '--lang',
      'en',
    ],
    exit: 0,
    stdout:
      /^fixtures\/aanbieder-open\/outbox\/verzoek-jw315\.xml\n {2}judged in: outbox\n {2}message: iJw JW315 \(verzoek om toewijzing\)\n {2}release: 2\.1\n {2}heen or retour: heen\n {2}sender: 73730123\n {2}receiver: 0363\n {2}Identificatie: VZ-0042\n {2}Dagtekening: 2018-03-26\n {2}unsent-heen: [^\n]* — due before D2 \(Tue 27 Mar 2018 17:00\)\n {4}→ Send it before Tue 27 Mar 17:00 \(5 hours left\)\./,
    bin: true,
  },
  {
    name: 'explain <file…> in Dutch, judged as in the inbox, after its row has passed',
    args: [
      'explain',
      'fixtures/aanbieder-open/inbox/toewijzing-jw301.xml',
      '--box',
      'inbox',
      '--at',
      '2018-03-30 12:00',
      '--lang',
      'nl',
    ],
    exit: 0,
    stdout:
      /^fixtures\/aanbieder-open\/inbox\/toewijzing-jw301\.xml\n {2}beoordeeld in: inbox\n[\s\S]*\n {2}unread: [^\n]*is nog niet ingelezen — D7 \(do 29 mrt 2018 23\.00 uur\) is voorbij\n {4}→ /,
    stdoutNot: /unsent/,
  },
  {
    // A declaratie sent to gemeente 0363: with --org 0363 it lies in the inbox, without --box.
    name: 'explain <file…> with --org and no --box: judged in the box where that party keeps it',
    args: [
      'explain',
      'fixtures/demo-gemeente/inbox/ib/declaratie-jw303-DC-J-5521.xml',
      '--org',
      '0363',
      '--at',
      '2018-03-28 20:00',
      '--lang',
      'en',
    ],
    exit: 0,
    stdout: /^\S+\n {2}judged in: inbox\n[\s\S]*\n {2}unanswered: [\s\S]*\n {2}unread: /,
    stdoutNot: /unsent-heen|agree with gemeente 0363/,
  },
  {
    name: 'explain archive!entry: only that entry of a ZIP',
    args: [
      'explain',
      'fixtures/zip-download/inbox/download-0327.zip!berichten/wmo304-DC-0077.xml',
      '--box',
      'inbox',
      '--role',
      'aanbieder',
      '--at',
      '2018-03-27 12:00',
      '--format',
      'json',
    ],
    exit: 0,
    stdout:
      /^\{\n {2}"timetable": "ijw-iwmo-2\.1-2\.2-2018",\n {2}"at": "2018-03-27T12:00:00\+02:00",\n {2}"role": "aanbieder",\n {2}"files": \[\n {4}\{\n {6}"path": "fixtures\/zip-download\/inbox\/download-0327\.zip!berichten\/wmo304-DC-0077\.xml",\n {6}"box": "inbox",[\s\S]*"message": "WMO304"[\s\S]*"rule": "unread"[\s\S]*\n {2}\],\n {2}"ignored": \[\]\n\}\n$/,
    stdoutNot: /jw301-ZP-0043/,
  },
  {
    name: 'explain <file…>: a retour names who sends it, not the Afzender it copies from the heen',
    args: [
      'explain',
      'fixtures/aanbieder-open/outbox/retour/wmo302-TW18-00412.xml',
      '--lang',
      'en',
    ],
    exit: 0,
    stdout: /\n {2}sender: 73730123\n {2}receiver: 0363\n/,
  },
  {
    name: 'explain: a file that is not there',
    args: ['explain', 'fixtures/aanbieder-open/outbox/nope.xml', '--lang', 'nl'],
    exit: 2,
    stderr: /^check-ready: fixtures\/aanbieder-open\/outbox\/nope\.xml: dit bestand bestaat niet/,
  },
  {
    name: 'explain: an archive without that entry',
    args: ['explain', 'fixtures/zip-download/inbox/download-0327.zip!berichten/nope.xml'],
    exit: 2,
    stderr: /download-0327\.zip!berichten\/nope\.xml: no such file/,
  },
  {
    name: 'the main command still refuses a stray word',
    args: ['timetabel', ...boxesOf('empty-ready')],
    exit: 2,
    stderr: /timetabel: a value without its flag/,
  },
];

/** Checks one run against its case; shared with the bin runner. */
export const checkCase = (c: CliCase, run: BinRun) => {
  assert.equal(run.code, c.exit, `exit code\n${run.stderr}`);
  if (c.exit === 2) assert.equal(run.stdout, '', 'nothing on stdout when the tool could not judge');
  if (typeof c.stdout === 'string') assert.equal(run.stdout, c.stdout);
  else if (c.stdout !== undefined) assert.match(run.stdout, c.stdout);
  if (c.stdoutNot !== undefined) assert.doesNotMatch(run.stdout, c.stdoutNot);
  if (c.stderr !== undefined) assert.match(run.stderr, c.stderr);
  else if (c.exit !== 2) assert.equal(run.stderr, '');
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
};
