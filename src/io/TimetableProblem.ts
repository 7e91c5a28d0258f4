import type { PhaseName, RowType, TimetableRole } from '../data/timetableFile.js';

/** Which rule of the format a `pattern` refused, so that the words can show the right form. */
export type PatternField =
  'timetable-id' | 'row-id' | 'release' | 'at' | 'message' | 'zone' | 'other';

/**
 * Every way a timetable file can be wrong, with the facts the words need. No prose: the words
 * are in `src/report/words/timetableProblems.ts`, one entry per code and language. `path` is a
 * place in the file such as `rows[3].binds.box`.
 */
export interface TimetableProblemArgs {
  /** The file cannot be read; `reason` is the system's error code, e.g. ENOENT. */
  readonly 'file-unreadable': { readonly reason: string };
  /** Neither the id of a shipped timetable nor an existing file. */
  readonly 'unknown-timetable': { readonly name: string; readonly shipped: readonly string[] };
  readonly 'json-syntax': { readonly line: number; readonly column: number };
  readonly 'schema-type': { readonly path: string; readonly expected: string };
  readonly 'schema-required': { readonly path: string; readonly key: string };
  readonly 'schema-unknown-key': { readonly path: string; readonly key: string };
  readonly 'schema-pattern': {
    readonly path: string;
    readonly value: string;
    readonly field: PatternField;
  };
  readonly 'schema-enum': {
    readonly path: string;
    readonly value: string;
    readonly allowed: readonly string[];
  };
  readonly 'schema-too-few': { readonly path: string; readonly min: number };
  readonly 'schema-duplicate-item': { readonly path: string };
  /** A keyword the words do not name one by one; never expected from the shipped schema. */
  readonly 'schema-other': { readonly path: string; readonly keyword: string };
  readonly 'no-heen-block': Record<string, never>;
  readonly 'no-retour-block': Record<string, never>;
  readonly 'deadline-without-role': Record<string, never>;
  readonly 'role-not-null': { readonly type: Exclude<RowType, 'deadline'>; readonly role: string };
  readonly 'blocks-not-deadline': { readonly type: Exclude<RowType, 'deadline'> };
  readonly 'binds-wrong-for-type': { readonly type: RowType };
  /** `first` and `position` count rows from 1. */
  readonly 'duplicate-row-id': { readonly first: number; readonly position: number };
  readonly 'phase-unknown-row': { readonly phase: PhaseName; readonly id: string };
  readonly 'ingebruikname-before-transitie': {
    readonly transitie: string;
    readonly ingebruikname: string;
  };
  readonly 'invalid-date': { readonly at: string };
  readonly 'nonexistent-time': {
    readonly at: string;
    readonly zone: string;
    readonly before: string;
    readonly after: string;
  };
  readonly 'ambiguous-time': {
    readonly at: string;
    readonly zone: string;
    readonly offsets: readonly [string, string];
  };
  readonly 'offset-mismatch': {
    readonly at: string;
    readonly zone: string;
    readonly offset: string;
    readonly expected: string;
  };
  readonly 'unknown-zone': { readonly zone: string };
  readonly 'unknown-message': { readonly message: string; readonly from: string };
  /** A deadline of `role` binds a message `owner` sends, or the inbox `owner` receives in. */
  readonly 'binds-other-role': {
    readonly role: TimetableRole;
    readonly bound: string;
    readonly owner: TimetableRole;
  };
  /** Two deadline rows bind the same message, or the same role's inbox: which one counts? */
  readonly 'bound-twice': { readonly bound: string; readonly first: string };
  readonly 'same-release': { readonly release: string };
  readonly 'unsupported-release': { readonly release: string };
}

export type TimetableProblemCode = keyof TimetableProblemArgs;

export type TimetableProblem = {
  readonly [C in TimetableProblemCode]: {
    readonly code: C;
    /** The file as the user named it, or `timetables/<id>.json` for a shipped one. */
    readonly file: string;
    /** The id of the row concerned, when there is one and it has an id. */
    readonly row: string | null;
    readonly args: TimetableProblemArgs[C];
  };
}[TimetableProblemCode];

/** Every code, for tests that check each has words; the record makes the compiler keep it whole. */
export const timetableProblemCodes = Object.keys({
  'file-unreadable': 1,
  'unknown-timetable': 1,
  'json-syntax': 1,
  'schema-type': 1,
  'schema-required': 1,
  'schema-unknown-key': 1,
  'schema-pattern': 1,
  'schema-enum': 1,
  'schema-too-few': 1,
  'schema-duplicate-item': 1,
  'schema-other': 1,
  'no-heen-block': 1,
  'no-retour-block': 1,
  'deadline-without-role': 1,
  'role-not-null': 1,
  'blocks-not-deadline': 1,
  'binds-wrong-for-type': 1,
  'duplicate-row-id': 1,
  'phase-unknown-row': 1,
  'ingebruikname-before-transitie': 1,
  'invalid-date': 1,
  'nonexistent-time': 1,
  'ambiguous-time': 1,
  'offset-mismatch': 1,
  'unknown-zone': 1,
  'unknown-message': 1,
  'binds-other-role': 1,
  'bound-twice': 1,
  'same-release': 1,
  'unsupported-release': 1,
} satisfies Record<TimetableProblemCode, 1>) as TimetableProblemCode[];
