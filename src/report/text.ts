import type { Result } from '../core/evaluate.js';
import { printable } from './printable.js';
import type { ReportContext } from './ReportContext.js';
import { textTimeline } from './textTimeline.js';
import { buildView, type WorkGroup } from './view.js';

// The machine formats' one-line summary still imports it from here.
export { summaryCounts } from './view.js';

/**
 * The report a person reads: the headline first (verdict, next moment, the work in the order it
 * is done), the details after, the headline's first line again last where a terminal leaves the
 * eye. Every decision is in the view; this only draws it.
 */
export const renderText = (result: Result, context: ReportContext): string => {
  const { words: w, chalk: c } = context;
  const view = buildView(result, {
    words: w,
    timetable: context.timetable,
    verbose: context.verbose,
  });
  const verdictColour =
    view.verdict === 'ready'
      ? c.green.bold
      : view.verdict === 'missed'
        ? c.red.bold
        : c.yellow.bold;
  const headline = verdictColour(view.headline);
  if (context.quiet) return `${headline}\n`;

  const lines: string[] = [];
  lines.push(c.bold(view.title), '', headline);
  for (const notice of view.notices) lines.push(c.yellow(notice));
  const width = Math.max(0, ...view.steps.map((s) => s.label.length));
  view.steps.forEach((s, i) => {
    const when = s.by === null ? '' : ` — ${s.late ? c.red(s.by) : s.by}`;
    const where = s.where === null ? '' : ` ${s.where}`;
    const label =
      s.action === 'blocked' || s.action === 'errors'
        ? c.red(s.label.padEnd(width))
        : s.label.padEnd(width);
    lines.push(`  ${i + 1}. ${label}  ${s.what}${where}${when}`);
  });
  lines.push('');
  lines.push(
    ...textTimeline(result, {
      words: w,
      timetable: context.timetable,
      columns: context.columns,
      ascii: context.ascii === true,
    }),
    '',
  );
  lines.push(...view.details, '');

  lines.push(c.bold(w.labels.endState));
  for (const e of view.endState) {
    lines.push(
      `  ${e.state === 'met' ? c.green('✔') : e.state === 'unknown' ? c.yellow('?') : c.red('✖')} ${e.label}${e.open === null ? '' : ` — ${e.open}`}`,
    );
  }
  lines.push('');

  lines.push(c.bold(w.labels.deadlines));
  if (view.rowsFine !== null) lines.push(`  ${c.green('✔')} ${view.rowsFine}`);
  for (const row of view.rows) {
    const colour = row.state === 'met' ? c.green : row.state === 'missed' ? c.red : c.yellow;
    lines.push(`  ${row.id}  ${row.when}  ${row.title} — ${colour(row.stateText)}`);
  }
  lines.push('');

  lines.push(c.bold(w.labels.todo));
  // With error files nobody can say there is nothing to do: the headline's repair step says so.
  const errorStep = view.steps.find((s) => s.action === 'errors');
  if (view.groups.length === 0) lines.push(`  ${errorStep?.what ?? w.labels.nothingTodo}`);
  const drawGroup = (group: WorkGroup, indent: string) => {
    lines.push(`${indent}${c.dim(group.counts)}`);
    const marker = group.clock === 'open' ? c.yellow('●') : c.red('✖');
    group.items.forEach((item, i) => {
      lines.push(`${indent}${marker} ${printable(item.path)}  ${item.text}`);
      if (item.related !== null) lines.push(`${indent}  ${printable(item.related)}`);
      // One hint after a run of files that share it.
      if (group.items[i + 1]?.hint !== item.hint) lines.push(`${indent}  → ${item.hint}`);
    });
    if (group.more !== null) lines.push(`${indent}${group.more}`);
  };
  for (const group of view.groups) {
    lines.push(`  ${c.bold(group.header)}`);
    drawGroup(group, '    ');
  }
  lines.push('');

  if (view.blocked !== null) {
    lines.push(c.bold(view.blocked.header));
    drawGroup(view.blocked, '  ');
    lines.push('');
  }

  if (view.counterparts !== null) {
    lines.push(c.bold(w.labels.counterparts));
    for (const line of view.counterparts.lines) lines.push(`  ${line}`);
    if (view.counterparts.more !== null) lines.push(`  ${view.counterparts.more}`);
    lines.push('');
  }

  if (view.problems.length > 0) {
    lines.push(c.bold(w.labels.problems));
    for (const group of view.problems) {
      group.items.forEach((item, i) => {
        const marker =
          item.status === 'error'
            ? c.red(`✖ ${w.status.error}`)
            : item.status === 'warning'
              ? c.yellow(`⚠ ${w.status.warning}`)
              : c.cyan(`ℹ ${w.status.info}`);
        lines.push(`  ${marker} ${printable(item.path)}  ${item.text}`);
        if (item.related !== null) lines.push(`    ${printable(item.related)}`);
        if (group.items[i + 1]?.hint !== item.hint) lines.push(`    → ${item.hint}`);
      });
      if (group.more !== null) lines.push(`    ${group.more}`);
    }
    lines.push('');
  }

  if (context.verbose) {
    lines.push(c.bold(w.labels.files));
    for (const f of result.files) {
      const what =
        f.message === null ? '—' : `${f.message} ${f.release ?? ''} ${f.kind ?? ''}`.trim();
      lines.push(`  ${printable(f.path)}  [${w.box[f.box]}] ${what}`);
    }
    if (result.ignored.length > 0) {
      lines.push(c.bold(w.labels.ignoredFiles));
      for (const path of result.ignored) lines.push(`  ${printable(path)}`);
    }
    lines.push('');
  }

  if (view.unverified !== null) lines.push(c.dim(view.unverified));
  for (const line of view.closing) lines.push(line.startsWith('ℹ') ? c.cyan(line) : line);
  if (view.unverified !== null || view.closing.length > 0) lines.push('');

  lines.push(headline);
  return `${lines.join('\n')}\n`;
};
