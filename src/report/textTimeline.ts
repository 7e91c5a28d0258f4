import type { Result } from '../core/evaluate.js';
import type { ResolvedTimetable as Timetable } from '../data/resolvedTimetable.js';
import { formatInZone } from '../core/zone.js';
import { place, stackLanes, timelineOf, type RowState } from './timeline.js';
import { pageWords } from './words/pageWords.js';
import type { Words } from './words/Words.js';

/** The characters a timeline is drawn with: box drawing, or plain ASCII for any terminal. */
const glyphs = {
  unicode: {
    axis: '─',
    leader: '│',
    live: '┃',
    now: '▲',
    before: '◀',
    after: '▶',
    state: { met: '✔', open: '●', missed: '✖', unknown: '?', 'not-applicable': '·' },
  },
  ascii: {
    axis: '-',
    leader: '|',
    live: '#',
    now: '^',
    before: '<',
    after: '>',
    state: { met: 'v', open: 'o', missed: 'X', unknown: '?', 'not-applicable': '.' },
  },
} as const;

export const minWidth = 60;
export const maxWidth = 100;
const indent = 2;

export interface TextTimelineOptions {
  readonly words: Words;
  readonly timetable: Timetable;
  /** The terminal's width; held to 60–100, 80 when unknown. */
  readonly columns: number | undefined;
  readonly ascii: boolean;
}

/**
 * The role's rows on one line as wide as the terminal, each moment marked by its state and
 * labelled with its rows and time above the line (stacked where they would touch), "now" below.
 */
export const textTimeline = (result: Result, options: TextTimelineOptions): string[] => {
  const { words: w, timetable } = options;
  const p = pageWords[w.lang];
  const g = options.ascii ? glyphs.ascii : glyphs.unicode;
  const width = Math.min(maxWidth, Math.max(minWidth, options.columns ?? 80));
  const tl = timelineOf(result, timetable, true);
  const length = width - indent;
  const col = (at: number) => indent + Math.round(place(tl, at, length - 1));
  const zone = timetable.zone;
  const short = (at: number) => {
    const [day, month, hh, mm] = formatInZone(at, zone, 'd M HH mm').split(' ');
    return w
      .dateTime({
        weekday: '',
        day: Number(day),
        month: w.months[Number(month) - 1] ?? '',
        year: null,
        hh: hh ?? '',
        mm: mm ?? '',
      })
      .trim();
  };
  const mark = (state: RowState) => (g.state as Record<string, string>)[state] ?? g.state.unknown;

  // One mark and one label per moment; go-live is a moment of its own.
  const marks = [
    ...tl.moments.map((m) => ({
      at: m.at,
      glyph: mark(m.state),
      label: `${m.rows.map((r) => r.id).join(' ')} ${mark(m.state)} ${short(m.at)}`,
    })),
    { at: tl.live, glyph: g.live, label: `${p.live(timetable.to)} ${short(tl.live)}` },
  ]
    .map((m) => {
      const c = col(m.at);
      const fits = c + m.label.length <= width;
      const from = fits ? c : Math.max(0, c - m.label.length + 1);
      return { ...m, col: c, from, to: from + m.label.length };
    })
    .sort((a, b) => a.from - b.from || a.at - b.at);
  const lanes = stackLanes(marks, 1);
  const laneCount = Math.max(0, ...lanes.map((l) => l + 1));

  const blank = () => Array.from({ length: width }, () => ' ');
  const put = (line: string[], at: number, text: string) => {
    [...text].forEach((ch, i) => {
      if (at + i >= 0 && at + i < width) line[at + i] = ch;
    });
  };
  const lines: string[][] = [];
  // The highest lane on top, so the lane nearest the axis sits right above it.
  for (let lane = laneCount - 1; lane >= 0; lane--) {
    const line = blank();
    const taken = new Set<number>();
    marks.forEach((m, i) => {
      if ((lanes[i] ?? 0) !== lane) return;
      put(line, m.from, m.label);
      for (let c = m.from; c < m.to; c++) taken.add(c);
    });
    // Labels further up reach their mark through this lane, where no label is in the way.
    marks.forEach((m, i) => {
      if ((lanes[i] ?? 0) > lane && !taken.has(m.col)) line[m.col] = g.leader;
    });
    lines.push(line);
  }
  const axis = blank();
  for (let i = indent; i < width; i++) axis[i] = g.axis;
  for (const m of marks) axis[m.col] = m.glyph;
  lines.push(axis);

  const now = blank();
  const nowText = `${p.now} ${short(tl.now)}`;
  if (tl.nowOn === 'before') put(now, indent, `${g.before} ${nowText}`);
  else if (tl.nowOn === 'after') put(now, width - nowText.length - 2, `${nowText} ${g.after}`);
  else {
    const c = col(tl.now);
    const text = `${g.now} ${nowText}`;
    if (c + text.length <= width) put(now, c, text);
    else put(now, c - nowText.length - 1, `${nowText} ${g.now}`);
  }
  lines.push(now);
  return lines.map((l) => l.join('').trimEnd());
};
