import type { MessageId } from '../data/catalogue.js';
import type { ResolvedRow, ResolvedTimetable } from '../data/resolvedTimetable.js';
import type { Kind, Phase, Role } from '../data/types.js';

/**
 * A row by id. Row ids in findings and deadline states come from the same loaded timetable, so a
 * miss is a bug in this program, never a mistake in the user's file (the loader checks those).
 */
export const rowOf = (timetable: ResolvedTimetable, id: string): ResolvedRow => {
  const row = timetable.byId.get(id);
  if (row === undefined) throw new Error(`timetable ${timetable.id} has no row ${id}`);
  return row;
};

export const instantOf = (timetable: ResolvedTimetable, id: string): number =>
  rowOf(timetable, id).at;

/** Where a row stands in the time-sorted list: the order every report shows rows in. */
export const rowOrder = (timetable: ResolvedTimetable, id: string): number =>
  timetable.rows.indexOf(rowOf(timetable, id));

/** The rows shown as deadlines: every row but the phase marks, in time order. */
export const listedRows = (timetable: ResolvedTimetable): string[] =>
  timetable.rows.filter((row) => row.type !== 'phase').map((row) => row.id);

/** The row that binds a message waiting in the outbox: the named deadline, else the block. */
export const outboxDeadline = (timetable: ResolvedTimetable, message: MessageId): string =>
  timetable.outboxRow[message].id;

/**
 * The row by which a message in the inbox must be read in, by who receives it. A regional file
 * may name no read-in row: then the retour block, after which nothing more comes in, binds it.
 */
export const inboxDeadline = (timetable: ResolvedTimetable, receiver: Role): string =>
  (timetable.inboxRow[receiver] ?? timetable.retourBlock).id;

/** The technical block that stops every message of a kind; after the retour block no old-release pair can close. */
export const blockFor = (timetable: ResolvedTimetable, kind: Kind): string =>
  (kind === 'heen' ? timetable.heenBlock : timetable.retourBlock).id;

export const phaseAt = (timetable: ResolvedTimetable, at: number): Phase =>
  at >= timetable.phases.ingebruikname.at
    ? 'ingebruikname'
    : at >= timetable.phases.transitie.at
      ? 'transitie'
      : 'afsluiting';
