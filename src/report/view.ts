import { inboxDeadline, instantOf, rowOf, rowOrder } from '../core/deadlines.js';
import type { Condition, DeadlineState, Result } from '../core/evaluate.js';
import type { Finding, FindingOf, RuleId } from '../core/findings.js';
import type { Role, Status, Verdict } from '../data/types.js';
import type { ResolvedTimetable as Timetable } from '../data/resolvedTimetable.js';
import { groupBy } from './groupBy.js';
import { noticeTexts } from './notices.js';
import { formatMoment, formatTimeLeft } from './time.js';
import { findingText, hintText, wordContext } from './words/index.js';
import { retourOf } from './words/naming.js';
import {
  actions,
  type Action,
  type OpenPair,
  type SummaryCounts,
  type WordContext,
  type Words,
} from './words/Words.js';

/**
 * The report decided once from the Result: what comes first, how work is grouped and ordered,
 * what is capped. Text renders it; Markdown and HTML can render the same view, so every format
 * agrees on the order. Sentences are already in the chosen language; paths are kept apart so a
 * format can mark them up.
 */
export interface ReportView {
  readonly verdict: Verdict;
  readonly title: string;
  /** The first line of the report, and its last. */
  readonly headline: string;
  /** Lines of the headline block under the first: the work in the order it is done. */
  readonly steps: readonly Step[];
  /** Notices that must open the report, e.g. that no file was found at all. */
  readonly notices: readonly string[];
  readonly details: readonly string[];
  readonly endState: readonly {
    /** `unknown`: nothing open, but an error file could be a message the condition is about. */
    readonly state: 'met' | 'open' | 'unknown';
    readonly label: string;
    readonly open: string | null;
  }[];
  readonly unverified: string | null;
  readonly rowsFine: string | null;
  readonly rows: readonly Row[];
  readonly groups: readonly WorkGroup[];
  readonly blocked: WorkGroup | null;
  readonly counterparts: { readonly lines: readonly string[]; readonly more: string | null } | null;
  readonly problems: readonly ProblemGroup[];
  readonly closing: readonly string[];
}

/** Where a finding stands against the clock. */
export type Clock = 'open' | 'late' | 'blocked';

export interface Step {
  readonly action: Action | 'blocked' | 'errors' | 'warnings';
  readonly label: string;
  readonly what: string;
  readonly where: string | null;
  readonly by: string | null;
  readonly late: boolean;
}

export interface Row {
  readonly id: string;
  readonly when: string;
  readonly title: string;
  readonly state: 'met' | 'open' | 'missed' | 'unknown';
  readonly stateText: string;
}

/** One file, one line: under the earliest moment that binds it, with every step it needs. */
export interface WorkItem {
  readonly path: string;
  readonly action: Action;
  readonly clock: Clock;
  readonly message: string | null;
  readonly text: string;
  readonly hint: string;
  /** The other files the finding is about, in words; `null` when there are none. */
  readonly related: string | null;
}

export interface WorkGroup {
  readonly header: string;
  readonly counts: string;
  readonly clock: Clock;
  readonly items: readonly WorkItem[];
  /** Files not shown without --verbose, in words; `null` when every one is shown. */
  readonly more: string | null;
}

export interface ProblemGroup {
  readonly rule: RuleId;
  readonly items: readonly {
    readonly path: string;
    readonly status: Status;
    readonly text: string;
    readonly hint: string;
    readonly related: string | null;
  }[];
  readonly more: string | null;
}

export interface ViewOptions {
  readonly words: Words;
  readonly timetable: Timetable;
  readonly verbose: boolean;
}

/** Files listed per group, and warnings and errors per rule, without --verbose. */
export const examplesPerGroup = 5;
/** Counterparts listed without --verbose. */
export const topCounterparts = 10;

/** The smallest of many numbers; `Math.min(...xs)` overflows the stack for a few hundred thousand. */
const earliest = (xs: readonly number[]): number => xs.reduce((a, b) => (b < a ? b : a), Infinity);

const obligation = (f: Finding) => f.status === 'open' || f.status === 'missed';

export const summaryCounts = (result: Result): SummaryCounts => {
  const count = (status: Status) => result.findings.filter((f) => f.status === status).length;
  return {
    files: result.summary.files,
    ignored: result.summary.ignored,
    open: count('open'),
    missed: count('missed'),
    errors: count('error'),
    warnings: count('warning'),
  };
};

/**
 * Where a finding stands against the clock: still `open`; `late` when its deadline passed but the
 * chain still carries it (or, for reading in, nothing stops it); `blocked` when it can no longer be
 * done in this release. `null` for reports that ask no work.
 */
export const clockOf = (f: Finding, c: WordContext): Clock | null => {
  if (f.status === 'open') return 'open';
  if (f.status !== 'missed') return null;
  switch (f.rule) {
    case 'unsent-heen':
      return f.args.sendableUntil !== null ? 'late' : 'blocked';
    case 'rejected':
      return c.past(c.blocks.heen) ? 'blocked' : 'late';
    case 'unread':
      return 'late';
    default:
      return 'blocked';
  }
};

/** The row until which a late finding can still be done; `null` when nothing ends it. */
const carriedUntil = (f: Finding, c: WordContext): string | null =>
  f.rule === 'unsent-heen' ? f.args.sendableUntil : f.rule === 'rejected' ? c.blocks.heen : null;

const actionOf = (f: Finding): Action | null => {
  switch (f.rule) {
    case 'unanswered':
      return 'answer';
    case 'rejected':
      return 'resend';
    case 'unsent-heen':
    case 'unsent-retour':
      return 'send';
    case 'unread':
      return 'read';
    default:
      return null;
  }
};

const commonFolder = (paths: readonly string[]): string | null => {
  const dirs = paths.map((p) => p.split('/').slice(0, -1));
  const first = dirs[0];
  if (first === undefined) return null;
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && d[i] === first[i]) i++;
    n = i;
  }
  return n === 0 ? null : `${first.slice(0, n).join('/')}/`;
};

const countMessages = (items: readonly { message: string | null }[]): Record<string, number> => {
  const counts = new Map<string, number>();
  for (const { message } of items)
    counts.set(message ?? '?', (counts.get(message ?? '?') ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
};

/** Other files named per finding; the JSON report lists them all. */
const relatedShown = 3;

/** The other files a finding is about (its copies, the heenbericht of a retour), in words. */
export const relatedText = (f: Finding, w: Words): string | null =>
  f.related.length === 0
    ? null
    : w.labels.related(
        f.related.slice(0, relatedShown),
        Math.max(0, f.related.length - relatedShown),
      );

interface Placed extends Omit<WorkItem, 'text' | 'hint' | 'related'> {
  /** The instant that binds the file: its earliest open deadline, or the end of the chain's grace. */
  readonly at: number | null;
  readonly ids: readonly string[];
  /** The file's sentence and advice, put in words only for the files a report shows. */
  readonly say: () => {
    readonly text: string;
    readonly hint: string;
    readonly related: string | null;
  };
}

const toItem = ({ path, action, clock, message, say }: Placed): WorkItem => ({
  path,
  action,
  clock,
  message,
  ...say(),
});

/** One item per file: its findings merged, placed under the earliest moment still open to it. */
const placeFiles = (
  result: Result,
  w: Words,
  c: WordContext,
  timetable: Timetable,
  messageOf: (path: string) => string | null,
): Placed[] => {
  const byPath = groupBy(result.findings.filter(obligation), (f) => f.path);
  const placed: Placed[] = [];
  for (const [path, findings] of byPath) {
    const doable = findings.filter((f) => clockOf(f, c) !== 'blocked');
    const unread = findings.find((f): f is FindingOf<'unread'> => f.rule === 'unread');
    const unanswered = findings.find((f): f is FindingOf<'unanswered'> => f.rule === 'unanswered');
    const bindingAt = (f: Finding): number | null => {
      const clock = clockOf(f, c);
      if (clock === 'open')
        return f.deadlineId === null ? null : instantOf(timetable, f.deadlineId);
      const until = carriedUntil(f, c);
      return until === null ? null : instantOf(timetable, until);
    };
    const order = (f: Finding) => actions.indexOf(actionOf(f) ?? 'read');
    // The finding that decides the line: still doable first, then the earliest moment, then working order.
    const primary = [...(doable.length > 0 ? doable : findings)].sort(
      (a, b) =>
        (clockOf(a, c) === 'late' ? 0 : 1) - (clockOf(b, c) === 'late' ? 0 : 1) ||
        (bindingAt(a) ?? Infinity) - (bindingAt(b) ?? Infinity) ||
        order(a) - order(b),
    )[0];
    if (primary === undefined) continue;
    const clock = clockOf(primary, c) ?? 'blocked';
    const both = unread !== undefined && unanswered !== undefined;
    const action: Action = both
      ? clockOf(unanswered, c) === 'blocked'
        ? 'read'
        : 'answer'
      : (actionOf(primary) ?? 'read');
    placed.push({
      path,
      action,
      clock,
      message: messageOf(path) ?? ('message' in primary.args ? primary.args.message : null),
      say: () => ({
        text: both ? w.readAndAnswer.text(unanswered.args, c) : findingText(primary, w, c),
        hint: both
          ? w.readAndAnswer.hint(
              {
                args: unanswered.args,
                answer: unanswered.status,
                read: unread.status,
                answerBy: unanswered.deadlineId,
                readBy: unread.deadlineId,
              },
              c,
            )
          : hintText(primary, w, c),
        related: relatedText(primary, w),
      }),
      at: clock === 'blocked' ? null : bindingAt(primary),
      ids: [
        ...new Set(
          (clock === 'blocked' ? findings : doable)
            .filter((f) => bindingAt(f) === bindingAt(primary) || clock === 'blocked')
            .map((f) => f.deadlineId)
            .filter((id): id is string => id !== null),
        ),
      ],
    });
  }
  return placed;
};

const byWorkingOrder = (a: Placed, b: Placed) =>
  actions.indexOf(a.action) - actions.indexOf(b.action) ||
  (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The report, decided once: sections, groups, order and caps. */
export const buildView = (result: Result, options: ViewOptions): ReportView => {
  const { words: w, timetable, verbose } = options;
  const zone = timetable.zone;
  const now = result.at;
  const c = wordContext(w, timetable, now);
  const when = (at: number) => formatMoment(at, zone, w);
  const short = (at: number) => formatMoment(at, zone, w, { year: false });
  const left = (at: number) => (at > now ? formatTimeLeft(now, at, w) : null);
  const messageOfPath = new Map(result.files.map((f) => [f.path, f.message]));

  const placed = placeFiles(result, w, c, timetable, (p) => messageOfPath.get(p) ?? null);
  const doable = placed.filter((p) => p.clock !== 'blocked');
  const blockedItems = placed.filter((p) => p.clock === 'blocked').sort(byWorkingOrder);

  // Groups: late work first (it is due now), then each moment ahead in time order.
  const keyOf = (p: Placed) => `${p.clock === 'late' ? 0 : 1}:${p.at ?? Infinity}`;
  const grouped = [...groupBy(doable, keyOf).values()].sort((a, b) => {
    const [pa, pb] = [a[0], b[0]];
    if (pa === undefined || pb === undefined) return 0;
    return (
      (pa.clock === 'late' ? 0 : 1) - (pb.clock === 'late' ? 0 : 1) ||
      (pa.at ?? Infinity) - (pb.at ?? Infinity)
    );
  });
  const cap = (items: readonly Placed[]): WorkItem[] =>
    (verbose ? items : items.slice(0, examplesPerGroup)).map(toItem);
  const groups: WorkGroup[] = grouped.map((items) => {
    const sorted = [...items].sort(byWorkingOrder);
    const first = sorted[0];
    const at = first?.at ?? null;
    const ids = [...new Set(sorted.flatMap((p) => p.ids))].sort(
      (a, b) => rowOrder(timetable, a) - rowOrder(timetable, b),
    );
    const header =
      first?.clock === 'late'
        ? w.labels.lateHeader(at === null ? null : { when: short(at), left: left(at) })
        : w.labels.groupHeader({
            when: at === null ? '?' : when(at),
            left: at === null ? null : left(at),
            ids,
          });
    const shown = cap(sorted);
    return {
      header,
      counts: w.labels.groupCounts(sorted.length, countMessages(sorted)),
      clock: first?.clock ?? 'open',
      items: shown,
      more: shown.length < sorted.length ? w.labels.more(sorted.length - shown.length) : null,
    };
  });
  const shownBlocked = cap(blockedItems);
  const blocked: WorkGroup | null =
    blockedItems.length === 0
      ? null
      : {
          header: w.labels.blocked(timetable.from),
          counts: w.labels.groupCounts(blockedItems.length, countMessages(blockedItems)),
          clock: 'blocked',
          items: shownBlocked,
          more:
            shownBlocked.length < blockedItems.length
              ? w.labels.more(blockedItems.length - shownBlocked.length)
              : null,
        };

  // The headline's steps: the work in the order it is done, each with its count, kind and folder.
  const errors = result.findings.filter((f) => f.status === 'error');
  const errorFiles = new Set(errors.map((f) => f.path)).size;
  const warnings = result.findings.filter((f) => f.status === 'warning').length;
  const steps: Step[] = [];
  for (const late of [true, false]) {
    for (const action of actions) {
      const items = doable.filter((p) => p.action === action && (p.clock === 'late') === late);
      if (items.length === 0) continue;
      const ats = items.map((p) => p.at).filter((at): at is number => at !== null);
      const by = ats.length === 0 ? null : earliest(ats);
      steps.push({
        action,
        label: w.labels.step[action],
        what: w.labels.kinds(countMessages(items)),
        where: (() => {
          const folder = commonFolder(items.map((p) => p.path));
          return folder === null ? null : w.labels.inFolder(folder);
        })(),
        by: late
          ? w.labels.carried(by === null ? null : { when: short(by), left: left(by) })
          : by === null
            ? null
            : w.labels.by({ when: short(by), left: left(by) }),
        late,
      });
    }
  }
  if (blockedItems.length > 0)
    steps.push({
      action: 'blocked',
      label: w.labels.step.blocked,
      what: w.labels.blockedStep(blockedItems.length, timetable.from),
      where: null,
      by: null,
      late: false,
    });
  if (errorFiles > 0)
    steps.push({
      action: 'errors',
      label: w.labels.step.errors,
      what: w.labels.errorStep(errorFiles),
      where: null,
      by: null,
      late: false,
    });
  if (warnings > 0)
    steps.push({
      action: 'warnings',
      label: w.labels.step.warnings,
      what: w.labels.warningStep(warnings),
      where: null,
      by: null,
      late: false,
    });

  // The next moment: the earliest that binds open work, else late work's end, else the next row ahead for the role.
  const applies = (d: DeadlineState) => d.status !== 'not-applicable';
  const openAts = doable
    .filter((p) => p.clock === 'open' && p.at !== null)
    .map((p) => p.at as number);
  const lateAts = doable
    .filter((p) => p.clock === 'late' && p.at !== null)
    .map((p) => p.at as number);
  const ahead = result.deadlines.filter((d) => applies(d) && d.at > now).map((d) => d.at);
  const next =
    lateAts.length > 0
      ? { at: earliest(lateAts), carried: true }
      : openAts.length > 0
        ? { at: earliest(openAts), carried: false }
        : ahead.length > 0
          ? { at: earliest(ahead), carried: false }
          : null;
  const headline = w.labels.headline({
    verdict: result.verdict,
    work: placed.length,
    errors: errorFiles,
    next:
      next === null ? null : { when: short(next.at), left: left(next.at), carried: next.carried },
  });

  // Said once, before the work: a row no source states may be wrong, and the user should know.
  const notices = noticeTexts(result, timetable, w);

  const who =
    result.org !== null && result.org.length > 0
      ? result.org.map((code) => w.party(code)).join(', ')
      : result.role === null
        ? null
        : w.role[result.role];
  const role: string =
    result.role === null
      ? w.labels.roleUnknown
      : `${w.role[result.role]}${w.labels.roleFrom[result.roleSource] === '' ? '' : ` (${w.labels.roleFrom[result.roleSource]})`}`;
  const details = [
    `${w.labels.role}: ${role} · ${w.labels.phase}: ${w.phase[result.phase](timetable)}`,
    w.labels.filesLine({ byBox: result.summary.byBox, ignored: result.summary.ignored }),
  ];

  const { nothingToSend, allReadIn, allRetoursSent } = result.endState;
  // Never ✔ while an error file could be the message a condition is about.
  const condition = (
    label: string,
    { met, open, errors }: Condition,
    shortfall: (n: number) => string,
  ): ReportView['endState'][number] =>
    met
      ? { state: 'met', label, open: null }
      : open === 0
        ? { state: 'unknown', label, open: `${w.status.unknown}: ${w.labels.unknown(errors)}` }
        : { state: 'open', label, open: shortfall(open) };
  const endState = [
    condition(w.labels.nothingToSend, nothingToSend, w.labels.endStateOpen.nothingToSend),
    condition(w.labels.allReadIn, allReadIn, w.labels.endStateOpen.allReadIn),
    condition(w.labels.allRetoursSent, allRetoursSent, w.labels.endStateOpen.allRetoursSent),
  ];

  // Rows count messages, not findings; past rows with nothing open fold into one line.
  const pathsOf = (id: string) =>
    new Set(result.findings.filter((f) => f.deadlineId === id && obligation(f)).map((f) => f.path))
      .size;
  const listed = result.deadlines.filter(applies);
  const fine = listed.filter((d) => d.status === 'met' && d.at <= now).map((d) => d.id);
  const rows: Row[] = listed
    .filter((d) => !(d.status === 'met' && d.at <= now))
    .map((d) => {
      const n = pathsOf(d.id);
      return {
        id: d.id,
        when: when(d.at),
        title: rowOf(timetable, d.id).title[w.lang],
        state:
          d.status === 'met' || d.status === 'missed' || d.status === 'unknown' ? d.status : 'open',
        stateText:
          d.status === 'met'
            ? `✔ ${w.labels.nothingOpen} · ${left(d.at) ?? w.passed}`
            : d.status === 'missed'
              ? `✖ ${w.status.missed} · ${w.labels.messages(n)}`
              : d.status === 'unknown'
                ? `? ${w.status.unknown}: ${w.labels.unknown(d.errors)} · ${left(d.at) ?? w.passed}`
                : `● ${w.labels.messages(n)} · ${left(d.at) ?? w.passed}`,
      };
    });

  // Who still owes us a retour, biggest first: those are the people to call.
  const owing = result.counterparts
    .map((p) => ({
      code: p.code,
      pairs: pairsOf(p.theyOwe),
      total: Object.values(p.theyOwe).reduce((a, b) => a + b, 0),
    }))
    .filter((p) => p.total > 0)
    .sort((a, b) => b.total - a.total || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const shownOwing = verbose ? owing : owing.slice(0, topCounterparts);
  const counterparts =
    owing.length === 0
      ? null
      : {
          lines: shownOwing.map((p) => w.labels.owes({ party: w.party(p.code), pairs: p.pairs })),
          more:
            shownOwing.length < owing.length
              ? w.labels.moreParties(owing.length - shownOwing.length)
              : null,
        };

  // Errors first (they keep the verdict open), then warnings, then info; a few per rule.
  const reports = result.findings.filter((f) => !obligation(f));
  const rank = (s: Status) => (s === 'error' ? 0 : s === 'warning' ? 1 : 2);
  const problems: ProblemGroup[] = [...groupBy(reports, (f) => f.rule)]
    .sort(
      ([, a], [, b]) =>
        earliest(a.map((f) => rank(f.status))) - earliest(b.map((f) => rank(f.status))),
    )
    .map(([rule, found]) => {
      const shown = verbose ? found : found.slice(0, examplesPerGroup);
      return {
        rule,
        items: shown.map((f) => ({
          path: f.path,
          status: f.status,
          text: findingText(f, w, c),
          hint: hintText(f, w, c),
          related: relatedText(f, w),
        })),
        more: shown.length < found.length ? w.labels.more(found.length - shown.length) : null,
      };
    });

  // From the retour block until the read-in deadline, the portal still holds messages.
  const readInBy = (role: Role | null) =>
    role === null
      ? Math.max(
          instantOf(timetable, inboxDeadline(timetable, 'gemeente')),
          instantOf(timetable, inboxDeadline(timetable, 'aanbieder')),
        )
      : instantOf(timetable, inboxDeadline(timetable, role));
  const closing: string[] = [];
  if (now >= timetable.phases.transitie.at && now < readInBy(result.role))
    closing.push(`ℹ ${w.labels.portal(result.role)}`);
  if (placed.length > 0) closing.push(w.labels.runAgain);

  return {
    verdict: result.verdict,
    title: w.labels.title({ from: timetable.from, to: timetable.to, who, moment: when(now) }),
    headline,
    steps,
    notices,
    details,
    endState,
    unverified: allRetoursSent.verified ? null : w.labels.unverified,
    rowsFine: fine.length === 0 ? null : w.labels.rowsFine(fine),
    rows,
    groups,
    blocked,
    counterparts,
    problems,
    closing,
  };
};

const pairsOf = (counts: Readonly<Record<string, number>>): OpenPair[] =>
  Object.entries(counts)
    .map(([heen, count]) => ({
      heen,
      retour: retourOf(heen),
      count,
    }))
    .sort((a, b) => b.count - a.count);
