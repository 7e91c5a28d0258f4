import type { Result } from '../core/evaluate.js';
import type { ResolvedTimetable as Timetable } from '../data/resolvedTimetable.js';
import { formatMoment } from './time.js';
import type { Words } from './words/Words.js';

/** The run's own notices (no file at all, another release), in the report's words. */
export const runNoticeTexts = (result: Result, timetable: Timetable, w: Words): string[] =>
  result.notices.map((n): string => {
    switch (n.code) {
      case 'no-files':
        return w.notice['no-files'];
      case 'other-release-only':
      case 'later-release':
        return w.notice[n.code](n.releases, timetable);
    }
  });

/**
 * What every format says before the findings: the run's notices and, for a timetable with
 * inferred rows, which rows no source states. A CI job that reads only its SARIF, JUnit or job
 * summary must see them as a person at the terminal does.
 */
export const noticeTexts = (result: Result, timetable: Timetable, w: Words): string[] => {
  const texts = runNoticeTexts(result, timetable, w);
  if (timetable.inferred.length > 0)
    texts.push(
      w.inferredRows(
        timetable.inferred.map(
          (row) => `${row.id} (${formatMoment(row.at, timetable.zone, w)}: ${row.title[w.lang]})`,
        ),
      ),
    );
  return texts;
};
