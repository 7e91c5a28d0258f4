import { closest } from '../../core/closest.js';
import type { SchemaProblem } from '../../core/UsageProblem.js';
import { formatNames } from '../../report/reporters.js';
import { printable } from '../../report/printable.js';
import type { CliWords } from './CliWords.js';
import { exampleOrg, exampleValue, isoWall, jsonText, orgGuess, orList } from './shared.js';

const typeName: Readonly<Record<string, string>> = {
  string: 'text in quotes',
  array: 'a list [ … ]',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object { … }',
  null: 'null',
};

const schemaProblem = (p: SchemaProblem): string => {
  switch (p.kind) {
    case 'not-json':
      return p.line === null
        ? 'not valid JSON. Check the commas, quotes and brackets.'
        : `not valid JSON at line ${p.line}, column ${p.column}. Check the commas, quotes and brackets there.`;
    case 'unknown-key': {
      const guess = closest(p.key, p.allowed);
      return `unknown key "${p.path}". The keys mirror the flags: ${p.allowed.join(', ')}.${guess === null ? '' : ` Did you mean "${guess}"?`}`;
    }
    case 'enum': {
      const guess = typeof p.value === 'string' ? closest(p.value, p.allowed.map(String)) : null;
      return `"${p.path}" is ${jsonText(p.value)}; choose ${orList(p.allowed.map(jsonText), 'or')}.${guess === null ? '' : ` Did you mean "${guess}"?`}`;
    }
    case 'min-items':
      return `"${p.path}" is an empty list; give at least ${p.min === 1 ? 'one value' : `${p.min} values`}, e.g. "${p.path}": ["${p.path.startsWith('org') ? '0363' : 'uit'}"]. An empty list would judge nothing and pass as "ready".`;
    case 'min-length':
      return `"${p.path}" is empty text; give a value.`;
    case 'type': {
      const lead =
        p.path.startsWith('org') && typeof p.value === 'number'
          ? ` Codes keep their leading zero only in quotes: "org": "${exampleOrg(p.value)}".`
          : '';
      return `${p.path === '' ? 'the file' : `"${p.path}"`} must be ${orList(
        p.expected.map((t) => typeName[t] ?? t),
        'or',
      )}, not ${jsonText(p.value)}.${lead}`;
    }
    case 'pattern':
      return p.path.startsWith('org')
        ? `"${p.path}" is "${p.value}": a gemeentecode has 4 digits (e.g. "0363"), an AGB-code 8.`
        : `"${p.path}" is "${p.value}", which does not have the required form (${p.pattern}).`;
    case 'range':
      return `"${p.path}" is ${p.value}; give a number${p.min === null ? '' : ` from ${p.min}`}${p.max === null ? '' : ` up to ${p.max}`}.`;
    case 'other':
      return `"${p.path}" does not meet its schema (rule "${p.keyword}").`;
  }
};

export const en: CliWords = {
  lang: 'en',
  problem: {
    'unknown-option': (p) =>
      `${p.flag}: unknown option.${p.suggestion === null ? '' : ` Did you mean ${p.suggestion}?`}`,
    'option-missing-value': (p) =>
      `${p.flag} needs a value, e.g. ${p.flag} ${exampleValue(p.flag)}.`,
    'excess-arguments': (p) =>
      `${p.args.map((a) => printable(a)).join(' ')}: a value without its flag. Folders are named with --outbox, --inbox, --sent and --received.`,
    'command-line': (p) => p.detail,
    'file-missing': (p) => `${printable(p.file)}: no such file (or no such entry in the archive).`,
    'unknown-rule': (p) =>
      `${printable(p.rule)}: no such rule.${p.suggestion === null ? '' : ` Did you mean ${p.suggestion}?`} The rules are listed in the README's Rules section.`,
    choice: (p) =>
      `${p.flag} ${p.value}: choose ${orList(p.choices, 'or')}.${p.suggestion === null ? '' : ` Did you mean ${p.flag} ${p.suggestion}?`}`,
    'folders-required': (p) =>
      `name ${p.missing.length === 2 ? 'both --outbox and --inbox' : p.missing.join('')} (on the command line or in the config file): the end state is about both. For example:\n  check-ready --outbox /data/messages/out --inbox /data/messages/in`,
    'config-missing': (p) => `--config ${printable(p.file)}: no such file.`,
    'config-unreadable': (p) =>
      `${printable(p.file)}: cannot be read (${p.reason}). Run as a user who may read it.`,
    schema: (p) =>
      p.problems.length === 1
        ? `${printable(p.file)}: ${schemaProblem(p.problems[0]!)}`
        : [`${printable(p.file)}:`, ...p.problems.map((x) => `  ${schemaProblem(x)}`)].join('\n'),
    'output-without-format': (p) =>
      `--output ${printable(p.file)}: put it right after the --format whose report it holds, e.g. --format json --output ${printable(p.file)}.`,
    'outputs-outnumber-formats': (p) =>
      `${p.outputs} outputs for ${p.formats} formats: give each output a format, in the same order.`,
    'terminal-formats': (p) =>
      `${p.formats.map((f) => `--format ${f}`).join(' and ')} have no --output: only one report fits on the terminal. Give the others an --output right after their --format.`,
    jobs: (p) => `--jobs ${p.value}: give a whole number of threads from 1 to 64.`,
    'root-missing': (p) =>
      `${p.fromEnv ?? '--root'} ${printable(p.given)}: no such folder. Name the folder that machine formats write paths against with --root.`,
    'verbose-and-quiet': () => '--verbose and --quiet contradict each other: choose one.',
    at: ({ error, today }) => {
      switch (error.kind) {
        case 'invalid':
          return `--at ${error.text}: not a moment. Write year-month-day and a time, e.g. --at "2020-03-25 12:00" (Dutch time), or ISO 8601 with an offset, e.g. 2020-03-25T12:00:00+01:00.`;
        case 'day-first':
          return error.time === null
            ? `--at ${error.text}: put the year first and give a time too, e.g. --at "${error.date} 12:00" (Dutch time).`
            : `--at ${error.text}: put the year first: --at "${error.date} ${error.time}" (Dutch time).`;
        case 'date-only':
          return `--at ${error.text}: give a time too, e.g. --at "${error.date} 12:00" (Dutch time).`;
        case 'time-only':
          return `--at ${error.text}: give a date too, e.g. today: --at "${today} ${error.time}" (Dutch time).`;
        case 'nonexistent':
          return `--at ${error.text}: this wall time does not exist in ${error.zone} (the clocks skip it when summer time starts). Use a time outside the gap, or give an offset, e.g. ${isoWall(error.text)}${error.before}.`;
        case 'ambiguous':
          return `--at ${error.text}: this wall time occurs twice in ${error.zone} (the clocks go back). Say which with an offset: ${isoWall(error.text)}${error.offsets[0]} or ${isoWall(error.text)}${error.offsets[1]}.`;
      }
    },
    role: ({ error }) => {
      switch (error.kind) {
        case 'org-invalid':
          return `--org ${error.code}: ${orgAdvice(error.code)}`;
        case 'org-mixed':
          return `--org ${error.codes.join(' ')}: mixes gemeentecodes and AGB-codes. Give the codes of one organisation, all of one role.`;
        case 'role-contradicts-org':
          return `--role ${error.role} contradicts --org, whose codes are ${error.orgRole === 'aanbieder' ? 'an' : 'a'} ${error.orgRole}'s. Drop one of them or correct it.`;
        case 'conflicting-files':
          return [
            'The messages disagree about whose folders these are. Files that only a gemeente would hold:',
            ...error.gemeente.map((p) => `  ${printable(p)}`),
            'Files that only an aanbieder would hold:',
            ...error.aanbieder.map((p) => `  ${printable(p)}`),
            'Say whose they are with --role gemeente or --role aanbieder (or --org with your codes).',
          ].join('\n');
        case 'swapped-folders':
          return [
            error.byOrg
              ? 'Are --outbox and --inbox swapped? No message in the outbox is sent by the --org codes, and no message in the inbox is addressed to them.'
              : 'Are --outbox and --inbox swapped? The outbox holds messages of several senders, all to one code, and the inbox messages all come from that code.',
            `  outbox: ${printable(error.outbox)}`,
            `  inbox:  ${printable(error.inbox)}`,
            error.byOrg
              ? 'Name the folders the other way round, or check --org.'
              : 'Name the folders the other way round, or say whose they are with --org.',
          ].join('\n');
        case 'org-unmatched':
          return [
            `--org ${error.org.join(' ')} is in none of the messages: the outbox is sent by ${error.codes.join(', ')}, and the inbox is addressed to ${error.codes.length === 1 ? 'it' : 'them'}.`,
            `  outbox: ${printable(error.outbox)}`,
            `  inbox:  ${printable(error.inbox)}`,
            `Check --org: these folders are those of ${error.codes.join(', ')}.`,
          ].join('\n');
      }
    },
    'folder-missing': (p) =>
      `${p.flag} ${printable(p.given)}: no such folder (looked for ${printable(p.absolute)}). Check the path; an empty folder is fine, a missing one is not.`,
    'folder-not-folder': (p) =>
      `${p.flag} ${printable(p.given)} is a file, not a folder. Name the folder that holds the messages, e.g. ${p.flag} ${p.flag.slice(2)}.`,
    'folder-unreadable': (p) =>
      `${p.flag} ${printable(p.given)}: cannot be read (${p.reason}). Run as a user who may read it.`,
    'folders-same': (p) =>
      `${p.first.flag} ${printable(p.first.given)} and ${p.second.flag} ${printable(p.second.given)} are the same folder. Name each folder once.`,
    'folders-overlap': (p) =>
      `${p.first.flag} ${printable(p.first.given)} and ${p.second.flag} ${printable(p.second.given)} overlap: one lies inside the other. Name folders that do not contain each other.`,
    'output-folder-missing': (p) =>
      `${p.flag} ${printable(p.file)}: the folder ${printable(p.folder)} does not exist.`,
    'output-inside-scanned': (p) =>
      `${p.flag} ${printable(p.file)} lies inside the scanned folder ${printable(p.folder)}; the tool never writes there. Write the report elsewhere.`,
    'output-unwritable': (p) =>
      `cannot write ${printable(p.file)} (${p.reason}). Choose a file you may write.`,
    'no-files': (p) =>
      `no file at all was found in the outbox (${p.outbox.map((f) => printable(f)).join(', ')}) and the inbox (${p.inbox.map((f) => printable(f)).join(', ')}), and --fail-on-empty says that must not pass. Check the paths, or that the job that fills them ran.`,
  },
  seeHelp: (tool) => `Run ${tool} --help for usage.`,
  usingConfig: (file) => `using ${printable(file)}`,
  internalError: (detail) =>
    `internal error — the tool could not judge (${detail}). Please report this.`,
  progress: {
    reading: 'reading folders',
    files: (done, total) => `${done}/${total} files`,
  },
  summaryCut: '… (cut to fit the 1 MiB step summary; see the full report)',
  help: {
    description:
      "Checks an organisation's iJw/iWmo folders against the timetable for closing a release (Fase 1 Afsluiting).",
    usage: '[options]',
    titles: {},
    option: {
      outbox: 'messages waiting to be sent ("nog te versturen") — required',
      inbox: 'messages received but not yet read in — required',
      sent: 'archive of messages sent (with --received: proves every retour was sent)',
      received: 'archive of messages received and read in',
      exclude: 'skip paths below each folder, e.g. "verwerkt/**"',
      role: 'whose obligations apply',
      org: 'own gemeentecode(s) or AGB-code(s)',
      at: 'judge as if it were this moment: year-month-day and time in Dutch time, "yyyy-mm-dd hh:mm" (default: now)',
      format: `output format: ${formatNames.join(', ')} (default: text); may be repeated, each with its --output`,
      output:
        'write the report of the matching --format to this file; the terminal still shows the text report',
      lang: 'language of the words, the errors and this help',
      jobs: 'threads that read and judge files (default: the number of cores, at most 8)',
      root: 'write paths in machine formats relative to this folder (default: $GITHUB_WORKSPACE or $CI_PROJECT_DIR when set, else the working folder)',
      timetable: (shipped, fallback) =>
        `the timetable to judge against: a timetable file, or the id of one that ships with check-ready (${shipped.join(', ')}; default: ${fallback})`,
      config:
        'a config file whose keys mirror these flags (default: the nearest check-ready.config.json up to the repository root)',
      failOnEmpty:
        'exit 2 when the outbox and inbox hold no file at all (for CI: a missing artefact must not pass)',
      verbose: 'list every file',
      quiet: 'print only the verdict line (notices about the run go to standard error)',
      color: 'force colour on',
      noColor: 'force colour off',
      ascii:
        "draw the text report's timeline in plain ASCII (default when the locale is not UTF-8)",
      help: 'show this help',
      version: 'show the version',
      box: 'judge the files as if they lay in this box (default: where --role or --org keeps each message, else outbox)',
      check: 'only check this timetable file: "valid" and 0, or its problems and 2',
      timetableFormat: 'output format: text or json (default: text)',
    },
    value: {
      dir: 'dir',
      glob: 'glob',
      role: 'role',
      code: 'code',
      time: 'time',
      name: 'name',
      file: 'file',
      timetable: 'file|id',
      lang: 'lang',
      n: 'n',
      box: 'box',
    },
    choices: (choices) => `(choices: ${choices.join(', ')}; upper or lower case)`,
    after: `
Exit codes:
  0  ready       nothing open, missed or in error (warnings and info allowed)
  1  not-ready   something is open or in error, nothing missed: it can still be done in time
  3  missed      at least one deadline has passed with work still open
  2  could not judge: bad usage, a named folder missing or unreadable, a bad --at, an internal error

Archives: without --sent and --received the tool sees only what still waits in the outbox and
inbox, so a heenbericht read in and never answered goes unseen ("allRetoursSent" is then not
verified). With both archives it pairs every heen of the old release with its retour across all four folders.

Times: --at 2020-03-25T17:00:00+01:00 is an exact instant; --at "2020-03-25 16:30" (or 16.30) is
Europe/Amsterdam wall time. Without --at the tool judges the present moment.`,
    commands: {
      timetable: {
        description:
          'print the timetable for a role at a moment: every row in time order, its state, the phase; or check a timetable file with --check',
        usage: '[options]',
        after: `
Exit codes:
  0  the timetable was printed, or the file given to --check is valid
  2  could not: bad usage, a bad --at, or a timetable file with problems (listed on stderr)`,
      },
      explain: {
        description:
          'explain a rule (what it means, what to do), or message files: what each is, the row that binds it and its state, and what to do',
        usage: '[options] <rule-id|file...>',
        argumentName: 'rule-id|file',
        argument:
          'a rule id, as in a report (e.g. unsent-heen); or message files, a ZIP entry as archive.zip!entry',
        after: `
Exit codes:
  0  explained
  2  could not: bad usage, no such rule or file, a bad --at or timetable file`,
      },
    },
  },
};

const orgAdvice = (code: string): string => {
  if (/^GM\d{4}$/i.test(code)) return `leave out "GM": --org ${code.slice(2)}.`;
  if (/^\d{1,3}$/.test(code))
    return `a gemeentecode has 4 digits with its leading zero: --org ${code.padStart(4, '0')}.`;
  const guess = orgGuess(code);
  return `a gemeentecode has 4 digits (e.g. 0363), an AGB-code 8.${guess === null ? '' : ` Did you mean ${guess}?`}`;
};
