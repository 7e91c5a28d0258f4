import { instantOf, inboxDeadline } from '../core/deadlines.js';
import type { Condition, Result } from '../core/evaluate.js';
import type { Box } from '../core/types.js';
import type { Finding } from '../core/findings.js';
import { formatInZone } from '../core/zone.js';
import { catalogue, messageIds } from '../data/catalogue.js';
import type { DeadlineId } from '../data/timetable.js';
import { groupBy } from './groupBy.js';
import { printable } from './printable.js';
import type { ReportContext } from './ReportContext.js';
import { formatMoment, formatTimeLeft } from './time.js';
import { findingText, hintFor, wordContext } from './words/index.js';
import type { OpenPair, SummaryCounts } from './words/Words.js';

/** The retour that answers a heen message, e.g. WMO303 → WMO304. */
const retourFor = (heen: string): string =>
  messageIds.find((id) => catalogue[id].answers === heen) ?? '?';

/** Warnings, info and errors shown per rule without --verbose. */
const examplesPerRule = 5;

const count = (findings: readonly Finding[], status: Finding['status']) =>
  findings.filter((f) => f.status === status).length;

export const summaryCounts = (result: Result): SummaryCounts => ({
  files: result.summary.files,
  ignored: result.summary.ignored,
  open: count(result.findings, 'open'),
  missed: count(result.findings, 'missed'),
  errors: count(result.findings, 'error'),
  warnings: count(result.findings, 'warning'),
});

/** The report a person reads: at a glance, in order of urgency, the verdict last. */
export const renderText = (result: Result, context: ReportContext): string => {
  const { words: w, chalk: c, timetable } = context;
  const zone = timetable.zone;
  const verdictColour =
    result.verdict === 'ready'
      ? c.green.bold
      : result.verdict === 'missed'
        ? c.red.bold
        : c.yellow.bold;
  const summary = `${w.labels.summary(summaryCounts(result))} — ${verdictColour(w.verdict[result.verdict])}`;
  if (context.quiet) return `${summary}\n`;

  const lines: string[] = [];
  const when = (instant: number) => formatMoment(instant, zone, w);
  const wc = wordContext(w, timetable);

  // 1. Header, after what the reader must know first
  for (const notice of result.notices) {
    lines.push(c.yellow(`ℹ ${w.notice[notice.code]}`));
    lines.push('');
  }
  lines.push(c.bold(`check-ready — ${timetable.title}`));
  lines.push(
    `${w.labels.moment}: ${when(result.at)} (${zone}) · ${formatInZone(result.at, 'UTC', 'yyyy-MM-dd HH:mm')} UTC`,
  );
  lines.push(`${w.labels.phase}: ${w.phase[result.phase]}`);
  const role =
    result.role === null
      ? w.labels.roleUnknown
      : `${w.role[result.role]} (${w.labels.roleFrom[result.roleSource]})`;
  const byBox = Object.entries(result.summary.byBox).map(([box, n]) => `${w.box[box as Box]} ${n}`);
  const byMessage = Object.entries(result.summary.byMessage).map(
    ([message, n]) => `${message} ${n}`,
  );
  lines.push(
    `${w.labels.files}: ${byBox.join(' · ') || '0'}${byMessage.length === 0 ? '' : ` — ${byMessage.join(', ')}`}`,
  );
  lines.push(
    `${w.labels.role}: ${role}${result.org === null ? '' : ` · ${w.labels.org}: ${result.org.join(', ')}`}`,
  );
  lines.push('');

  // 2. End state: never ✔ while an error file could be the message a condition is about.
  const condition = (label: string, { met, open, errors }: Condition) =>
    met
      ? `  ${c.green('✔')} ${label} — ${w.labels.open(open)}`
      : open === 0
        ? `  ${c.yellow('?')} ${label} — ${w.labels.open(open)} · ${w.labels.unknown(errors)}`
        : `  ${c.red('✖')} ${label} — ${w.labels.open(open)}`;
  const { nothingToSend, allReadIn, allRetoursSent } = result.endState;
  lines.push(c.bold(w.labels.endState));
  lines.push(condition(w.labels.nothingToSend, nothingToSend));
  lines.push(condition(w.labels.allReadIn, allReadIn));
  lines.push(condition(w.labels.allRetoursSent, allRetoursSent));
  if (!allRetoursSent.verified) lines.push(c.dim(`    ${w.labels.unverified}`));
  lines.push('');

  // 3. Deadlines that apply to the role
  lines.push(c.bold(w.labels.deadlines));
  for (const d of result.deadlines) {
    if (d.status === 'not-applicable') continue;
    const left = formatTimeLeft(result.at, d.at, w);
    const state =
      d.status === 'met'
        ? c.green(`✔ ${w.status.met}`) + (d.at > result.at ? ` · ${left}` : '')
        : d.status === 'missed'
          ? c.red(`✖ ${w.labels.open(d.open)} · ${w.status.missed}`)
          : d.status === 'unknown'
            ? c.yellow(`? ${w.status.unknown} · ${w.labels.unknown(d.errors)}`) +
              (d.at > result.at ? ` · ${left}` : '')
            : c.yellow(`● ${w.labels.open(d.open)}`) + ` · ${left}`;
    lines.push(`  ${d.id}  ${when(d.at)}  ${w.deadline[d.id]} — ${state}`);
  }
  lines.push('');

  // 4. Actionable files by deadline, then warnings and errors
  const actionable = result.findings.filter((f) => f.status === 'open' || f.status === 'missed');
  lines.push(c.bold(w.labels.todo));
  if (actionable.length === 0) lines.push(`  ${w.labels.nothingTodo}`);
  const byDeadline = groupBy(
    actionable.filter((f): f is Finding & { deadlineId: DeadlineId } => f.deadlineId !== null),
    (f) => f.deadlineId,
  );
  const groups = [...byDeadline].sort(
    ([a], [b]) =>
      instantOf(timetable, a) - instantOf(timetable, b) ||
      timetable.order.indexOf(a) - timetable.order.indexOf(b),
  );
  for (const [id, findings] of groups) {
    const at = instantOf(timetable, id);
    lines.push(
      `  ${c.bold(id)} ${when(at)} — ${w.deadline[id]} (${formatTimeLeft(result.at, at, w)})`,
    );
    for (const f of findings) {
      const marker = f.status === 'missed' ? c.red('✖') : c.yellow('●');
      lines.push(`    ${marker} ${printable(f.path)}  ${findingText(f, w, wc)}`);
    }
    // Within one deadline every finding of a rule has the same status, and so the same hint.
    const hints = [...new Set(findings.map((f) => hintFor(f, w)))];
    for (const hint of hints) lines.push(c.dim(`      → ${hint}`));
  }
  lines.push('');

  const open = result.counterparts.filter(
    (p) => Object.keys(p.weOwe).length + Object.keys(p.theyOwe).length > 0,
  );
  if (open.length > 0) {
    lines.push(c.bold(w.labels.counterparts));
    const pairs = (counts: Readonly<Record<string, number>>): OpenPair[] =>
      Object.entries(counts).map(([heen, count]) => ({ heen, retour: retourFor(heen), count }));
    for (const p of open) {
      lines.push(
        `  ${w.labels.counterpart({ role: p.role, code: p.code, theyOwe: pairs(p.theyOwe), weOwe: pairs(p.weOwe) })}`,
      );
    }
    lines.push('');
  }

  const reports = result.findings.filter((f) => f.status !== 'open' && f.status !== 'missed');
  if (reports.length > 0) {
    lines.push(c.bold(w.labels.problems));
    // Per rule a few examples and the count, so the report stays readable at 100,000 files;
    // --verbose lists every one.
    for (const rule of [...new Set(reports.map((f) => f.rule))]) {
      const ofRule = reports.filter((f) => f.rule === rule);
      const shown = context.verbose ? ofRule : ofRule.slice(0, examplesPerRule);
      for (const f of shown) {
        const marker =
          f.status === 'error'
            ? c.red(`✖ ${w.status.error}`)
            : f.status === 'warning'
              ? c.yellow(`⚠ ${w.status.warning}`)
              : c.cyan(`ℹ ${w.status.info}`);
        lines.push(`  ${marker} ${printable(f.path)}  ${findingText(f, w, wc)}`);
      }
      if (shown.length < ofRule.length)
        lines.push(`    ${w.labels.more(ofRule.length - shown.length)}`);
      lines.push(c.dim(`      → ${w.hint[rule]}`));
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

  // 5. From the retour block until the read-in deadline, the portal still holds messages.
  const readInBy =
    result.role === null
      ? Math.max(
          instantOf(timetable, inboxDeadline(timetable, 'gemeente')),
          instantOf(timetable, inboxDeadline(timetable, 'aanbieder')),
        )
      : instantOf(timetable, inboxDeadline(timetable, result.role));
  if (result.at >= instantOf(timetable, timetable.transitieFrom) && result.at < readInBy) {
    lines.push(c.cyan(`ℹ ${w.labels.portal(result.role)}`));
    lines.push('');
  }

  // 6. The verdict, last.
  lines.push(summary);
  return `${lines.join('\n')}\n`;
};
