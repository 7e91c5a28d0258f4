import type { UsageProblem } from '../../core/UsageProblem.js';
import type { Lang } from '../../report/words/Words.js';
import type { CliWords } from './CliWords.js';
import { en } from './en.js';
import { nl } from './nl.js';

export const cliWords: Readonly<Record<Lang, CliWords>> = { en, nl };

/** A usage problem in words. The cast is safe: `code` and its arguments travel together. */
export const usageText = (problem: UsageProblem, w: CliWords): string =>
  (w.problem[problem.code] as (p: UsageProblem) => string)(problem);
