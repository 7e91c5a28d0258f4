import type { MessageId } from './catalogue.js';
import type { EveryOfKind, Localised, PhaseName, RowType, TimetableRole } from './timetableFile.js';

/*
 * A timetable after loading: every check of timetables.md §1 has passed, every instant is
 * resolved once to epoch milliseconds, and the lookups the rules need are built once, so that
 * they are total functions rather than searches that can fail on a user's file.
 */

export type ResolvedBinding =
  | { readonly box: 'outbox'; readonly messages: readonly MessageId[] | EveryOfKind }
  | { readonly box: 'inbox'; readonly receiver: TimetableRole }
  | { readonly box: null };

export interface ResolvedRow {
  readonly id: string;
  /** Epoch milliseconds from which on the row applies. */
  readonly at: number;
  readonly type: RowType;
  readonly role: TimetableRole | null;
  readonly binds: ResolvedBinding;
  readonly title: Localised;
  /** Only a deadline can block; `false` means the chain carries late messages until the block. */
  readonly blocks: boolean;
  readonly inferred: boolean;
  readonly source: string | null;
  /** Position in the file, from 0: equal instants keep this order. */
  readonly index: number;
}

export interface ResolvedTimetable {
  readonly id: string;
  readonly title: Localised;
  /** The canonical IANA name of the file's zone. */
  readonly zone: string;
  readonly from: string;
  readonly to: string;
  readonly sources: readonly string[];
  /** Every row, in time order; equal instants in the file's order. */
  readonly rows: readonly ResolvedRow[];
  readonly byId: ReadonlyMap<string, ResolvedRow>;
  readonly phases: Readonly<Record<PhaseName, ResolvedRow>>;
  readonly heenBlock: ResolvedRow;
  readonly retourBlock: ResolvedRow;
  /** The read-in deadline of each role's inbox; `null` where the file names none (a regional file may not). */
  readonly inboxRow: Readonly<Record<TimetableRole, ResolvedRow | null>>;
  /** For every message of the catalogue, the row a waiting one counts towards: its deadline, else the block of its kind. */
  readonly outboxRow: Readonly<Record<MessageId, ResolvedRow>>;
  /** The rows marked `inferred`, in time order; the report names them. */
  readonly inferred: readonly ResolvedRow[];
}
