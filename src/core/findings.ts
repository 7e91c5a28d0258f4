import type { DeadlineId } from '../data/timetable.js';
import type { Box, Role, Status } from './types.js';

/** Why a file could not be read. */
export type UnreadableReason =
  | 'permission'
  | 'vanished'
  | 'too-large'
  | 'not-a-file'
  | 'io'
  // Inside a ZIP archive:
  | 'encrypted'
  | 'zip-bomb'
  | 'nested-too-deep'
  | 'too-many-entries';

/** Why a file is not a message that could be judged; never words, never the file's content. */
export type MalformedReason =
  | 'empty'
  | 'binary'
  /** Text under a message name (.xml, .ei, .zip): an error page saved by a failed download. */
  | 'text'
  | 'utf16-without-bom'
  | 'bad-encoding'
  | 'unsupported-encoding'
  | 'declaration-not-at-start'
  | 'doctype'
  | 'not-well-formed'
  | 'truncated'
  | 'too-deep'
  | 'header-incomplete'
  | 'header-invalid'
  | 'header-too-large'
  | 'ei-broken'
  | 'zip-broken'
  | 'base64-broken';

/** The typed arguments of each rule: the words are rendered from these, per language. */
export interface RuleArgs {
  'unsent-heen': Obligation & {
    /** Set when the draaiboek's deadline has passed but the chain still carries the message. */
    readonly sendableUntil: DeadlineId | null;
    /** Set once the chain blocks the message: it can no longer be sent in this release. */
    readonly blockedSince: DeadlineId | null;
  };
  'unsent-retour': Obligation & { readonly blockedSince: DeadlineId | null };
  unread: Obligation;
  unanswered: Obligation;
  'awaiting-retour': Obligation;
  rejected: Obligation & { readonly retourCodes: readonly string[] };
  'duplicate-retour': {
    readonly message: string;
    readonly identificatie: string | null;
    readonly count: number;
  };
  'retour-without-heen': Obligation & { readonly box: Box };
  'archived-retour-without-heen': Obligation & { readonly box: Box };
  'duplicate-identificatie': {
    readonly message: string;
    readonly sender: string;
    readonly identificatie: string;
    readonly count: number;
  };
  'release-mismatch': {
    readonly message: string;
    readonly release: string;
    readonly heenRelease: string;
  };
  'early-2.2': { readonly message: string; readonly release: string };
  'other-release': { readonly message: string | null; readonly release: string };
  'other-standard': { readonly standard: string };
  'wrong-direction': { readonly message: string; readonly box: Box; readonly role: Role };
  'not-addressed': {
    readonly message: string;
    readonly receiver: string | null;
    readonly org: readonly string[];
  };
  'link-outside': Record<string, never>;
  /** The same bytes stored again in the same box: judged once, under the first path. */
  copy: { readonly copies: number };
  'unsafe-entry-name': { readonly entries: readonly string[]; readonly count: number };
  'envelope-error': { readonly code: string | null };
  unreadable: {
    readonly reason: UnreadableReason;
    readonly code: string | null;
    readonly limit: number | null;
  };
  malformed: {
    readonly reason: MalformedReason;
    readonly line: number | null;
    readonly column: number | null;
    readonly detail: string | null;
  };
  unrecognised: {
    readonly reason: 'no-bericht' | 'no-header' | 'unknown-message' | 'zip-in-envelope';
    readonly root: string | null;
    readonly namespace: string | null;
  };
  inconsistent: {
    readonly reason: 'standard' | 'namespace-version' | 'version' | 'code' | 'envelope';
    readonly namespace: string;
    /** For an envelope: the `functie` it names, which the message inside contradicts. */
    readonly functie?: string | null;
    readonly berichtCode: string | null;
    readonly version: string | null;
  };
}

/** What every obligation names: the message, the other party and the message's own id. */
export interface Obligation {
  readonly message: string;
  readonly counterpart: string | null;
  readonly identificatie: string | null;
}

export type RuleId = keyof RuleArgs;

export type Finding = {
  [R in RuleId]: {
    readonly rule: R;
    readonly path: string;
    readonly status: Status;
    readonly deadlineId: DeadlineId | null;
    readonly related: readonly string[];
    readonly args: RuleArgs[R];
  };
}[RuleId];

export type FindingOf<R extends RuleId> = Extract<Finding, { rule: R }>;

/**
 * Every rule with the part of the end state it belongs to and its status: `obligation` is `open`
 * or `missed` by its deadline, `varies` is set by the rule. The compiler refuses a rule without a row.
 */
export const rules = {
  'unsent-heen': { group: 'nothingToSend', status: 'obligation' },
  'unsent-retour': { group: 'nothingToSend', status: 'obligation' },
  unread: { group: 'allReadIn', status: 'obligation' },
  unanswered: { group: 'allRetoursSent', status: 'obligation' },
  'awaiting-retour': { group: 'pairs', status: 'varies' },
  rejected: { group: 'pairs', status: 'obligation' },
  'duplicate-retour': { group: 'pairs', status: 'warning' },
  'retour-without-heen': { group: 'pairs', status: 'warning' },
  'archived-retour-without-heen': { group: 'pairs', status: 'info' },
  'duplicate-identificatie': { group: 'pairs', status: 'warning' },
  'release-mismatch': { group: 'pairs', status: 'warning' },
  'early-2.2': { group: 'traffic', status: 'warning' },
  'other-release': { group: 'traffic', status: 'warning' },
  'other-standard': { group: 'traffic', status: 'warning' },
  'wrong-direction': { group: 'traffic', status: 'warning' },
  'not-addressed': { group: 'traffic', status: 'warning' },
  'link-outside': { group: 'files', status: 'warning' },
  copy: { group: 'files', status: 'info' },
  'unsafe-entry-name': { group: 'files', status: 'warning' },
  'envelope-error': { group: 'files', status: 'error' },
  unreadable: { group: 'files', status: 'error' },
  malformed: { group: 'files', status: 'error' },
  unrecognised: { group: 'files', status: 'error' },
  inconsistent: { group: 'files', status: 'error' },
} as const satisfies Record<
  RuleId,
  { group: string; status: 'obligation' | 'varies' | 'error' | 'warning' | 'info' }
>;

export const ruleIds = Object.keys(rules) as RuleId[];

/** The rules a single file can earn by its content, before it is judged against the timetable. */
export type FileProblemRule =
  | 'unreadable'
  | 'malformed'
  | 'unrecognised'
  | 'inconsistent'
  | 'other-standard'
  | 'other-release'
  | 'unsafe-entry-name'
  | 'envelope-error';

/** Problems with one file, found while reading or classifying it. */
export type FileProblem = {
  [R in FileProblemRule]: { readonly rule: R; readonly args: RuleArgs[R] };
}[FileProblemRule];

/** Problems found while walking the folders, not with a file's content. */
export type ScanProblem = {
  readonly path: string;
  /** The box whose folder it lies in: an unreadable folder may hide that box's messages. */
  readonly box: Box;
  readonly problem:
    | { readonly rule: 'link-outside'; readonly args: RuleArgs['link-outside'] }
    | { readonly rule: 'unreadable'; readonly args: RuleArgs['unreadable'] };
};
