import type { DeadlineStatus, Notice } from '../../core/evaluate.js';
import type { RuleArgs, RuleId } from '../../core/findings.js';
import type { Box, Phase, Role, Status, Verdict } from '../../core/types.js';
import type { DeadlineId } from '../../data/timetable.js';

export type Lang = 'nl' | 'en';
export const langs = ['nl', 'en'] as const satisfies readonly Lang[];

/** Calendar facts a finding's words may need, already formatted for the language. */
export interface WordContext {
  /** A deadline's moment in the language's own form, e.g. "di 27 mrt 2018 17.00 uur". */
  readonly when: (id: DeadlineId) => string;
}

/** Every word the tool says, for one language. Keyed by rule id and typed by its arguments. */
export interface Words {
  readonly lang: Lang;
  readonly finding: { readonly [R in RuleId]: (args: RuleArgs[R], context: WordContext) => string };
  /** One line: what to do about a finding of this rule. */
  readonly hint: Readonly<Record<RuleId, string>>;
  /**
   * The hint once the deadline is past, where "before the deadline" would be wrong: blocked
   * (`unsent-*` past their block), `sendable` (a heen past its deadline that the chain still
   * carries), or missed. Chosen by `hintFor`.
   */
  readonly hintLate: {
    readonly 'unsent-heen': string;
    readonly sendable: string;
    readonly 'unsent-retour': string;
    readonly unanswered: string;
    readonly rejected: string;
  };
  /** Said before the report, above everything else. */
  readonly notice: Readonly<Record<Notice['code'], string>>;
  readonly deadline: Readonly<Record<DeadlineId, string>>;
  readonly status: Readonly<Record<Status | DeadlineStatus, string>>;
  readonly phase: Readonly<Record<Phase, string>>;
  readonly verdict: Readonly<Record<Verdict, string>>;
  readonly role: Readonly<Record<Role, string>>;
  readonly box: Readonly<Record<Box, string>>;
  readonly weekdays: readonly [string, string, string, string, string, string, string];
  readonly months: readonly [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  /** Local wall time, from its parts. */
  readonly dateTime: (p: {
    weekday: string;
    day: number;
    month: string;
    year: string;
    hh: string;
    mm: string;
  }) => string;
  readonly timeLeft: (p: { days: number; hours: number; minutes: number }) => string;
  readonly passed: string;
  readonly labels: {
    readonly moment: string;
    readonly phase: string;
    readonly role: string;
    readonly roleUnknown: string;
    readonly roleFrom: Readonly<Record<'flag' | 'org' | 'files' | 'none', string>>;
    readonly org: string;
    readonly endState: string;
    readonly nothingToSend: string;
    readonly allReadIn: string;
    readonly allRetoursSent: string;
    readonly unverified: string;
    readonly open: (n: number) => string;
    /** After the open count of a condition or row that has error files in the boxes it reads. */
    readonly unknown: (errors: number) => string;
    readonly deadlines: string;
    readonly todo: string;
    readonly nothingTodo: string;
    readonly problems: string;
    readonly files: string;
    readonly ignoredFiles: string;
    readonly counterparts: string;
    /** After a few examples of a rule: how many more, and how to see them. */
    readonly more: (n: number) => string;
    /** "4 × WMO303 await their WMO304" and "2 × JW315 await our JW316", joined. */
    readonly counterpart: (p: {
      role: Role | null;
      code: string;
      theyOwe: readonly OpenPair[];
      weOwe: readonly OpenPair[];
    }) => string;
    readonly portal: (role: Role | null) => string;
    readonly summary: (c: SummaryCounts) => string;
  };
}

export interface SummaryCounts {
  readonly files: number;
  readonly ignored: number;
  readonly open: number;
  readonly missed: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface OpenPair {
  readonly heen: string;
  readonly retour: string;
  readonly count: number;
}
