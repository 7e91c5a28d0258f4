import { instantOf } from '../core/deadlines.js';
import type { Finding } from '../core/findings.js';
import type { ResolvedTimetable as Timetable } from '../data/resolvedTimetable.js';
import { severity } from './severity.js';
import { formatMoment } from './time.js';
import type { CiWords } from './words/CiWords.js';
import { findingText, hintText, wordContext } from './words/index.js';
import type { Words } from './words/Words.js';

/** The moment a finding counts towards, with its row id, date and time; null when it has none. */
export const momentOf = (
  f: Finding,
  at: number,
  timetable: Timetable,
  w: Words,
  ci: CiWords,
): string | null => {
  if (f.deadlineId === null) return null;
  const instant = instantOf(timetable, f.deadlineId);
  const when = formatMoment(instant, timetable.zone, w);
  if (!severity[f.status].actionable) return ci.moment.at(f.deadlineId, when);
  return instant > at ? ci.moment.due(f.deadlineId, when) : ci.moment.passed(f.deadlineId, when);
};

/**
 * A finding as one line for a place that shows it alone (an annotation, an alert, a failing
 * test): its words and the moment it counts towards, so the line never says "the deadline"
 * without saying which.
 */
export const findingMessage = (
  f: Finding,
  at: number,
  timetable: Timetable,
  w: Words,
  ci: CiWords,
): string => {
  const text = findingText(f, w, wordContext(w, timetable, at));
  const moment = momentOf(f, at, timetable, w, ci);
  return moment === null ? text : `${text} — ${moment}`;
};

/** What to do about a finding, by its status and the moment that binds it. */
export const findingHint = (f: Finding, at: number, timetable: Timetable, w: Words): string =>
  hintText(f, w, wordContext(w, timetable, at));
