import { instantOf } from '../../core/deadlines.js';
import type { Finding } from '../../core/findings.js';
import type { Timetable } from '../../data/timetable.js';
import { en } from './en.js';
import { nl } from './nl.js';
import type { Lang, WordContext, Words } from './Words.js';
import { formatMoment } from '../time.js';
import { printable } from '../printable.js';

export const words: Readonly<Record<Lang, Words>> = { en, nl };

export const wordContext = (w: Words, timetable: Timetable): WordContext => ({
  when: (id) => formatMoment(instantOf(timetable, id), timetable.zone, w),
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
