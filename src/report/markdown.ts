import { instantOf, rowOf, rowOrder } from '../core/deadlines.js';
import type { Result } from '../core/evaluate.js';
import type { Finding } from '../core/findings.js';
import { formatInZone } from '../core/zone.js';
import { findingHint, findingMessage } from './findingMessage.js';
import { groupBy } from './groupBy.js';
import { mermaidTimeline } from './mermaid.js';
import { noticeTexts } from './notices.js';
import type { ReportContext } from './ReportContext.js';
import { ciWords } from './ruleInfo.js';
import { isActionable, severity } from './severity.js';
import { summaryCounts } from './text.js';
import { formatMoment, formatTimeLeft } from './time.js';
import { relatedText } from './view.js';

/** Table cells hold no pipes or line breaks; paths are shown as code. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, 'ˋ').replace(/[\r\n]+/g, ' ')}\``;
/** Text outside code: no HTML a renderer would act on, no line breaks. */
const plain = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\r\n]+/g, ' ');

/**
 * A pull-request comment holds 65,536 characters, a job summary 1 MiB: the report stays under
 * this whatever the number of files, with some room for what a workflow puts around it.
 */
export const markdownLimit = 60_000;
/** A group this small is shown open. */
const unfoldedUpTo = 5;
/** Items shown per group, tried in turn until the report fits. */
const itemsPerGroup = [50, 20, 10, 5, 2, 0];

/** The report as Markdown, for an e-mail, a ticket, a pull-request comment or a CI job summary. */
export const renderMarkdown = (result: Result, context: ReportContext): string => {
  for (const shown of itemsPerGroup) {
    const markdown = renderWithin(result, context, shown);
    if (markdown.length <= markdownLimit) return markdown;
  }
  // Only paths of extreme length get here: cut at a line, and say where the rest is.
  const markdown = renderWithin(result, context, 0);
  const note = `\n\n${ciWords[context.words.lang].cut}\n`;
  const cut = markdown.slice(0, markdownLimit - note.length);
  return `${cut.slice(0, cut.lastIndexOf('\n'))}${note}`;
};

const renderWithin = (result: Result, context: ReportContext, shown: number): string => {
  const { words: w, timetable } = context;
  const ci = ciWords[w.lang];
  const when = (instant: number) => formatMoment(instant, timetable.zone, w);
  const lines: string[] = [];
  lines.push(`# check-ready — ${timetable.title[w.lang]}`, '');
  lines.push(`**${w.verdict[result.verdict]}** — ${w.labels.summary(summaryCounts(result))}`, '');
  lines.push(
    `- ${w.labels.moment}: ${when(result.at)} (${timetable.zone}) · ${formatInZone(result.at, 'UTC', 'yyyy-MM-dd HH:mm')} UTC`,
  );
  lines.push(`- ${w.labels.phase}: ${w.phase[result.phase](timetable)}`);
  lines.push(
    `- ${w.labels.role}: ${result.role === null ? w.labels.roleUnknown : w.role[result.role]}${result.org === null ? '' : ` · ${w.labels.org}: ${result.org.join(', ')}`}`,
  );
  const root = context.root;
  if (root !== undefined && root.outside > 0)
    lines.push(`- ℹ️ ${plain(ci.outsideRoot(root.outside, root.path))}`);
  for (const notice of noticeTexts(result, timetable, w)) lines.push(`- ${plain(notice)}`);
  lines.push('');

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
      `| ${d.id} | ${when(d.at)} | ${cell(rowOf(timetable, d.id).title[w.lang])} | ${state} · ${formatTimeLeft(result.at, d.at, w)} |`,
    );
  }

  // A group of more than a few folded, its first items listed and the rest counted: the report
  // fits a comment at any size, and the complete list is in the JSON report.
  const folded = (findings: readonly Finding[]) => {
    const fold = findings.length > unfoldedUpTo;
    if (fold) lines.push(`<details><summary>${ci.items(findings.length)}</summary>`, '');
    for (const f of findings.slice(0, shown)) {
      const related = relatedText(f, w);
      lines.push(
        `- ${severity[f.status].emoji} ${code(f.path)} — ${plain(findingMessage(f, result.at, timetable, w, ci))}${related === null ? '' : ` · ${plain(related)}`}`,
      );
    }
    if (findings.length > shown) lines.push(`- ${plain(ci.more(findings.length - shown))}`);
    lines.push('', ...(fold ? ['</details>', ''] : []));
  };

  lines.push('', ...mermaidTimeline(result, context));
  const actionable = result.findings.filter(isActionable);
  lines.push('', `## ${w.labels.todo}`, '');
  if (actionable.length === 0) lines.push(w.labels.nothingTodo, '');
  const byDeadline = groupBy(
    actionable.filter((f): f is Finding & { deadlineId: string } => f.deadlineId !== null),
    (f) => f.deadlineId,
  );
  // In the text report's order: by moment, then by the timetable's own order.
  const groups = [...byDeadline].sort(
    ([a], [b]) => rowOrder(timetable, a) - rowOrder(timetable, b),
  );
  for (const [id, findings] of groups) {
    const at = instantOf(timetable, id);
    lines.push(
      `### ${id} — ${when(at)}: ${rowOf(timetable, id).title[w.lang]} (${formatTimeLeft(result.at, at, w)})`,
      '',
    );
    folded(findings);
    // The advice names the moment and follows the status; a group shares a few sentences at most.
    const hints = [...new Set(findings.map((f) => findingHint(f, result.at, timetable, w)))];
    for (const hint of hints.slice(0, 3)) lines.push(`_${plain(hint)}_`, '');
  }
  const reports = result.findings.filter((f) => !isActionable(f));
  if (reports.length > 0) {
    lines.push(`## ${w.labels.problems}`, '');
    for (const [rule, findings] of groupBy(reports, (f) => f.rule)) {
      lines.push(
        `### ${severity[findings[0]!.status].emoji} ${w.ruleTitle[rule]} (\`${rule}\`)`,
        '',
      );
      folded(findings);
      lines.push(`_${plain(ci.rules[rule].help)}_`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
};
