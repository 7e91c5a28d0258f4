import { blockFor, instantOf } from '../../core/deadlines.js';
import type { Finding } from '../../core/findings.js';
import type { ResolvedTimetable as Timetable } from '../../data/resolvedTimetable.js';
import { en } from './en.js';
import { nl } from './nl.js';
import type { HintInput, Lang, WordContext, Words } from './Words.js';
import { formatMoment, formatTimeLeft } from '../time.js';
import { printable } from '../printable.js';

export const words: Readonly<Record<Lang, Words>> = { en, nl };

/** The calendar as the words see it from `now`: moments, time left, the chain's blocks. */
export const wordContext = (w: Words, timetable: Timetable, now: number): WordContext => ({
  when: (id) => formatMoment(instantOf(timetable, id), timetable.zone, w),
  short: (id) => formatMoment(instantOf(timetable, id), timetable.zone, w, { year: false }),
  left: (id) => {
    const at = instantOf(timetable, id);
    return at > now ? formatTimeLeft(now, at, w) : null;
  },
  past: (id) => now >= instantOf(timetable, id),
  blocks: {
    heen: blockFor(timetable, 'heen'),
    retour: blockFor(timetable, 'retour'),
    live: timetable.phases.ingebruikname.id,
  },
  releases: { from: timetable.from, to: timetable.to },
});

/**
 * A finding in words, printable: a header value may hold any character, a control character
 * included, and every format renders finding texts from here. The cast is safe: `rule` and
 * `args` travel together in the union.
 */
export const findingText = (finding: Finding, w: Words, context: WordContext): string =>
  printable(
    (w.finding[finding.rule] as (args: Finding['args'], c: WordContext) => string)(
      finding.args,
      context,
    ),
  );

/**
 * What to do about a finding, by its status and the moment that binds it; the same sentence for
 * every format. The cast is safe for the same reason as above.
 */
export const hintText = (finding: Finding, w: Words, context: WordContext): string =>
  printable(
    (w.hint[finding.rule] as (f: HintInput<Finding['rule']>, c: WordContext) => string)(
      finding,
      context,
    ),
  );
