import fs from 'node:fs';
import { Chalk } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { parseAt, type AtError } from './core/parseAt.js';
import { roles, type Role } from './core/types.js';
import { timetable2018 } from './data/timetable.js';
import { configName, findConfig, loadConfig } from './io/config.js';
import { UsageError } from './io/UsageError.js';
import { checkOutput, writeOutput } from './io/writeOutputs.js';
import { fitStepSummary } from './report/github.js';
import { formatNames, reporters, type FormatName } from './report/reporters.js';
import { words } from './report/words/index.js';
import { langs, type Lang } from './report/words/Words.js';
import { run } from './run.js';
import { toolName, toolVersion } from './version.js';

export interface Stream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** A terminal's width in characters. */
  readonly columns?: number;
}

/** Everything the CLI touches of its surroundings, handed in so tests can run it in-process. */
export interface CliParams {
  readonly argv: readonly string[];
  /** Where to look for a config file; the process's own working folder when not given. */
  readonly cwd?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly now: () => number;
}

const exitCodesHelp = `
Exit codes:
  0  ready       nothing open, missed or in error (warnings and info allowed)
  1  not-ready   something is open or in error, nothing missed: it can still be done in time
  3  missed      at least one deadline has passed with work still open
  2  could not judge: bad usage, a named folder missing or unreadable, a bad --at, an internal error

Archives: without --sent and --received the tool sees only what still waits in the outbox and
inbox, so a heenbericht read in and never answered goes unseen ("allRetoursSent" is then not
verified). With both archives it pairs every 2.1 heen with its retour across all four folders.

Times: --at 2018-03-27T17:00:00+02:00 is an exact instant; --at "2018-03-27 16:30" is
Europe/Amsterdam wall time. Without --at the tool judges the present moment.`;

interface Options {
  outbox?: string[];
  inbox?: string[];
  sent?: string[];
  received?: string[];
  exclude?: string[];
  role?: string;
  org?: string[];
  at?: string;
  format?: string[];
  output?: string[];
  lang?: string;
  verbose?: boolean;
  quiet?: boolean;
  color?: boolean;
  jobs?: string | number;
  config?: string;
  failOnEmpty?: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  value,
];

const program = (params: CliParams): Command =>
  new Command()
    .name(toolName)
    .description(
      "Checks an organisation's iJw/iWmo folders against the 2018 timetable for closing release 2.1 (Fase 1 Afsluiting).",
    )
    .version(toolVersion)
    .option('--outbox <dir...>', 'messages waiting to be sent ("nog te versturen") — required')
    .option('--inbox <dir...>', 'messages received but not yet read in — required')
    .option(
      '--sent <dir...>',
      'archive of messages sent (with --received: proves every retour was sent)',
    )
    .option('--received <dir...>', 'archive of messages received and read in')
    .option('--exclude <glob...>', 'skip paths below each folder, e.g. "verwerkt/**"')
    .addOption(new Option('--role <role>', 'whose obligations apply').choices(roles))
    .option('--org <code...>', 'own gemeentecode(s) or AGB-code(s)')
    .option('--at <time>', 'judge as if it were this moment (default: now)')
    .option(
      '--format <name>',
      `output format: ${formatNames.join(', ')} (default: text); may be repeated, each with its --output`,
      collect,
    )
    .option(
      '--output <file>',
      'write the report of the matching --format to this file; the terminal still shows the text report',
      collect,
    )
    .addOption(new Option('--lang <lang>', 'language of the words').choices(langs))
    .option(
      '--jobs <n>',
      'threads that read and judge files (default: the number of cores, at most 8)',
    )
    .option(
      '--config <file>',
      `a config file whose keys mirror these flags (default: the nearest ${configName} up to the repository root)`,
    )
    .option(
      '--fail-on-empty',
      'exit 2 when the outbox and inbox hold no file at all (for CI: a missing artefact must not pass)',
    )
    .option('--verbose', 'list every file')
    .option('--quiet', 'print only the verdict line')
    .option('--color', 'force colour on')
    .option('--no-color', 'force colour off')
    .addHelpText('after', exitCodesHelp)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => params.stdout.write(text),
      writeErr: (text) => params.stderr.write(text),
    });

/**
 * Which report goes where. On the command line each --output belongs to the --format before it;
 * in a config file the lists pair up by position. A format without an output goes to the
 * terminal — at most one; with none, the terminal shows the text report.
 */
const reportPairs = (
  argv: readonly string[],
  options: Options,
): { format: FormatName; output: string | null }[] => {
  const checked = (name: string): FormatName => {
    if (!(formatNames as string[]).includes(name)) {
      throw new UsageError(`--format ${name}: choose one of ${formatNames.join(', ')}.`);
    }
    return name as FormatName;
  };
  const pairs: { format: FormatName; output: string | null }[] = [];
  const fromCommandLine = argv.some((a) => /^--(format|output)(=|$)/.test(a));
  if (fromCommandLine) {
    for (let i = 0; i < argv.length; i++) {
      const [flag, inline] = (argv[i] ?? '').split(/=(.*)/s);
      const value = inline ?? argv[i + 1] ?? '';
      if (flag !== '--format' && flag !== '--output') continue;
      if (inline === undefined) i++;
      if (flag === '--format') pairs.push({ format: checked(value), output: null });
      else {
        const last = pairs.at(-1);
        if (last === undefined || last.output !== null) {
          throw new UsageError(
            `--output ${value}: put it right after the --format whose report it holds.`,
          );
        }
        last.output = value;
      }
    }
    if (pairs.length === 0) pairs.push({ format: 'text', output: null });
    return pairs;
  }
  const formats = options.format ?? ['text'];
  const outputs = options.output ?? [];
  if (outputs.length > formats.length) {
    throw new UsageError(
      `${outputs.length} outputs for ${formats.length} formats: give each output a format, in the same order.`,
    );
  }
  return formats.map((format, index) => ({
    format: checked(format),
    output: outputs[index] ?? null,
  }));
};

/** Flags win; the config file fills in what the command line left out. */
const withConfig = (command: Command, params: CliParams): Options => {
  const options = command.opts<Options>();
  const file =
    options.config ?? findConfig(params.cwd ?? process.cwd(), params.env.HOME ?? undefined);
  if (file === null) return options;
  if (options.config !== undefined && !fs.existsSync(file)) {
    throw new UsageError(`--config ${file}: no such file.`);
  }
  const config = loadConfig(file);
  params.stderr.write(`${toolName}: using ${file}\n`);
  const merged: Record<string, unknown> = { ...options };
  for (const [key, value] of Object.entries(config)) {
    if (command.getOptionValueSource(key) !== 'cli') merged[key] = value;
  }
  return merged as Options;
};

/** Dutch when the locale says so, by the usual precedence; else English. */
export const localeLang = (env: CliParams['env']): Lang => {
  const locale =
    [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ??
    Intl.DateTimeFormat().resolvedOptions().locale;
  return /^nl([_.-]|$)/i.test(locale) ? 'nl' : 'en';
};

/** Colour by flag, then NO_COLOR (which chalk does not read), then FORCE_COLOR, then the terminal. */
export const colourLevel = (
  flag: boolean | undefined,
  env: CliParams['env'],
  isTTY: boolean,
): 0 | 1 => {
  if (flag !== undefined) return flag ? 1 : 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return 0;
  if (env.FORCE_COLOR !== undefined && /^[123]$|^true$|^$/.test(env.FORCE_COLOR)) return 1;
  return isTTY ? 1 : 0;
};

/** The spinner draws on stderr, only for a person at a terminal, never in CI or a machine format. */
export const spinnerWanted = (
  machine: boolean,
  quiet: boolean,
  stderr: { readonly isTTY?: boolean; readonly columns?: number },
  env: CliParams['env'],
): boolean =>
  !machine &&
  !quiet &&
  stderr.isTTY === true &&
  // A terminal that reports no width (a bare pseudo-terminal) would make ora clear lines forever.
  (stderr.columns ?? 0) > 0 &&
  env.CI !== 'true' &&
  env.CI !== '1';

const atErrorText = (error: AtError): string => {
  switch (error.kind) {
    case 'invalid':
      return `--at ${error.text}: not a moment. Use ISO 8601, e.g. 2018-03-27T17:00:00+02:00, or Amsterdam wall time "2018-03-27 16:30".`;
    case 'nonexistent':
      return `--at ${error.text}: this wall time does not exist in ${error.zone} (the clocks skip it when summer time starts). Use a time outside the gap, or give an offset, e.g. ${error.text.replace(' ', 'T')}${error.before}.`;
    case 'ambiguous':
      return `--at ${error.text}: this wall time occurs twice in ${error.zone} (the clocks go back). Say which with an offset: ${error.text.replace(' ', 'T')}${error.offsets[0]} or ${error.text.replace(' ', 'T')}${error.offsets[1]}.`;
  }
};

/** Runs the tool and returns its exit code; writes nothing to stdout when the answer is 2. */
export const main = async (params: CliParams): Promise<number> => {
  const { stdout, stderr, env } = params;
  const command = program(params);
  try {
    command.parse([...params.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are answers, not failures; every other complaint is a usage error (2), never 1.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      stderr.write(`Run ${toolName} --help for usage.\n`);
      return 2;
    }
    return internalError(stderr, error);
  }
  try {
    const options = withConfig(command, params);
    if (options.outbox === undefined || options.inbox === undefined) {
      throw new UsageError(
        'name both --outbox and --inbox (on the command line or in the config file): the end state is about both.',
      );
    }
    if (options.role !== undefined && !(roles as readonly string[]).includes(options.role)) {
      throw new UsageError(`role "${options.role}": choose gemeente or aanbieder.`);
    }
    if (options.lang !== undefined && !(langs as readonly string[]).includes(options.lang)) {
      throw new UsageError(`lang "${options.lang}": choose nl or en.`);
    }
    const pairs = reportPairs(params.argv, options);
    const terminalPairs = pairs.filter((p) => p.output === null);
    if (terminalPairs.length > 1) {
      throw new UsageError(
        `${terminalPairs.map((p) => `--format ${p.format}`).join(' and ')} have no --output: only one report fits on the terminal. Give the others an --output right after their --format.`,
      );
    }
    const written = pairs.filter(
      (p): p is { format: FormatName; output: string } => p.output !== null,
    );
    const timetable = timetable2018;
    let at: number;
    if (options.at === undefined) {
      at = params.now();
    } else {
      const parsed = parseAt(options.at, timetable.zone);
      if (!parsed.ok) throw new UsageError(atErrorText(parsed.error));
      at = parsed.at;
    }
    const threads = options.jobs === undefined ? undefined : Number(options.jobs);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) {
      throw new UsageError(`--jobs ${options.jobs}: give a whole number of threads from 1 to 64.`);
    }
    if (options.verbose && options.quiet) {
      throw new UsageError('--verbose and --quiet contradict each other: choose one.');
    }
    const folders = {
      outbox: options.outbox,
      inbox: options.inbox,
      sent: options.sent ?? [],
      received: options.received ?? [],
    };
    const scanned = Object.values(folders).flat();
    written.forEach(({ output }) => checkOutput(output, '--output', scanned));
    const summaryFile = pairs.some((p) => p.format === 'github')
      ? env.GITHUB_STEP_SUMMARY
      : undefined;
    if (summaryFile !== undefined && summaryFile !== '')
      checkOutput(summaryFile, 'GITHUB_STEP_SUMMARY', scanned);
    // With files to write, the terminal shows the text report; without, the one format chosen.
    const onTerminal: FormatName = terminalPairs[0]?.format ?? 'text';
    const reporter = reporters[onTerminal];
    const textLang = (options.lang as Lang | undefined) ?? localeLang(env);
    const level = reporter.machine ? 0 : colourLevel(options.color, env, stdout.isTTY === true);
    const showSpinner = spinnerWanted(reporter.machine, options.quiet === true, stderr, env);
    const spinner = showSpinner
      ? // Loaded only for a terminal that shows it: a pipeline never pays to load it.
        (await import('ora'))
          .default({ stream: stderr as NodeJS.WritableStream, text: 'reading folders' })
          .start()
      : null;
    const result = await run({
      folders,
      exclude: options.exclude ?? [],
      role: (options.role as Role | undefined) ?? null,
      org: options.org ?? [],
      at,
      timetable,
      ...(threads === undefined ? {} : { threads }),
      failOnEmpty: options.failOnEmpty === true,
      onProgress:
        spinner === null ? undefined : (done, total) => (spinner.text = `${done}/${total} files`),
    }).finally(() => spinner?.stop());
    const render = (name: FormatName) => {
      const { machine } = reporters[name];
      // Machine formats speak English unless told, so their output never depends on the machine.
      const lang = (options.lang as Lang | undefined) ?? (machine ? 'en' : textLang);
      return reporters[name].render(result, {
        words: words[lang],
        timetable,
        chalk: new Chalk({ level: machine || name !== onTerminal ? 0 : level }),
        verbose: options.verbose === true,
        quiet: options.quiet === true,
      });
    };
    written.forEach(({ format, output }) => writeOutput(output, render(format)));
    if (summaryFile !== undefined && summaryFile !== '') {
      writeOutput(
        summaryFile,
        fitStepSummary(
          render('markdown'),
          '… (cut to fit the 1 MiB step summary; see the full report)',
        ),
        true,
      );
    }
    stdout.write(render(onTerminal));
    return result.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      stderr.write(`${toolName}: ${error.message}\n`);
      return 2;
    }
    return internalError(stderr, error);
  }
};

const internalError = (stderr: Stream, error: unknown): number => {
  // Only the error's class and message: a stack names paths of this machine, and a message from a
  // library is not quoted further than this one line.
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  stderr.write(
    `${toolName}: internal error — the tool could not judge (${text}). Please report this.\n`,
  );
  return 2;
};
