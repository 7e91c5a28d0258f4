import type { Result } from '../core/evaluate.js';
import { formatInZone } from '../core/zone.js';
import type { ReportContext } from './ReportContext.js';
import { formatMoment } from './time.js';
import { timelineOf, type RowState } from './timeline.js';
import { pageWords } from './words/pageWords.js';

/** Mermaid ends a task's name at a colon and reads `#` and `;` as syntax: a look-alike for the colon. */
const name = (text: string) =>
  text
    .replace(/:/g, '∶')
    .replace(/[#;\r\n]+/g, ' ')
    .trim();

const tag: Readonly<Record<string, string>> = {
  met: 'done, ',
  open: 'active, ',
  missed: 'crit, ',
  'not-applicable': '',
};
const mark: Readonly<Record<string, string>> = {
  met: '✔',
  open: '●',
  missed: '✖',
  'not-applicable': '–',
};

/**
 * The timeline as a Mermaid `gantt` block, which GitHub and GitLab draw: the phases as bars, each
 * row a milestone tagged by its state (done, active, crit) and labelled with it, "now" a milestone
 * of its own. Times are the timetable's wall time, so the picture reads the same everywhere; the
 * viewer's own "today" line is switched off, since the report judges its own moment.
 */
export const mermaidTimeline = (result: Result, context: ReportContext): string[] => {
  const { words: w, timetable } = context;
  const p = pageWords[w.lang];
  const tl = timelineOf(result, timetable);
  const zone = timetable.zone;
  const wall = (at: number) => formatInZone(at, zone, 'yyyy-MM-dd HH:mm');
  const stateWord = (s: RowState) =>
    s === 'unknown' ? p.unknown : ((w.status as Record<string, string>)[s] ?? p.unknown);
  const lines = [
    '```mermaid',
    'gantt',
    `  title ${name(p.svgTitle({ from: timetable.from, to: timetable.to }))}`,
    '  dateFormat YYYY-MM-DD HH:mm',
    '  axisFormat %d-%m',
    '  todayMarker off',
  ];
  tl.phases.forEach((ph, i) => {
    lines.push(
      `  section ${name(w.phase[ph.phase](timetable))}`,
      `  ${name(w.phase[ph.phase](timetable))} : phase${i}, ${wall(ph.from)}, ${wall(ph.to)}`,
    );
    for (const row of tl.rows.filter((r) => r.at >= ph.from && r.at < ph.to)) {
      const label = `${row.id} ${mark[row.state] ?? '?'} ${stateWord(row.state)}${row.open > 0 ? ` · ${row.open}` : ''}`;
      lines.push(
        `  ${name(label)} : ${tag[row.state] ?? ''}milestone, ${row.id}, ${wall(row.at)}, 0m`,
      );
    }
  });
  lines.push(
    `  section ${name(p.now)}`,
    `  ${name(`${p.now} · ${formatMoment(tl.now, zone, w, { year: false })}`)} : milestone, now, ${wall(tl.now)}, 0m`,
    '```',
  );
  return lines;
};
