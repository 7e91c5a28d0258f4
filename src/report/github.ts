import type { Result } from '../core/evaluate.js';
import type { Finding } from '../core/findings.js';
import type { ReportContext } from './ReportContext.js';
import { groupBy } from './groupBy.js';
import { findingHint, findingMessage } from './findingMessage.js';
import { ciWords } from './ruleInfo.js';
import { noticeTexts } from './notices.js';
import { severity } from './severity.js';
import { summaryCounts } from './text.js';

/** @actions/core's escaping of a command's message. */
export const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** @actions/core's escaping of a command's property values. */
export const escapeProperty = (text: string): string =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub shows at most this many annotations of one kind per step; past it, one a rule. */
export const annotationLimit = 10;

/** GitHub Actions workflow commands: an annotation a finding, or a rule when there are too many. */
export const renderGithub = (result: Result, context: ReportContext): string => {
  const w = context.words;
  const ci = ciWords[w.lang];
  const message = (f: Finding) =>
    `${findingMessage(f, result.at, context.timetable, w, ci)}. ${findingHint(f, result.at, context.timetable, w)}`;
  const root = context.root;
  const outsideNotice =
    root !== undefined && root.outside > 0 ? ci.outsideRoot(root.outside, root.path) : null;
  const notices = noticeTexts(result, context.timetable, w);
  const lines = notices.map(
    (notice) => `::notice title=${escapeProperty('check-ready')}::${escapeData(notice)}`,
  );
  for (const command of ['error', 'warning', 'notice'] as const) {
    const found = result.findings.filter((f) => severity[f.status].github === command);
    // The closing summary is a notice too, and so are the run's notices and the word about paths
    // outside the root: all count against the same limit.
    const room =
      command === 'notice'
        ? annotationLimit - 1 - notices.length - (outsideNotice === null ? 0 : 1)
        : annotationLimit;
    if (found.length <= room) {
      for (const f of found) {
        lines.push(
          `::${command} file=${escapeProperty(f.path)},title=${escapeProperty(`check-ready ${f.rule}`)}::${escapeData(message(f))}`,
        );
      }
      continue;
    }
    for (const [rule, list] of groupBy(found, (f) => f.rule)) {
      const example = list[0] as Finding;
      const text = `${list.length} × ${rule}, e.g. ${example.path}: ${message(example)}`;
      lines.push(
        `::${command} title=${escapeProperty(`check-ready ${rule} (${list.length})`)}::${escapeData(text)}`,
      );
    }
  }
  if (outsideNotice !== null)
    lines.push(`::notice title=${escapeProperty('check-ready')}::${escapeData(outsideNotice)}`);
  const summary = `${w.labels.summary(summaryCounts(result))} — ${w.verdict[result.verdict]}`;
  lines.push(`::notice title=${escapeProperty('check-ready')}::${escapeData(summary)}`);
  return `${lines.join('\n')}\n`;
};

/** GitHub refuses a step summary over 1 MiB: cut at a line, and say so. */
export const stepSummaryLimit = 1024 * 1024;
export const fitStepSummary = (markdown: string, note: string): string => {
  if (Buffer.byteLength(markdown) <= stepSummaryLimit) return markdown;
  const room = stepSummaryLimit - Buffer.byteLength(note) - 16;
  let cut = markdown.slice(0, room);
  while (Buffer.byteLength(cut) > room) cut = cut.slice(0, -1024);
  return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n${note}\n`;
};
