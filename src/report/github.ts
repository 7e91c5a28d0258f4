import type { Result } from '../core/evaluate.js';
import type { Finding } from '../core/findings.js';
import type { ReportContext } from './ReportContext.js';
import { groupBy } from './groupBy.js';
import { summaryCounts } from './text.js';
import { findingText, hintText, wordContext } from './words/index.js';

/** @actions/core's escaping of a command's message. */
export const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** @actions/core's escaping of a command's property values. */
export const escapeProperty = (text: string): string =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub shows at most this many annotations of one kind per step; past it, one a rule. */
export const annotationLimit = 10;

type Command = 'error' | 'warning' | 'notice';
const commandOf = (f: Finding): Command =>
  f.status === 'warning' ? 'warning' : f.status === 'info' ? 'notice' : 'error';

/** GitHub Actions workflow commands: an annotation a finding, or a rule when there are too many. */
export const renderGithub = (result: Result, context: ReportContext): string => {
  const w = context.words;
  const wc = wordContext(w, context.timetable, result.at);
  const lines: string[] = [];
  for (const command of ['error', 'warning', 'notice'] as const) {
    const found = result.findings.filter((f) => commandOf(f) === command);
    // The closing summary is a notice too, and counts against the same limit.
    const room = command === 'notice' ? annotationLimit - 1 : annotationLimit;
    if (found.length <= room) {
      for (const f of found) {
        lines.push(
          `::${command} file=${escapeProperty(f.path)},title=${escapeProperty(`check-ready ${f.rule}`)}::${escapeData(`${findingText(f, w, wc)} — ${hintText(f, w, wc)}`)}`,
        );
      }
      continue;
    }
    for (const [rule, list] of groupBy(found, (f) => f.rule)) {
      const example = list[0] as Finding;
      const message = `${list.length} × ${rule}, e.g. ${example.path}: ${findingText(example, w, wc)} — ${hintText(example, w, wc)}`;
      lines.push(
        `::${command} title=${escapeProperty(`check-ready ${rule} (${list.length})`)}::${escapeData(message)}`,
      );
    }
  }
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
