import type { DeadlineStatus, Result } from '../core/evaluate.js';
import type { Phase } from '../data/types.js';
import { offsetAt } from '../core/zone.js';
import type { ResolvedTimetable as Timetable } from '../data/resolvedTimetable.js';

/** A row's state for the role judged; `unknown` when the tool could not decide it. */
export type RowState = DeadlineStatus | 'unknown';

export interface TimelineRow {
  readonly id: string;
  readonly at: number;
  readonly state: RowState;
  /** Messages still open (or missed) against the row. */
  readonly open: number;
}

/** Rows at one instant: drawn as one mark, labelled together. */
export interface TimelineMoment {
  readonly at: number;
  readonly rows: readonly TimelineRow[];
  /** The state that matters most of the rows here: missed, then unknown, then open, then met. */
  readonly state: RowState;
}

/**
 * The timetable as a picture: its rows on a time axis, the phases as spans, and where "now" is.
 * Read generically from the result's rows and the timetable's phase boundaries, so a timetable
 * with other rows draws without a change here.
 */
export interface Timeline {
  readonly start: number;
  readonly end: number;
  readonly now: number;
  /** Where "now" lies against the axis: on it, or off one end (then drawn at that end). */
  readonly nowOn: 'before' | 'on' | 'after';
  readonly rows: readonly TimelineRow[];
  readonly moments: readonly TimelineMoment[];
  readonly phases: readonly { readonly phase: Phase; readonly from: number; readonly to: number }[];
  /** The instant the new release goes live. */
  readonly live: number;
  /** Local midnights on the axis, in the timetable's zone. */
  readonly days: readonly number[];
}

const day = 86_400_000;
const weight: Readonly<Record<string, number>> = {
  missed: 4,
  unknown: 3,
  open: 2,
  met: 1,
  'not-applicable': 0,
};

/** The most telling state of a few rows; any state added later ranks with `unknown`. */
export const worstState = (states: readonly RowState[]): RowState =>
  states.reduce<RowState>(
    (worst, s) => ((weight[s] ?? 3) > (weight[worst] ?? 3) ? s : worst),
    'not-applicable',
  );

/** The first local midnight at or after `from`, then every local midnight until `to`. */
const midnights = (from: number, to: number, zone: string): number[] => {
  const out: number[] = [];
  const wall = (t: number) => t + offsetAt(zone, t);
  let local = Math.ceil(wall(from) / day) * day;
  for (; ; local += day) {
    // The offset at the midnight itself: guess with the offset of the wall time, then correct.
    const guess = local - offsetAt(zone, local);
    const at = local - offsetAt(zone, guess);
    if (at > to) break;
    out.push(at);
  }
  return out;
};

/**
 * @param roleRowsOnly leave out rows that do not bind the role (the text report's compact line);
 *   the HTML draws them too, greyed, so the whole timetable is seen.
 */
export const timelineOf = (
  result: Result,
  timetable: Timetable,
  roleRowsOnly = false,
): Timeline => {
  const rows: TimelineRow[] = result.deadlines
    .filter((d) => !roleRowsOnly || d.status !== 'not-applicable')
    .map((d) => ({ id: d.id, at: d.at, state: d.status, open: d.open }));
  const live = timetable.phases.ingebruikname.at;
  const transitie = timetable.phases.transitie.at;
  const first = Math.min(live, transitie, ...result.deadlines.map((d) => d.at));
  const last = Math.max(live, transitie, ...result.deadlines.map((d) => d.at));
  // A little before the first row and after go-live: a tenth of the span, at least half a day.
  const margin = Math.max(day / 2, Math.round((last - first) / 10));
  const start = first - margin;
  const end = last + margin;
  const now = result.at;
  const moments: TimelineMoment[] = [];
  for (const row of rows) {
    const same = moments.find((m) => m.at === row.at);
    if (same === undefined) moments.push({ at: row.at, rows: [row], state: row.state });
    else
      moments[moments.indexOf(same)] = {
        at: same.at,
        rows: [...same.rows, row],
        state: worstState([same.state, row.state]),
      };
  }
  moments.sort((a, b) => a.at - b.at);
  return {
    start,
    end,
    now,
    nowOn: now < start ? 'before' : now > end ? 'after' : 'on',
    rows,
    moments,
    phases: [
      { phase: 'afsluiting', from: start, to: transitie },
      { phase: 'transitie', from: transitie, to: live },
      { phase: 'ingebruikname', from: live, to: end },
    ],
    live,
    days: midnights(start, end, timetable.zone),
  };
};

/** Where an instant falls on an axis `length` long, clamped to it. */
export const place = (timeline: Timeline, at: number, length: number): number => {
  const f = (at - timeline.start) / (timeline.end - timeline.start);
  return Math.min(length, Math.max(0, f * length));
};

/**
 * Labels that must not overlap, stacked in lanes: each goes into the first lane (nearest the axis)
 * where it fits after the label before it. Returns each label's lane, in the order given.
 */
export const stackLanes = (
  spans: readonly { readonly from: number; readonly to: number }[],
  gap: number,
): number[] => {
  const ends: number[] = [];
  return spans.map(({ from, to }) => {
    let lane = ends.findIndex((end) => end + gap <= from);
    if (lane === -1) lane = ends.push(to) - 1;
    else ends[lane] = to;
    return lane;
  });
};
