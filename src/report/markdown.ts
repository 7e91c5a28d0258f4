import { instantOf } from '../core/deadlines.js';
import type { Result } from '../core/evaluate.js';
import { formatInZone } from '../core/zone.js';
import type { ReportContext } from './ReportContext.js';
import { summaryCounts } from './text.js';
import { formatMoment, formatTimeLeft } from './time.js';
import { findingText, hintText, wordContext } from './words/index.js';

/** Table cells hold no pipes or line breaks; paths are shown as code. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, 'ˋ').replace(/[\r\n]+/g, ' ')}\``;

/** The report as Markdown, for an e-mail, a ticket or a CI job summary. */
export const renderMarkdown = (result: Result, context: ReportContext): string => {
  const { words: w, timetable } = context;
  const wc = wordContext(w, timetable, result.at);
  const when = (instant: number) => formatMoment(instant, timetable.zone, w);
  const lines: string[] = [];
  lines.push(`# check-ready — ${timetable.title}`, '');
  lines.push(`**${w.verdict[result.verdict]}** — ${w.labels.summary(summaryCounts(result))}`, '');
  lines.push(
    `- ${w.labels.moment}: ${when(result.at)} (${timetable.zone}) · ${formatInZone(result.at, 'UTC', 'yyyy-MM-dd HH:mm')} UTC`,
  );
  lines.push(`- ${w.labels.phase}: ${w.phase[result.phase]}`);
  lines.push(
    `- ${w.labels.role}: ${result.role === null ? w.labels.roleUnknown : w.role[result.role]}${result.org === null ? '' : ` · ${w.labels.org}: ${result.org.join(', ')}`}`,
    '',
  );

  const { nothingToSend, allReadIn, allRetoursSent } = result.endState;
  lines.push(`## ${w.labels.endState}`, '');
  for (const [{ met, open, errors }, label] of [
    [nothingToSend, w.labels.nothingToSend],
    [allReadIn, w.labels.allReadIn],
    [allRetoursSent, w.labels.allRetoursSent],
  ] as const) {
    // Never ✅ while an error file could be the message a condition is about.
    lines.push(
      met || open > 0
        ? `- ${met ? '✅' : '❌'} ${label} — ${w.labels.open(open)}`
        : `- ❓ ${label} — ${w.status.unknown}: ${w.labels.unknown(errors)}`,
    );
  }
  if (!allRetoursSent.verified) lines.push(`- ℹ️ ${w.labels.unverified}`);
  lines.push('', `## ${w.labels.deadlines}`, '', '| | | | |', '| --- | --- | --- | --- |');
  for (const d of result.deadlines) {
    if (d.status === 'not-applicable') continue;
    const state =
      d.status === 'met'
        ? `✅ ${w.status.met}`
        : d.status === 'unknown'
          ? `❓ ${w.status.unknown}: ${w.labels.unknown(d.errors)}`
          : `${d.status === 'missed' ? '❌' : '⏳'} ${w.labels.open(d.open)} · ${w.status[d.status]}`;
    lines.push(
      `| ${d.id} | ${when(d.at)} | ${cell(w.deadline[d.id])} | ${state} · ${formatTimeLeft(result.at, d.at, w)} |`,
    );
  }
  const actionable = result.findings.filter((f) => f.status === 'open' || f.status === 'missed');
  lines.push('', `## ${w.labels.todo}`, '');
  if (actionable.length === 0) lines.push(w.labels.nothingTodo);
  const ids = [...new Set(actionable.map((f) => f.deadlineId))].sort(
    (a, b) =>
      (a === null ? 0 : instantOf(timetable, a)) - (b === null ? 0 : instantOf(timetable, b)),
  );
  for (const id of ids) {
    if (id === null) continue;
    lines.push(`### ${id} — ${when(instantOf(timetable, id))}: ${w.deadline[id]}`, '');
    for (const f of actionable.filter((x) => x.deadlineId === id)) {
      lines.push(
        `- ${f.status === 'missed' ? '❌' : '⏳'} ${code(f.path)} — ${findingText(f, w, wc)}`,
      );
    }
    lines.push('');
  }
  const reports = result.findings.filter((f) => f.status !== 'open' && f.status !== 'missed');
  if (reports.length > 0) {
    lines.push(`## ${w.labels.problems}`, '');
    for (const f of reports) {
      const mark = f.status === 'error' ? '❌' : f.status === 'warning' ? '⚠️' : 'ℹ️';
      lines.push(`- ${mark} ${code(f.path)} — ${findingText(f, w, wc)} _${hintText(f, w, wc)}_`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
};
