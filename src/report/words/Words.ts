import type { DeadlineStatus } from '../../core/evaluate.js';
import type { Obligation, RuleArgs, RuleId } from '../../core/findings.js';
import type { Box, Phase, Role, Status, Verdict } from '../../data/types.js';
import type { MessageId } from '../../data/catalogue.js';

export type Lang = 'nl' | 'en';
export const langs = ['nl', 'en'] as const satisfies readonly Lang[];

/** Calendar facts the words need, already formatted for the language and measured from the moment judged. */
export interface WordContext {
  /** A deadline's moment in full, e.g. "wo 25 mrt 2020 17.00 uur". */
  readonly when: (id: string) => string;
  /** The same without the year, as a sentence says it: "di 27 mrt 17.00 uur". */
  readonly short: (id: string) => string;
  /** Time left until the row, as people say it ("nog 17 uur"); `null` once it has passed. */
  readonly left: (id: string) => string | null;
  readonly past: (id: string) => boolean;
  /** The chain's blocks: no old-release heen after `heen`, no old-release retour after `retour`; the new release live from `live`. */
  readonly blocks: {
    readonly heen: string;
    readonly retour: string;
    readonly live: string;
  };
  /** The release being closed off and the one that follows it. */
  readonly releases: Releases;
}

/** The release being closed off and the one that follows it. */
export interface Releases {
  readonly from: string;
  readonly to: string;
}

/** What advice on a finding depends on: its rule's arguments, its status and the row that binds it. */
export interface HintInput<R extends RuleId> {
  readonly status: Status;
  readonly deadlineId: string | null;
  readonly args: RuleArgs[R];
}

/** A received heen that is neither read in nor answered: one line, one piece of advice. */
export interface ReadAndAnswerInput {
  readonly args: Obligation;
  /** Status of its `unanswered` finding (bound by the retour block) and of its `unread` one. */
  readonly answer: Status;
  readonly read: Status;
  readonly answerBy: string | null;
  readonly readBy: string | null;
}

/** How a message is named: "toewijzing" / "toewijzingen". */
export interface MessageName {
  readonly one: string;
  readonly many: string;
}

/** The order work is done in: read in and answer, correct and resend, send, only read in. */
export type Action = 'answer' | 'resend' | 'send' | 'read';
export const actions = ['answer', 'resend', 'send', 'read'] as const satisfies readonly Action[];

/** The next moment the headline names: a deadline ahead, or the end of the chain's grace for late work. */
export interface NextMoment {
  readonly when: string;
  readonly left: string | null;
  readonly carried: boolean;
}

/** Every word the tool says, for one language. Keyed by rule id and typed by its arguments. */
export interface Words {
  readonly lang: Lang;
  /** What each message is called; data, so a language adds a row, never a branch. */
  readonly messageName: Readonly<Record<MessageId, MessageName>>;
  readonly finding: { readonly [R in RuleId]: (args: RuleArgs[R], context: WordContext) => string };
  /** What to do about a finding: chosen by its status, naming the moment that binds it. */
  readonly hint: {
    readonly [R in RuleId]: (finding: HintInput<R>, context: WordContext) => string;
  };
  readonly readAndAnswer: {
    readonly text: (args: Obligation, context: WordContext) => string;
    readonly hint: (input: ReadAndAnswerInput, context: WordContext) => string;
  };
  /** One line a rule, for formats that describe a rule apart from its findings (SARIF). */
  readonly ruleTitle: Readonly<Record<RuleId, string>>;
  /** Said before the report, above everything else. */
  readonly notice: {
    readonly 'no-files': string;
    /** The releases found, and those of the timetable. */
    readonly 'other-release-only': (found: readonly string[], timetable: Releases) => string;
    readonly 'later-release': (found: readonly string[], timetable: Releases) => string;
  };
  /** Once, when the timetable holds rows that no source states, naming each as "id (moment: title)". */
  readonly inferredRows: (rows: readonly string[]) => string;
  readonly status: Readonly<Record<Status | DeadlineStatus, string>>;
  readonly phase: Readonly<Record<Phase, (releases: Releases) => string>>;
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
  /** Local wall time, from its parts; without `year` the short form a sentence uses. */
  readonly dateTime: (p: {
    weekday: string;
    day: number;
    month: string;
    year: string | null;
    hh: string;
    mm: string;
  }) => string;
  readonly timeLeft: (p: { days: number; hours: number; minutes: number }) => string;
  readonly passed: string;
  /** A party by its code: "gemeente 0363", "aanbieder 41105678". */
  readonly party: (code: string | null) => string;
  readonly labels: {
    readonly title: (p: { from: string; to: string; who: string | null; moment: string }) => string;
    /** The first line, and the last: the verdict, the work, the next moment. */
    readonly headline: (p: {
      verdict: Verdict;
      work: number;
      errors: number;
      next: NextMoment | null;
    }) => string;
    readonly step: Readonly<Record<Action | 'blocked' | 'errors' | 'warnings', string>>;
    /** "1 toewijzing (JW301)", "2 retourberichten (JW302, WMO302)". */
    readonly kinds: (byMessage: Readonly<Record<string, number>>) => string;
    readonly inFolder: (folder: string) => string;
    readonly by: (p: { when: string; left: string | null }) => string;
    readonly carried: (p: { when: string; left: string | null } | null) => string;
    readonly blockedStep: (n: number, release: string) => string;
    readonly errorStep: (n: number) => string;
    readonly warningStep: (n: number) => string;
    readonly moment: string;
    readonly phase: string;
    readonly role: string;
    readonly roleUnknown: string;
    readonly roleFrom: Readonly<Record<'flag' | 'org' | 'files' | 'none', string>>;
    readonly org: string;
    readonly filesLine: (p: {
      byBox: Readonly<Partial<Record<Box, number>>>;
      ignored: number;
    }) => string;
    readonly endState: string;
    readonly nothingToSend: string;
    readonly allReadIn: string;
    readonly allRetoursSent: string;
    /** The condition's shortfall: "nog 3 berichten te versturen". */
    readonly endStateOpen: Readonly<
      Record<'nothingToSend' | 'allReadIn' | 'allRetoursSent', (n: number) => string>
    >;
    readonly unverified: string;
    readonly open: (n: number) => string;
    /** Why a condition or row with nothing open is `unknown`: error files in the boxes it reads. */
    readonly unknown: (errors: number) => string;
    readonly messages: (n: number) => string;
    readonly deadlines: string;
    readonly nothingOpen: string;
    readonly rowsFine: (ids: readonly string[]) => string;
    readonly todo: string;
    readonly nothingTodo: string;
    readonly groupHeader: (p: {
      when: string;
      left: string | null;
      ids: readonly string[];
    }) => string;
    readonly lateHeader: (p: { when: string; left: string | null } | null) => string;
    readonly groupCounts: (n: number, byMessage: Readonly<Record<string, number>>) => string;
    readonly blocked: (release: string) => string;
    readonly blockedIntro: (live: string, release: string) => string;
    readonly problems: string;
    readonly files: string;
    readonly ignoredFiles: string;
    readonly counterparts: string;
    /** After a few examples: how many more, and how to see them. */
    readonly more: (n: number) => string;
    /** The other files a finding is about (its copies, the heenbericht of a retour), a few of them. */
    readonly related: (paths: readonly string[], more: number) => string;
    /** "aanbieder 41105678: 3 toewijzingen (JW301) wachten op een JW302". */
    readonly owes: (p: { party: string; pairs: readonly OpenPair[] }) => string;
    readonly moreParties: (n: number) => string;
    readonly portal: (role: Role | null) => string;
    readonly runAgain: string;
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
