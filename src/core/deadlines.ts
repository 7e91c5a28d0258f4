import type { MessageId } from '../data/catalogue.js';
import type { DeadlineId, Timetable } from '../data/timetable.js';
import type { Kind, Phase, Role } from './types.js';

export const instantOf = (timetable: Timetable, id: DeadlineId): number =>
  Date.parse(timetable.rows[id].at);

/** The rows shown to the user: in time order, equal instants in the table's own order. */
export const listedRows = (timetable: Timetable): DeadlineId[] =>
  timetable.order
    .filter((id) => timetable.rows[id].listed)
    .map((id, index) => ({ id, index, at: instantOf(timetable, id) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ id }) => id);

/** The row that binds a message waiting in the outbox: the named deadline, else the block. */
export const outboxDeadline = (
  timetable: Timetable,
  message: MessageId,
  kind: Kind,
): DeadlineId => {
  let fallback: DeadlineId | undefined;
  for (const id of timetable.order) {
    const binds = timetable.rows[id].binds;
    if (binds.box !== 'outbox') continue;
    if (binds.messages === kind) fallback ??= id;
    else if (typeof binds.messages !== 'string' && binds.messages.includes(message)) return id;
  }
  if (fallback === undefined) throw new Error(`timetable ${timetable.id} binds no ${kind} row`);
  return fallback;
};

/** The row by which a message in the inbox must be read in, by who receives it. */
export const inboxDeadline = (timetable: Timetable, receiver: Role): DeadlineId => {
  for (const id of timetable.order) {
    const binds = timetable.rows[id].binds;
    if (binds.box === 'inbox' && binds.receiver === receiver) return id;
  }
  throw new Error(`timetable ${timetable.id} binds no inbox row for ${receiver}`);
};

/** The technical block that stops every message of a kind; after the retour block no 2.1 pair can close. */
export const blockFor = (timetable: Timetable, kind: Kind): DeadlineId => {
  for (const id of timetable.order) {
    const binds = timetable.rows[id].binds;
    if (binds.box === 'outbox' && binds.messages === kind) return id;
  }
  throw new Error(`timetable ${timetable.id} has no ${kind} block`);
};

export const phaseAt = (timetable: Timetable, at: number): Phase =>
  at >= instantOf(timetable, timetable.ingebruiknameFrom)
    ? 'ingebruikname'
    : at >= instantOf(timetable, timetable.transitieFrom)
      ? 'transitie'
      : 'afsluiting';
