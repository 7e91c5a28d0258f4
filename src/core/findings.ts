import type { Box, Role, Status } from '../data/types.js';

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
    readonly sendableUntil: string | null;
    /** Set once the chain blocks the message: it can no longer be sent in this release. */
    readonly blockedSince: string | null;
  };
  'unsent-retour': Obligation & { readonly blockedSince: string | null };
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
  'early-release': { readonly message: string; readonly release: string };
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
    readonly deadlineId: string | null;
    readonly related: readonly string[];
    readonly args: RuleArgs[R];
  };
}[RuleId];

export type FindingOf<R extends RuleId> = Extract<Finding, { rule: R }>;

/**
 * Every rule with the part of the end state it belongs to and the statuses its findings can
 * have; the compiler refuses a rule without a row, and the words must advise on every status.
 */
export const rules = {
  'unsent-heen': { group: 'nothingToSend', statuses: ['open', 'missed'] },
  'unsent-retour': { group: 'nothingToSend', statuses: ['open', 'missed'] },
  unread: { group: 'allReadIn', statuses: ['open', 'missed'] },
  unanswered: { group: 'allRetoursSent', statuses: ['open', 'missed'] },
  'awaiting-retour': { group: 'pairs', statuses: ['info', 'warning'] },
  rejected: { group: 'pairs', statuses: ['open', 'missed'] },
  'duplicate-retour': { group: 'pairs', statuses: ['warning'] },
  'retour-without-heen': { group: 'pairs', statuses: ['warning'] },
  'archived-retour-without-heen': { group: 'pairs', statuses: ['info'] },
  'duplicate-identificatie': { group: 'pairs', statuses: ['warning'] },
  'release-mismatch': { group: 'pairs', statuses: ['warning'] },
  'early-release': { group: 'traffic', statuses: ['warning'] },
  'other-release': { group: 'traffic', statuses: ['warning'] },
  'other-standard': { group: 'traffic', statuses: ['warning'] },
  'wrong-direction': { group: 'traffic', statuses: ['warning'] },
  'not-addressed': { group: 'traffic', statuses: ['warning'] },
  'link-outside': { group: 'files', statuses: ['warning'] },
  copy: { group: 'files', statuses: ['info'] },
  'unsafe-entry-name': { group: 'files', statuses: ['warning'] },
  'envelope-error': { group: 'files', statuses: ['error'] },
  unreadable: { group: 'files', statuses: ['error'] },
  malformed: { group: 'files', statuses: ['error'] },
  unrecognised: { group: 'files', statuses: ['error'] },
  inconsistent: { group: 'files', statuses: ['error'] },
} as const satisfies Record<RuleId, { group: string; statuses: readonly Status[] }>;

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
