import { catalogue, isMessageId, type MessageId } from '../data/catalogue.js';
import type { ResolvedTimetable as Timetable } from '../data/resolvedTimetable.js';
import type { Localised } from '../data/timetableFile.js';
import { emptyInfo, type MessageInfo } from './classify.js';
import {
  blockFor,
  inboxDeadline,
  instantOf,
  listedRows,
  outboxDeadline,
  phaseAt,
  rowOf,
} from './deadlines.js';
import {
  rules,
  type FileProblem,
  type Finding,
  type Obligation,
  type ScanProblem,
} from './findings.js';
import { addressing, roleOfCode, type RoleSource } from './role.js';
import { pairingFindings, type PairCandidate } from './pairing.js';
import {
  boxes,
  otherRole,
  type Box,
  type ExitCode,
  type Phase,
  type Role,
  type Status,
  type Verdict,
} from '../data/types.js';
import { exitCodeOf, verdictOf } from './verdict.js';
import { compareReleases, isReleaseNumber } from './compareReleases.js';

/** One file as the I/O layer read and the classifier saw it. */
export interface JudgedFile {
  readonly path: string;
  readonly box: Box;
  /** Not a message at all (plain text, a PDF): counted, listed with --verbose, never judged. */
  readonly ignored: boolean;
  readonly info: MessageInfo | null;
  readonly problem: FileProblem | null;
}

export interface EvaluationInput {
  readonly files: readonly JudgedFile[];
  readonly scanProblems: readonly ScanProblem[];
  readonly role: Role | null;
  /** Where the role came from: given, read from --org, inferred from the files, or nowhere. */
  readonly roleSource: RoleSource;
  readonly org: readonly string[] | null;
  /** Which archives were given: only with both can every retour be proven sent. */
  readonly archives: { readonly sent: boolean; readonly received: boolean };
  /** Files whose bytes were stored again in the same box; the others are not in `files`. */
  readonly copies?: readonly Copy[];
}

/** One message stored more than once in a box: judged under `path`, the `others` left out. */
export interface Copy {
  readonly path: string;
  readonly box: Box;
  readonly others: readonly string[];
}

/**
 * `unknown`: nothing pending, but an `error` file in a box the row reads could be the message it
 * is about, so the row cannot be shown as met.
 */
export type DeadlineStatus = 'met' | 'open' | 'missed' | 'unknown' | 'not-applicable';

/** Something the reader should know before the report, that is no finding about a file. */
export type Notice =
  | {
      /** No file at all in the outbox and inbox: are the paths right? */
      readonly code: 'no-files';
    }
  | {
      /**
       * Messages in the outbox and inbox, but every one of another release than the timetable's
       * `from` and `to`: each is only a warning, so the verdict is `ready`, yet the timetable is
       * likely the wrong one (last year's traffic judged against this year's switch).
       */
      readonly code: 'other-release-only';
      /** The releases found, sorted. */
      readonly releases: readonly string[];
    }
  | {
      /**
       * Messages in the outbox and inbox of a release later than the timetable's `to`: traffic of
       * a switch after this one, so most likely the timetable is the wrong one, even where some
       * messages are of its releases (a leftover of this switch among the next one's traffic).
       */
      readonly code: 'later-release';
      /** The later releases found, sorted. */
      readonly releases: readonly string[];
    };

/** What to tell before the report; a pure function of the files and the timetable's releases. */
const noticesOf = (
  files: readonly JudgedFile[],
  scanProblems: readonly ScanProblem[],
  to: string,
): Notice[] => {
  const isCurrent = (f: { readonly box: Box }) => f.box === 'outbox' || f.box === 'inbox';
  const current = files.filter(isCurrent);
  // A link that leads out or a folder that cannot be read is something found: its own finding
  // says what, and "no file at all" would contradict it.
  if (current.length === 0) return scanProblems.some(isCurrent) ? [] : [{ code: 'no-files' }];
  const others = new Set<string>();
  let otherCount = 0;
  let ours = false;
  for (const { ignored, info, problem } of current) {
    if (ignored) continue;
    if (problem?.rule === 'other-release') {
      others.add(problem.args.release);
      otherCount++;
    } else if (problem === null && info?.message != null) ours = true;
  }
  const later = [...others].filter(
    (r) => isReleaseNumber(r) && isReleaseNumber(to) && compareReleases(r, to) > 0,
  );
  // Traffic of a later switch is a question at any count; older traffic only when there is more
  // than one stray leftover of it and nothing of the timetable's own (spec §2: one stray 2.0
  // file must not change a run).
  if (!ours && (later.length > 0 || otherCount > 1))
    return [{ code: 'other-release-only', releases: [...others].sort(compareReleases) }];
  return ours && later.length > 0
    ? [{ code: 'later-release', releases: later.sort(compareReleases) }]
    : [];
};

/** An end-state condition: met only with nothing open and no error file in the boxes it reads. */
export interface Condition {
  readonly met: boolean;
  readonly open: number;
  readonly errors: number;
}

export interface DeadlineState {
  readonly id: string;
  readonly at: number;
  readonly role: Role | null;
  readonly status: DeadlineStatus;
  readonly open: number;
  /** `error` files in the boxes the row reads (README, "End state"). */
  readonly errors: number;
}

export interface CounterpartState {
  readonly code: string;
  readonly role: Role | null;
  /** Heenberichten of theirs we have not answered yet (unanswered, or the retour still unsent). */
  readonly weOwe: Readonly<Record<string, number>>;
  /** Heenberichten of ours they have not answered (awaiting-retour). */
  readonly theyOwe: Readonly<Record<string, number>>;
}

export interface FileRow extends Omit<MessageInfo, 'retourCodes'> {
  readonly path: string;
  readonly box: Box;
}

export interface Result {
  readonly at: number;
  readonly timetable: {
    readonly id: string;
    readonly title: Localised;
    readonly zone: string;
    readonly from: string;
    readonly to: string;
    /** Ids of the rows no source states, in time order: the report asks to check them. */
    readonly inferred: readonly string[];
  };
  readonly phase: Phase;
  readonly role: Role | null;
  readonly roleSource: RoleSource;
  readonly org: readonly string[] | null;
  readonly verdict: Verdict;
  readonly exitCode: ExitCode;
  readonly endState: {
    readonly nothingToSend: Condition;
    readonly allReadIn: Condition;
    readonly allRetoursSent: Condition & { readonly verified: boolean };
  };
  readonly deadlines: readonly DeadlineState[];
  readonly files: readonly FileRow[];
  readonly findings: readonly Finding[];
  /** Per other party, the pairs still open on each side, by heen message (text report only). */
  readonly counterparts: readonly CounterpartState[];
  /** Paths of files that are not messages, for --verbose. */
  readonly ignored: readonly string[];
  readonly notices: readonly Notice[];
  readonly summary: {
    readonly files: number;
    readonly ignored: number;
    readonly byBox: Readonly<Partial<Record<Box, number>>>;
    readonly byMessage: Readonly<Record<string, number>>;
  };
}

/** Plain UTF-16 code unit order, so output never depends on the machine's locale. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const compareFindings = (a: Finding, b: Finding): number =>
  byCodeUnits(a.path, b.path) ||
  byCodeUnits(a.rule, b.rule) ||
  byCodeUnits(a.deadlineId ?? '', b.deadlineId ?? '');

const countBy = <T>(
  items: readonly T[],
  key: (item: T) => string | null,
): Record<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => byCodeUnits(a, b)));
};

/**
 * Judges classified files against a timetable at one moment. Pure: the same input gives the same
 * result, whatever the machine, its clock or its zone.
 */
export const evaluate = (input: EvaluationInput, timetable: Timetable, at: number): Result => {
  const { files, role, org } = input;
  const passed = (id: string) => at >= instantOf(timetable, id);
  const obligation = (id: string) => (passed(id) ? 'missed' : 'open');
  const findings: Finding[] = [];
  /** Messages that create no duty for us: they count as traffic, never as a retour we owe. */
  const misdirectedPaths = new Set<string>();

  for (const file of files) {
    if (file.ignored) continue;
    const { path, box, info, problem } = file;
    // A file with a problem gets that finding only: a message of another release or standard
    // gets no wrong-direction, not-addressed or pairing finding (spec §2).
    if (problem !== null) {
      findings.push(fileFinding(path, problem));
      continue;
    }
    if (info === null || info.message === null || !isMessageId(info.message)) continue;
    const message: MessageId = info.message;
    const spec = catalogue[message];
    const obligationArgs = (counterpart: string | null): Obligation => ({
      message,
      counterpart,
      identificatie: info.identificatie,
    });

    const { wrongDirection, notAddressed } = addressing(box, info, role, org);
    const misdirected = wrongDirection || notAddressed;
    if (misdirected) misdirectedPaths.add(path);
    if (role !== null && wrongDirection && (box === 'outbox' || box === 'inbox')) {
      findings.push({
        rule: 'wrong-direction',
        path,
        status: 'warning',
        deadlineId: null,
        related: [],
        args: { message, box, role },
      });
    }
    if (org !== null && notAddressed && box === 'inbox') {
      findings.push({
        rule: 'not-addressed',
        path,
        status: 'warning',
        deadlineId: null,
        related: [],
        args: { message, receiver: info.receiver, org },
      });
    }
    const live = timetable.phases.ingebruikname.id;
    if (info.release === timetable.to) {
      if (box === 'outbox' && !passed(live)) {
        findings.push({
          rule: 'early-release',
          path,
          status: 'warning',
          deadlineId: live,
          related: [],
          args: { message, release: info.release },
        });
      }
      continue;
    }
    if (info.release !== timetable.from) continue;

    if (box === 'outbox') {
      const deadlineId = outboxDeadline(timetable, message);
      // Past its block the chain no longer carries the message at all: it cannot be sent in the
      // old release. A deadline that `blocks` is such a block for its own messages.
      const block = blockFor(timetable, spec.kind);
      const blocking = rowOf(timetable, deadlineId).blocks;
      const blockedSince =
        blocking && passed(deadlineId) ? deadlineId : passed(block) ? block : null;
      if (spec.kind === 'heen') {
        // Past a deadline that does not block, the chain still carries the message until the block.
        const sendableUntil = passed(deadlineId) && blockedSince === null ? block : null;
        findings.push({
          rule: 'unsent-heen',
          path,
          status: obligation(deadlineId),
          deadlineId,
          related: [],
          args: { ...obligationArgs(info.receiver), sendableUntil, blockedSince },
        });
      } else {
        findings.push({
          rule: 'unsent-retour',
          path,
          status: obligation(deadlineId),
          deadlineId,
          related: [],
          args: { ...obligationArgs(info.receiver), blockedSince },
        });
      }
    } else if (box === 'inbox') {
      // The inbox is the organisation's own: a misrouted message still counts towards its row.
      const deadlineId = inboxDeadline(timetable, role ?? otherRole(spec.sentBy));
      findings.push({
        rule: 'unread',
        path,
        status: obligation(deadlineId),
        deadlineId,
        related: [],
        args: obligationArgs(info.sender),
      });
      // EI files carry no pairing key: a received one still in the inbox has not been answered.
      if (spec.kind === 'heen' && spec.format === 'ei' && !misdirected) {
        const deadlineId = blockFor(timetable, 'retour');
        findings.push({
          rule: 'unanswered',
          path,
          status: obligation(deadlineId),
          deadlineId,
          related: [],
          args: obligationArgs(info.sender),
        });
      }
    }
  }

  // The files themselves take part: a hundred thousand copies would only be garbage.
  const candidates = files.filter(
    (file): file is JudgedFile & PairCandidate =>
      !file.ignored && file.problem === null && file.info !== null,
  );
  findings.push(
    ...pairingFindings(candidates, { role, org, archives: input.archives }, timetable, at),
  );

  for (const { path, others } of input.copies ?? []) {
    findings.push({
      rule: 'copy',
      path,
      status: 'info',
      deadlineId: null,
      related: [...others].sort(byCodeUnits),
      args: { copies: others.length },
    });
  }

  for (const { path, problem } of input.scanProblems) {
    findings.push(
      problem.rule === 'link-outside'
        ? {
            rule: 'link-outside',
            path,
            status: 'warning',
            deadlineId: null,
            related: [],
            args: problem.args,
          }
        : {
            rule: 'unreadable',
            path,
            status: 'error',
            deadlineId: null,
            related: [],
            args: problem.args,
          },
    );
  }
  findings.sort(compareFindings);

  const pending = (id: string) =>
    findings.filter((f) => f.deadlineId === id && (f.status === 'open' || f.status === 'missed'))
      .length;
  const errors = errorsByBox(files, input.scanProblems);
  const errorsIn = (read: readonly Box[]) => read.reduce((n, box) => n + errors[box], 0);
  const deadlines = listedRows(timetable).map((id): DeadlineState => {
    const row = rowOf(timetable, id);
    const open = pending(id);
    const applies = role === null || row.role === null || row.role === role;
    const rowErrors = applies ? errorsIn(boxesReadBy(timetable, id)) : 0;
    const status: DeadlineStatus =
      open > 0 ? obligation(id) : !applies ? 'not-applicable' : rowErrors > 0 ? 'unknown' : 'met';
    return { id, at: instantOf(timetable, id), role: row.role, status, open, errors: rowErrors };
  });

  // A file with a problem (a header that contradicts itself) counts under `errors` only: its
  // findings ask no sending or reading, so the end state must not count it as such work either.
  const oldTraffic = (box: Box) =>
    files.filter(
      (f) =>
        f.box === box && !f.ignored && f.problem === null && f.info?.release === timetable.from,
    ).length;
  const condition = (open: number, read: readonly Box[]): Condition => {
    const n = errorsIn(read);
    return { met: open === 0 && n === 0, open, errors: n };
  };
  // A retour that only waits in the outbox answers a heen we received but has not been sent.
  const unanswered = findings.filter(
    (f) => f.rule === 'unanswered' || (f.rule === 'unsent-retour' && !misdirectedPaths.has(f.path)),
  ).length;
  const verdict = verdictOf(findings);

  const judged = files.filter((f) => !f.ignored);
  const named = new Set(findings.map((f) => f.path));
  const rows = judged
    .filter((f) => f.box === 'outbox' || f.box === 'inbox' || named.has(f.path))
    .map(({ path, box, info }): FileRow => {
      const { retourCodes: _codes, ...fields } = info ?? emptyInfo;
      void _codes;
      return { path, box, ...fields };
    })
    .sort((a, b) => byCodeUnits(a.path, b.path));

  return {
    at,
    timetable: {
      id: timetable.id,
      title: timetable.title,
      zone: timetable.zone,
      from: timetable.from,
      to: timetable.to,
      inferred: timetable.inferred.map((row) => row.id),
    },
    phase: phaseAt(timetable, at),
    role,
    roleSource: input.roleSource,
    org,
    verdict,
    exitCode: exitCodeOf(verdict),
    endState: {
      nothingToSend: condition(oldTraffic('outbox'), ['outbox']),
      allReadIn: condition(oldTraffic('inbox'), ['inbox']),
      allRetoursSent: {
        // A heen lies in the inbox or received archive, its retour in the outbox or sent archive.
        ...condition(unanswered, boxes),
        verified: input.archives.sent && input.archives.received,
      },
    },
    deadlines,
    files: rows,
    findings,
    counterparts: counterpartsOf(findings),
    ignored: files
      .filter((f) => f.ignored)
      .map((f) => f.path)
      .sort(byCodeUnits),
    notices: noticesOf(files, input.scanProblems, timetable.to),
    summary: {
      files: files.length,
      ignored: files.filter((f) => f.ignored).length,
      byBox: countBy(files, (f) => f.box),
      byMessage: countBy(judged, (f) => f.info?.message ?? null),
    },
  };
};

/**
 * The boxes whose `error` files could hide a message a row is about: the outbox for a row that
 * binds it, the inbox for a read-in row, and every box for the retour block, whose unanswered
 * heens lie in the inbox and received archive and whose retours in the outbox and sent archive.
 */
const boxesReadBy = (timetable: Timetable, id: string): readonly Box[] =>
  id === blockFor(timetable, 'retour')
    ? boxes
    : rowOf(timetable, id).binds.box === 'inbox'
      ? ['inbox']
      : ['outbox'];

const errorsByBox = (
  files: readonly JudgedFile[],
  scanProblems: EvaluationInput['scanProblems'],
): Record<Box, number> => {
  const counts: Record<Box, number> = { outbox: 0, inbox: 0, sent: 0, received: 0 };
  for (const file of files) {
    if (
      !file.ignored &&
      file.problem !== null &&
      (rules[file.problem.rule].statuses as readonly Status[]).includes('error')
    )
      counts[file.box]++;
  }
  for (const { box, problem } of scanProblems) if (problem.rule === 'unreadable') counts[box]++;
  return counts;
};

const fileFinding = (path: string, problem: FileProblem): Finding => {
  const base = { path, deadlineId: null, related: [] } as const;
  switch (problem.rule) {
    case 'other-release':
      return { ...base, rule: problem.rule, status: 'warning', args: problem.args };
    case 'other-standard':
      return { ...base, rule: problem.rule, status: 'warning', args: problem.args };
    case 'unreadable':
      return { ...base, rule: problem.rule, status: 'error', args: problem.args };
    case 'malformed':
      return { ...base, rule: problem.rule, status: 'error', args: problem.args };
    case 'unrecognised':
      return { ...base, rule: problem.rule, status: 'error', args: problem.args };
    case 'inconsistent':
      return { ...base, rule: problem.rule, status: 'error', args: problem.args };
    case 'unsafe-entry-name':
      return { ...base, rule: problem.rule, status: 'warning', args: problem.args };
    case 'envelope-error':
      return { ...base, rule: problem.rule, status: 'error', args: problem.args };
  }
};

/** Sums the open pairs per other party from the findings that name one. */
const counterpartsOf = (findings: readonly Finding[]): CounterpartState[] => {
  const parties = new Map<string, { weOwe: Map<string, number>; theyOwe: Map<string, number> }>();
  const add = (code: string | null, side: 'weOwe' | 'theyOwe', message: string | null) => {
    if (code === null || message === null) return;
    let party = parties.get(code);
    if (party === undefined) {
      party = { weOwe: new Map(), theyOwe: new Map() };
      parties.set(code, party);
    }
    party[side].set(message, (party[side].get(message) ?? 0) + 1);
  };
  for (const f of findings) {
    if (f.rule === 'unanswered') add(f.args.counterpart, 'weOwe', f.args.message);
    else if (f.rule === 'awaiting-retour') add(f.args.counterpart, 'theyOwe', f.args.message);
    else if (f.rule === 'unsent-retour' && isMessageId(f.args.message)) {
      add(f.args.counterpart, 'weOwe', catalogue[f.args.message].answers);
    }
  }
  const sorted = (m: Map<string, number>) =>
    Object.fromEntries([...m].sort(([a], [b]) => byCodeUnits(a, b)));
  return [...parties]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([code, p]) => ({
      code,
      role: roleOfCode(code),
      weOwe: sorted(p.weOwe),
      theyOwe: sorted(p.theyOwe),
    }));
};
