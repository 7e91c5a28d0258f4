import type { UsageCode, UsageProblem } from '../../core/UsageProblem.js';
import type { Lang } from '../../report/words/Words.js';

/** The options of the command line, by commander's attribute name. */
export type OptionName =
  | 'outbox'
  | 'inbox'
  | 'sent'
  | 'received'
  | 'exclude'
  | 'role'
  | 'org'
  | 'at'
  | 'format'
  | 'output'
  | 'lang'
  | 'jobs'
  | 'root'
  | 'config'
  | 'timetable'
  | 'failOnEmpty'
  | 'verbose'
  | 'quiet'
  | 'color'
  | 'noColor'
  | 'ascii'
  | 'help'
  | 'version'
  | 'check'
  | 'box'
  | 'timetableFormat';

/**
 * Every word the command line says outside the report, for one language: usage errors (keyed by
 * code and typed by their arguments, so the compiler refuses a code without words), the help and
 * the progress on the terminal.
 */
export interface CliWords {
  readonly lang: Lang;
  readonly problem: {
    readonly [C in UsageCode]: (problem: Extract<UsageProblem, { code: C }>) => string;
  };
  /** The line after a complaint about the command line itself. */
  readonly seeHelp: (tool: string) => string;
  readonly usingConfig: (file: string) => string;
  /** `detail` is the error's class and message, as thrown: not translated. */
  readonly internalError: (detail: string) => string;
  readonly progress: {
    readonly reading: string;
    readonly files: (done: number, total: number) => string;
  };
  /** Where the GitHub step summary is cut to fit its limit. */
  readonly summaryCut: string;
  readonly help: {
    readonly description: string;
    /** What follows the tool's name on the usage line. */
    readonly usage: string;
    /** Commander's section titles, e.g. "Usage:", by their English text. */
    readonly titles: Readonly<Record<string, string>>;
    readonly option: Readonly<Record<Exclude<OptionName, 'timetable'>, string>> & {
      readonly timetable: (shipped: readonly string[], fallback: string) => string;
    };
    /** The names of the values in the help, e.g. `<dir...>`. */
    readonly value: {
      readonly dir: string;
      readonly glob: string;
      readonly role: string;
      readonly code: string;
      readonly time: string;
      readonly name: string;
      readonly file: string;
      readonly timetable: string;
      readonly lang: string;
      readonly n: string;
      readonly box: string;
    };
    readonly choices: (choices: readonly string[]) => string;
    /** Exit codes, archives and times: printed after the options. */
    readonly after: string;
    /** The subcommands: what each does, its usage line, and what follows its options. */
    readonly commands: {
      readonly timetable: {
        readonly description: string;
        readonly usage: string;
        readonly after: string;
      };
      readonly explain: {
        readonly description: string;
        readonly usage: string;
        /** The argument's name in the help, as `usage` writes it. */
        readonly argumentName: string;
        readonly argument: string;
        readonly after: string;
      };
    };
  };
}
