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

/**
 * What to do about a finding, in words that fit its status: past its block a message cannot be
 * sent in 2.1 any more, so "before the deadline" would be wrong.
 */
export const hintFor = (finding: Finding, w: Words): string => {
  switch (finding.rule) {
    case 'unsent-heen':
      return finding.args.blockedSince !== null
        ? w.hintLate['unsent-heen']
        : finding.args.sendableUntil !== null
          ? w.hintLate.sendable
          : w.hint[finding.rule];
    case 'unsent-retour':
      return finding.args.blockedSince !== null
        ? w.hintLate['unsent-retour']
        : w.hint[finding.rule];
    case 'unanswered':
    case 'rejected':
      return finding.status === 'missed' ? w.hintLate[finding.rule] : w.hint[finding.rule];
    default:
      return w.hint[finding.rule];
  }
};
