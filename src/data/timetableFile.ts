/*
 * A timetable file as its author writes it (timetables.md §1; schema/timetable.schema.json).
 * These types describe the JSON after it has passed the schema, nothing more: message ids are
 * still plain strings (the catalogue check comes after), `at` is still text, and the optional
 * keys are still optional. The key names are a contract with everybody who writes such files.
 */

/** One text in both languages of the tool. */
export interface Localised {
  readonly nl: string;
  readonly en: string;
}

/** The roles a row can belong to or bind; the same strings as the core's `Role`. */
export type TimetableRole = 'gemeente' | 'aanbieder';

export type RowType = 'deadline' | 'block' | 'phase';

/** What a block row catches: every heen- or retourbericht no deadline row names. */
export type EveryOfKind = 'heen' | 'retour';

export type FileBinding =
  | { readonly box: 'outbox'; readonly messages: readonly string[] | EveryOfKind }
  | { readonly box: 'inbox'; readonly receiver: TimetableRole }
  | { readonly box: null };

export interface TimetableFileRow {
  readonly id: string;
  /** `YYYY-MM-DD HH:MM` wall time in the file's zone, or an ISO 8601 instant with its offset. */
  readonly at: string;
  readonly type: RowType;
  readonly role: TimetableRole | null;
  readonly binds: FileBinding;
  readonly title: Localised;
  readonly blocks?: boolean;
  readonly source?: string;
  readonly inferred?: boolean;
}

export type PhaseName = 'transitie' | 'ingebruikname';

export interface TimetableFile {
  readonly $schema?: string;
  readonly id: string;
  readonly title: Localised;
  readonly zone: string;
  readonly from: string;
  readonly to: string;
  readonly sources: readonly string[];
  readonly rows: readonly TimetableFileRow[];
  readonly phases: Readonly<Record<PhaseName, string>>;
}
