import fs from 'node:fs';
import { Chalk } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import type { CliWords } from './cli/words/CliWords.js';
import { cliWords, usageText } from './cli/words/index.js';
import { closest } from './core/closest.js';
import { parseAt } from './core/parseAt.js';
import { boxes, roles, type Role } from './data/types.js';
import type { Flag, UsageProblem } from './core/UsageProblem.js';
import { findConfig, loadConfig } from './io/config.js';
import { defaultTimetableId, loadTimetable, shippedTimetables } from './io/loadTimetable.js';
import { timetableProblemText } from './report/words/timetableProblems.js';
import { rootPaths } from './io/rootPaths.js';
import { UsageError } from './io/UsageError.js';
import { atError } from './cli/atError.js';
import { checkOutput, writeOutput } from './io/writeOutputs.js';
import { fitStepSummary } from './report/github.js';
import { runNoticeTexts } from './report/notices.js';
import { formatNames, reporters, type FormatName } from './report/reporters.js';
import type { ReportContext } from './report/ReportContext.js';
import { words } from './report/words/index.js';
import { langs, type Lang } from './report/words/Words.js';
import { run } from './run.js';
import {
  explainCommand,
  timetableCommand,
  timetableFormats,
  type SubcommandOptions,
} from './cli/commands.js';
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
  ascii?: boolean;
  jobs?: string | number;
  config?: string;
  root?: string;
  failOnEmpty?: boolean;
  timetable?: string;
}

const collect = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  value,
];

/**
 * A choice, whatever its case (`--role Gemeente`, `--lang NL`); anything else is a usage error
 * that names the choices and the one most likely meant.
 */
const choice = <T extends string>(flag: Flag, value: string, choices: readonly T[]): T => {
  const found = choices.find((c) => c === value.toLowerCase());
  if (found !== undefined) return found;
  throw new UsageError({
    code: 'choice',
    flag,
    value,
    choices,
    suggestion: closest(value, choices),
  });
};

/** Which command the arguments chose, with its own options and arguments. */
type Chosen =
  | { readonly name: 'check'; readonly command: Command }
  | { readonly name: 'timetable'; readonly command: Command }
  | { readonly name: 'explain'; readonly command: Command; readonly names: readonly string[] };

const roleOption = (w: CliWords) =>
  new Option(
    `--role <${w.help.value.role}>`,
    `${w.help.option.role} ${w.help.choices(roles)}`,
  ).argParser((v) => choice('--role', v, roles));
const langOption = (w: CliWords) =>
  new Option(
    `--lang <${w.help.value.lang}>`,
    `${w.help.option.lang} ${w.help.choices(langs)}`,
  ).argParser((v) => choice('--lang', v, langs));

/**
 * The main command is the program itself, so `check-ready --outbox … --inbox …` needs no command
 * name; `timetable` and `explain` are subcommands. Options are positional: those before a
 * subcommand's name are the main command's, those after it the subcommand's own.
 */
const program = (params: CliParams, w: CliWords, choose: (chosen: Chosen) => void): Command => {
  const o = w.help.option;
  const v = w.help.value;
  const root: Command = new Command()
    .name(toolName)
    .usage(w.help.usage)
    .description(w.help.description)
    .version(toolVersion, '-V, --version', o.version)
    .helpOption('-h, --help', o.help)
    .helpCommand(false)
    .enablePositionalOptions()
    .option(`--outbox <${v.dir}...>`, o.outbox)
    .option(`--inbox <${v.dir}...>`, o.inbox)
    .option(`--sent <${v.dir}...>`, o.sent)
    .option(`--received <${v.dir}...>`, o.received)
    .option(`--exclude <${v.glob}...>`, o.exclude)
    .addOption(roleOption(w))
    .option(`--org <${v.code}...>`, o.org)
    .option(`--at <${v.time}>`, o.at)
    .option(`--format <${v.name}>`, o.format, (value: string, previous: string[] | undefined) =>
      collect(choice('--format', value, formatNames), previous),
    )
    .option(`--output <${v.file}>`, o.output, collect)
    .addOption(langOption(w))
    .option(`--root <${v.dir}>`, o.root)
    .option(`--jobs <${v.n}>`, o.jobs)
    .option(`--timetable <${v.timetable}>`, o.timetable(shippedTimetables(), defaultTimetableId))
    .option(`--config <${v.file}>`, o.config)
    .option('--fail-on-empty', o.failOnEmpty)
    .option('--verbose', o.verbose)
    .option('--quiet', o.quiet)
    .option('--color', o.color)
    .option('--no-color', o.noColor)
    .option('--ascii', o.ascii)
    .addHelpText('after', w.help.after)
    .configureHelp({
      styleTitle: (title) => w.help.titles[title] ?? title,
      // A command as its own usage line writes it, in the user's words ("[opties]").
      subcommandTerm: (command) => `${command.name()} ${command.usage()}`,
    })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => params.stdout.write(text),
      writeErr: (text) => params.stderr.write(text),
      // Commander's complaints are English prose; they are turned into codes and worded in main.
      outputError: () => {},
    })
    .action(() => choose({ name: 'check', command: root }));
  // Subcommands made with .command() inherit the help, output and exit settings set above.
  const c = w.help.commands;
  const timetable: Command = root
    .command('timetable')
    .usage(c.timetable.usage)
    .description(c.timetable.description)
    .addOption(roleOption(w))
    .option(`--at <${v.time}>`, o.at)
    .option(`--timetable <${v.timetable}>`, o.timetable(shippedTimetables(), defaultTimetableId))
    .option(`--check <${v.file}>`, o.check)
    .addOption(
      new Option(`--format <${v.name}>`, o.timetableFormat).argParser((value) =>
        choice('--format', value, timetableFormats),
      ),
    )
    .addOption(langOption(w))
    .addHelpText('after', c.timetable.after)
    .action(() => choose({ name: 'timetable', command: timetable }));
  const explain: Command = root
    .command('explain')
    .usage(c.explain.usage)
    .description(c.explain.description)
    .argument(`<${c.explain.argumentName}...>`, c.explain.argument)
    .addOption(
      new Option(`--box <${v.box}>`, `${o.box} ${w.help.choices(boxes)}`).argParser((value) =>
        choice('--box', value, boxes),
      ),
    )
    .addOption(roleOption(w))
    .option(`--org <${v.code}...>`, o.org)
    .option(`--at <${v.time}>`, o.at)
    .option(`--timetable <${v.timetable}>`, o.timetable(shippedTimetables(), defaultTimetableId))
    .addOption(
      new Option(`--format <${v.name}>`, o.timetableFormat).argParser((value) =>
        choice('--format', value, timetableFormats),
      ),
    )
    .addOption(langOption(w))
    .addHelpText('after', c.explain.after)
    .action((names: string[]) => choose({ name: 'explain', command: explain, names }));
  return root;
};

/** Commander's own complaints as usage problems, from its error codes. */
const commanderProblem = (error: CommanderError, command: Command): UsageProblem => {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return {
        code: 'unknown-option',
        flag: quoted,
        suggestion: /Did you mean (\S+?)\?/.exec(error.message)?.[1] ?? null,
      };
    case 'commander.optionMissingArgument':
      // "--outbox <dir...>": the flag without its placeholder.
      return { code: 'option-missing-value', flag: quoted.split(' ')[0] ?? quoted };
    case 'commander.excessArguments': {
      const sub = command.commands.find((c) => c.name() === command.args[0]);
      return { code: 'excess-arguments', args: sub === undefined ? command.args : sub.args };
    }
    default:
      return { code: 'command-line', detail: error.message.replace(/^error: /, '') };
  }
};

/** `--lang` read from the raw arguments, so even a complaint about the others is in that language. */
export const argvLang = (argv: readonly string[]): Lang | undefined => {
  for (let i = argv.length - 1; i >= 0; i--) {
    const [flag, inline] = (argv[i] ?? '').split(/=(.*)/s);
    if (flag !== '--lang') continue;
    const value = (inline ?? argv[i + 1] ?? '').toLowerCase();
    if ((langs as readonly string[]).includes(value)) return value as Lang;
  }
  return undefined;
};

/**
 * Which report goes where. On the command line each --output belongs to the --format before it;
 * in a config file the lists pair up by position. A format without an output goes to the
 * terminal — at most one; with none, the terminal shows the text report.
 */
const reportPairs = (
  argv: readonly string[],
  options: Options,
): { format: FormatName; output: string | null }[] => {
  const checked = (name: string): FormatName => choice('--format', name, formatNames);
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
          throw new UsageError({ code: 'output-without-format', file: value });
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
    throw new UsageError({
      code: 'outputs-outnumber-formats',
      outputs: outputs.length,
      formats: formats.length,
    });
  }
  return formats.map((format, index) => ({
    format: checked(format),
    output: outputs[index] ?? null,
  }));
};

/** Flags win; the config file fills in what the command line left out. */
const withConfig = async (command: Command, params: CliParams, w: CliWords): Promise<Options> => {
  const options = command.opts<Options>();
  const file =
    options.config ?? findConfig(params.cwd ?? process.cwd(), params.env.HOME ?? undefined);
  if (file === null) return options;
  if (options.config !== undefined && !fs.existsSync(file)) {
    throw new UsageError({ code: 'config-missing', file });
  }
  const config = await loadConfig(file);
  // The file's own language, unless the command line named one, already words this line.
  const lang = (options.lang ?? config.lang) as Lang | undefined;
  params.stderr.write(
    `${toolName}: ${(lang === undefined ? w : cliWords[lang]).usingConfig(file)}\n`,
  );
  const merged: Record<string, unknown> = { ...options };
  for (const [key, value] of Object.entries(config)) {
    if (command.getOptionValueSource(key) !== 'cli') merged[key] = value;
  }
  return merged as Options;
};

/** Dutch when the locale says so, by the usual precedence; else English. */
/** Whether the terminal's locale promises UTF-8; without any locale set, assume it does. */
export const utf8Locale = (env: CliParams['env']): boolean => {
  const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find((v) => v !== undefined && v !== '');
  return locale === undefined || /utf-?8/i.test(locale);
};

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

/** Runs the tool and returns its exit code; writes nothing to stdout when the answer is 2. */
export const main = async (params: CliParams): Promise<number> => {
  const { stdout, stderr, env } = params;
  // The language of everything but the report is known before the arguments are parsed: a
  // complaint about them must already be in it.
  let w = cliWords[argvLang(params.argv) ?? localeLang(env)];
  let chosen: Chosen | null = null;
  const command = program(params, w, (c) => (chosen = c));
  try {
    command.parse([...params.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are answers, not failures; every other complaint is a usage error (2), never 1.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      stderr.write(`${toolName}: ${usageText(commanderProblem(error, command), w)}\n`);
      stderr.write(`${w.seeHelp(toolName)}\n`);
      return 2;
    }
    if (error instanceof UsageError) return usageError(stderr, error, w);
    return internalError(stderr, error, w);
  }
  const picked = chosen as Chosen | null;
  if (picked?.name === 'timetable' || picked?.name === 'explain') {
    const options = picked.command.opts<SubcommandOptions>();
    w = cliWords[(options.lang as Lang | undefined) ?? w.lang];
    const lang = options.lang as Lang | undefined;
    try {
      return picked.name === 'timetable'
        ? await timetableCommand(options, lang, params, w)
        : await explainCommand(picked.names, options, lang, params, w);
    } catch (error) {
      if (error instanceof UsageError) return usageError(stderr, error, w);
      return internalError(stderr, error, w);
    }
  }
  try {
    const options = await withConfig(command, params, w);
    // A config file may name the language too; from here on the words follow it.
    w = cliWords[(options.lang as Lang | undefined) ?? localeLang(env)];
    if (options.outbox === undefined || options.inbox === undefined) {
      const missing: Flag[] = [];
      if (options.outbox === undefined) missing.push('--outbox');
      if (options.inbox === undefined) missing.push('--inbox');
      throw new UsageError({ code: 'folders-required', missing });
    }
    const pairs = reportPairs(params.argv, options);
    const terminalPairs = pairs.filter((p) => p.output === null);
    if (terminalPairs.length > 1) {
      throw new UsageError({
        code: 'terminal-formats',
        formats: terminalPairs.map((p) => p.format),
      });
    }
    const written = pairs.filter(
      (p): p is { format: FormatName; output: string } => p.output !== null,
    );
    const loaded = await loadTimetable(
      options.timetable ?? defaultTimetableId,
      params.cwd ?? process.cwd(),
    );
    if (!loaded.ok) {
      // The file's mistakes are the user's to fix: every one of them, in the user's language.
      for (const problem of loaded.problems)
        stderr.write(`${toolName}: ${timetableProblemText(problem, w.lang)}\n`);
      return 2;
    }
    const timetable = loaded.timetable;
    let at: number;
    if (options.at === undefined) {
      at = params.now();
    } else {
      const parsed = parseAt(options.at, timetable.zone);
      if (!parsed.ok) throw atError(parsed.error, params.now(), timetable.zone);
      at = parsed.at;
    }
    const threads = options.jobs === undefined ? undefined : Number(options.jobs);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) {
      throw new UsageError({ code: 'jobs', value: String(options.jobs) });
    }
    if (options.verbose && options.quiet) {
      throw new UsageError({ code: 'verbose-and-quiet' });
    }
    const folders = {
      outbox: options.outbox,
      inbox: options.inbox,
      sent: options.sent ?? [],
      received: options.received ?? [],
    };
    const scanned = Object.values(folders).flat();
    // Machine formats write paths against a root, so that CI attaches them to the repository.
    const fromEnv =
      options.root === undefined
        ? ((['GITHUB_WORKSPACE', 'CI_PROJECT_DIR'] as const).find(
            (name) => env[name] !== undefined && env[name] !== '',
          ) ?? null)
        : null;
    const root = options.root ?? (fromEnv === null ? (params.cwd ?? process.cwd()) : env[fromEnv]!);
    const anyMachine = pairs.some((p) => reporters[p.format].machine);
    if (anyMachine && !fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError({
        code: 'root-missing',
        given: root,
        fromEnv: fromEnv === null ? null : `$${fromEnv}`,
      });
    }
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
          .default({ stream: stderr as NodeJS.WritableStream, text: w.progress.reading })
          .start()
      : null;
    const result = await run({
      folders,
      exclude: options.exclude ?? [],
      role: (options.role as Role | undefined) ?? null,
      org: options.org ?? [],
      at,
      timetable,
      // Asked for, threads start however small the tree; by default only where they pay.
      ...(threads === undefined ? {} : { threads, minFilesForWorkers: 0 }),
      failOnEmpty: options.failOnEmpty === true,
      onProgress:
        spinner === null
          ? undefined
          : (done, total) => (spinner.text = w.progress.files(done, total)),
    }).finally(() => spinner?.stop());
    // The folders as given are resolved by the file system against the process's own folder.
    // Only a machine format needs the paths rewritten.
    const rooted = anyMachine ? rootPaths(result, scanned, root, process.cwd()) : null;
    const contextFor = (name: FormatName) => {
      const { machine } = reporters[name];
      // Machine formats speak English unless told, so their output never depends on the machine.
      const lang = (options.lang as Lang | undefined) ?? (machine ? 'en' : textLang);
      // The text report keeps paths as typed; the rest write them against the root.
      const context: ReportContext = {
        words: words[lang],
        timetable,
        chalk: new Chalk({ level: machine || name !== onTerminal ? 0 : level }),
        verbose: options.verbose === true,
        quiet: options.quiet === true,
        ...(machine && rooted !== null
          ? { root: { path: rooted.root, outside: rooted.outside } }
          : {}),
        folders,
        // The terminal's width only for what goes to the terminal; a file gets the default.
        ...(name === onTerminal && stdout.columns !== undefined ? { columns: stdout.columns } : {}),
        ascii: options.ascii === true || !utf8Locale(env),
      };
      return { input: machine && rooted !== null ? rooted.result : result, context };
    };
    const render = (name: FormatName) => {
      const { input, context } = contextFor(name);
      return reporters[name].render(input, context);
    };
    // A report that can be written a piece at a time is: the JSON of a hundred thousand findings
    // is some 80 MB of text.
    const pieces = (name: FormatName): Iterable<string> => {
      const { input, context } = contextFor(name);
      const reporter = reporters[name];
      return 'pieces' in reporter
        ? reporter.pieces(input, context)
        : [reporter.render(input, context)];
    };
    written.forEach(({ format, output }) => writeOutput(output, pieces(format)));
    if (summaryFile !== undefined && summaryFile !== '') {
      writeOutput(summaryFile, fitStepSummary(render('markdown'), w.summaryCut), true);
    }
    for (const piece of pieces(onTerminal)) {
      stdout.write(piece);
      // A pipe is written at once, but each write is let go only on a later turn of the event
      // loop: without a turn between pieces, all of an 80 MB report would be held until the end.
      await new Promise((resolve) => setImmediate(resolve));
    }
    // --quiet prints the verdict line only; the run's notices (no file at all, another release)
    // still reach a cron job's or CI job's log, on standard error.
    if (options.quiet === true && onTerminal === 'text') {
      const { input, context } = contextFor('text');
      for (const notice of runNoticeTexts(input, context.timetable, context.words))
        stderr.write(`${toolName}: ${notice}\n`);
    }
    return result.exitCode;
  } catch (error) {
    if (error instanceof UsageError) return usageError(stderr, error, w);
    return internalError(stderr, error, w);
  }
};

const usageError = (stderr: Stream, error: UsageError, w: CliWords): number => {
  stderr.write(`${toolName}: ${usageText(error.problem, w)}\n`);
  return 2;
};

const internalError = (stderr: Stream, error: unknown, w: CliWords): number => {
  // Only the error's class and message: a stack names paths of this machine, and a message from a
  // library is not quoted further than this one line.
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  stderr.write(`${toolName}: ${w.internalError(text)}\n`);
  return 2;
};
