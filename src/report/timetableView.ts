import { phaseAt } from '../core/deadlines.js';
import { isoInZone } from '../core/zone.js';
import type { ResolvedTimetable } from '../data/resolvedTimetable.js';
import type { Phase, Role } from '../data/types.js';
import { formatMoment, formatTimeLeft } from './time.js';
import { commandWords } from './words/commandWords.js';
import type { Words } from './words/Words.js';

/** What `check-ready timetable` prints: the loaded timetable for a role at a moment. */
export interface TimetableView {
  readonly timetable: ResolvedTimetable;
  readonly at: number;
  /** Only the rows of this role and those of both; every row without one. */
  readonly role: Role | null;
}

const rowsFor = ({ timetable, role }: TimetableView) =>
  timetable.rows.filter((row) => role === null || row.role === null || row.role === role);

const phaseOf = (view: TimetableView): Phase => phaseAt(view.timetable, view.at);

/** The timetable as a person reads it: one line a row, in time order, with its state at the moment. */
export const timetableText = (view: TimetableView, w: Words): string => {
  const c = commandWords[w.lang].timetable;
  const { timetable, at } = view;
  const releases = { from: timetable.from, to: timetable.to };
  const rows = rowsFor(view);
  const lines = [
    c.heading({
      title: timetable.title[w.lang],
      id: timetable.id,
      from: timetable.from,
      to: timetable.to,
    }),
    `${c.moment}: ${formatMoment(at, timetable.zone, w)}`,
    `${c.phase}: ${w.phase[phaseOf(view)](releases)}`,
    `${c.role}: ${view.role === null ? c.everyRole : w.role[view.role]}`,
    '',
  ];
  const whenWidth = Math.max(...rows.map((r) => formatMoment(r.at, timetable.zone, w).length));
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  for (const row of rows) {
    const state = formatTimeLeft(at, row.at, w);
    const whose = row.role === null ? c.bothRoles : w.role[row.role];
    const flag = row.inferred ? ` [${c.inferred}]` : '';
    lines.push(
      `${row.id.padEnd(idWidth)}  ${formatMoment(row.at, timetable.zone, w).padEnd(whenWidth)}  ${row.title[w.lang]} (${c.type[row.type]}, ${whose}) — ${state}${flag}`,
    );
  }
  if (rows.some((row) => row.inferred)) lines.push('', c.inferredNote);
  return `${lines.join('\n')}\n`;
};

/** The same as data: instants in the timetable's zone with their offset, titles in the language. */
export const timetableJson = (view: TimetableView, w: Words): string => {
  const { timetable, at } = view;
  const document = {
    timetable: {
      id: timetable.id,
      title: timetable.title[w.lang],
      from: timetable.from,
      to: timetable.to,
      zone: timetable.zone,
    },
    at: isoInZone(at, timetable.zone),
    role: view.role,
    phase: phaseOf(view),
    rows: rowsFor(view).map((row) => ({
      id: row.id,
      at: isoInZone(row.at, timetable.zone),
      type: row.type,
      role: row.role,
      title: row.title[w.lang],
      passed: row.at <= at,
      // Whole minutes until the row, so a script need not do time arithmetic; 0 once passed.
      minutesLeft: Math.max(0, Math.floor((row.at - at) / 60_000)),
      inferred: row.inferred,
      source: row.source,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};
