import type { ChalkInstance } from 'chalk';
import type { Box } from '../data/types.js';
import type { ResolvedTimetable as Timetable } from '../data/resolvedTimetable.js';
import type { Words } from './words/Words.js';

/** What a reporter needs besides the result: the words, the timetable, and how to draw. */
export interface ReportContext {
  readonly words: Words;
  readonly timetable: Timetable;
  /** A chalk instance at the level decided once at the edge; level 0 draws no colour. */
  readonly chalk: ChalkInstance;
  readonly verbose: boolean;
  readonly quiet: boolean;
  /**
   * For the machine formats: the absolute root (`/` separators, a closing `/`) their paths are
   * written against, and how many files lie outside it and keep their absolute path.
   */
  readonly root?: { readonly path: string; readonly outside: number };
  /** The folders judged, as given on the command line, for the HTML page's footer. */
  readonly folders?: Readonly<Partial<Record<Box, readonly string[]>>>;
  /** The terminal's width, for the text report's timeline (held to 60–100; 80 when unknown). */
  readonly columns?: number;
  /** Plain ASCII for the text report's timeline: `--ascii`, or a locale that is not UTF-8. */
  readonly ascii?: boolean;
}
