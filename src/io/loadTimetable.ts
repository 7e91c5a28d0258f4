import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAt } from '../core/parseAt.js';
import { isoInZone, offsetAt } from '../core/zone.js';
import { catalogue, isMessageId, messageIds, type MessageId } from '../data/catalogue.js';
import type { ResolvedBinding, ResolvedRow, ResolvedTimetable } from '../data/resolvedTimetable.js';
import type {
  PhaseName,
  TimetableFile,
  TimetableFileRow,
  TimetableRole,
} from '../data/timetableFile.js';
import type {
  TimetableProblem,
  TimetableProblemArgs,
  TimetableProblemCode,
} from './TimetableProblem.js';

export type TimetableLoad =
  | { readonly ok: true; readonly timetable: ResolvedTimetable }
  | { readonly ok: false; readonly problems: readonly TimetableProblem[] };

/** The timetable a run uses when none is named. */
export const defaultTimetableId = 'ijw-iwmo-2.1-2.2-2018';

/**
 * The package root, with timetables/ and schema/ in it: the nearest folder up from `from` that
 * holds a package.json. This code runs from src/io/ under tsx and from a bundle in dist/ once
 * built, so the depth differs.
 */
export const packageDirOf = (from: string): string => {
  let dir = path.dirname(fileURLToPath(from));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
};
/** Where the tool is installed: found from this module's place, which a bundle moves. */
export const packageDir = packageDirOf(import.meta.url);
const shippedDir = path.join(packageDir, 'timetables');
/** The JSON Schema of the file format; only a file the user names is checked against it. */
export const timetableSchemaFile = path.join(packageDir, 'schema', 'timetable.schema.json');

/** The ids of the timetables that ship with the tool, sorted. */
export const shippedTimetables = (): string[] =>
  fs
    .readdirSync(shippedDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();

export const problem = <C extends TimetableProblemCode>(
  code: C,
  file: string,
  row: string | null,
  args: TimetableProblemArgs[C],
): TimetableProblem => ({ code, file, row, args }) as TimetableProblem;

/** A name with a path separator or ending in `.json` is a path, never a shipped id. */
export const isTimetablePath = (name: string): boolean =>
  /[/\\]/.test(name) || name.endsWith('.json');

/**
 * The shipped timetable with this id, read synchronously. Shipped files are checked by the test
 * suite, so a problem here is a broken package, not a user's mistake.
 */
export const shippedTimetable = (id: string): ResolvedTimetable => {
  const loaded = resolveShipped(
    fs.readFileSync(path.join(shippedDir, `${id}.json`), 'utf8'),
    `timetables/${id}.json`,
  );
  if (!loaded.ok) throw new Error(`timetables/${id}.json: ${loaded.problems[0]?.code ?? ''}`);
  return loaded.timetable;
};

/**
 * Reads a timetable by path, or by the id of one that ships with the tool. A name with a path
 * separator or ending in `.json` is a path; otherwise a shipped id, else a path after all.
 */
export const loadTimetable = async (name: string, cwd: string): Promise<TimetableLoad> => {
  const looksLikePath = isTimetablePath(name);
  const shipped = looksLikePath ? [] : shippedTimetables();
  if (shipped.includes(name)) {
    const text = await fs.promises.readFile(path.join(shippedDir, `${name}.json`), 'utf8');
    return resolveShipped(text, `timetables/${name}.json`);
  }
  let text: string;
  try {
    text = await fs.promises.readFile(path.resolve(cwd, name), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (!looksLikePath && reason === 'ENOENT') {
      return { ok: false, problems: [problem('unknown-timetable', name, null, { name, shipped })] };
    }
    return { ok: false, problems: [problem('file-unreadable', name, null, { reason })] };
  }
  // The schema validator (ajv, and compiling the schema) is loaded only for a file the user names:
  // it costs a run about a third of its start-up.
  const { parseTimetable } = await import('./checkTimetableFile.js');
  return parseTimetable(text, name);
};

/**
 * A shipped file: the test suite proves each one passes the schema and every check (test/
 * timetableFile.test.ts), so only what a run needs is done here, resolving it.
 */
const resolveShipped = (text: string, file: string): TimetableLoad =>
  resolveTimetable(JSON.parse(text) as TimetableFile, file);

/* ------------------------------------------------------------ what a schema cannot say */

const supportedMajor = '2';

/** The canonical name of an IANA zone, or null when the runtime does not know it. */
const canonicalZone = (zone: string): string | null => {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
};

const offsetOf = (text: string): number | null => {
  const m = /(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (m === null || m[1] === undefined) return null;
  if (m[1] === 'Z') return 0;
  const sign = m[1].startsWith('-') ? -1 : 1;
  return sign * (Number(m[1].slice(1, 3)) * 60 + Number(m[1].slice(4, 6))) * 60_000;
};

const resolveAt = (
  row: TimetableFileRow,
  zone: string,
  file: string,
): number | TimetableProblem => {
  const result = parseAt(row.at, zone);
  if (!result.ok) {
    const e = result.error;
    if (e.kind === 'nonexistent') {
      return problem('nonexistent-time', file, row.id, {
        at: row.at,
        zone,
        before: e.before,
        after: e.after,
      });
    }
    if (e.kind === 'ambiguous') {
      return problem('ambiguous-time', file, row.id, { at: row.at, zone, offsets: e.offsets });
    }
    return problem('invalid-date', file, row.id, { at: row.at });
  }
  const written = offsetOf(row.at);
  if (written !== null && written !== offsetAt(zone, result.at)) {
    return problem('offset-mismatch', file, row.id, {
      at: row.at,
      zone,
      offset: row.at.endsWith('Z') ? 'Z' : row.at.slice(-6),
      expected: isoInZone(result.at, zone).slice(-6),
    });
  }
  return result.at;
};

/** What a schema cannot say (timetables.md §1), then the timetable resolved once. */
export const resolveTimetable = (doc: TimetableFile, file: string): TimetableLoad => {
  const problems: TimetableProblem[] = [];
  const push = <C extends TimetableProblemCode>(
    code: C,
    row: string | null,
    args: TimetableProblemArgs[C],
  ) => problems.push(problem(code, file, row, args));

  const zone = canonicalZone(doc.zone);
  if (zone === null) push('unknown-zone', null, { zone: doc.zone });
  if (doc.from === doc.to) push('same-release', null, { release: doc.from });
  // The catalogue is the message set of 2.x; a 3.x file would be judged against the wrong one.
  if (doc.from.split('.')[0] !== supportedMajor) {
    push('unsupported-release', null, { release: doc.from });
  }

  const firstById = new Map<string, number>();
  doc.rows.forEach((row, index) => {
    const first = firstById.get(row.id);
    if (first === undefined) firstById.set(row.id, index);
    else push('duplicate-row-id', row.id, { first: first + 1, position: index + 1 });
  });
  const phaseNames = ['transitie', 'ingebruikname'] as const satisfies readonly PhaseName[];
  for (const phase of phaseNames) {
    const id = doc.phases[phase];
    if (!firstById.has(id)) push('phase-unknown-row', null, { phase, id });
  }

  const instants = new Map<number, number>();
  const boundBy = new Map<string, string>();
  const bindOnce = (bound: string, row: TimetableFileRow) => {
    const first = boundBy.get(bound);
    if (first === undefined) boundBy.set(bound, row.id);
    else push('bound-twice', row.id, { bound, first });
  };
  doc.rows.forEach((row, index) => {
    if (zone !== null) {
      const resolved = resolveAt(row, zone, file);
      if (typeof resolved === 'number') instants.set(index, resolved);
      else problems.push(resolved);
    }
    const { binds, role } = row;
    if (row.type !== 'deadline' || role === null) return;
    if (binds.box === 'inbox') {
      if (binds.receiver !== role) {
        push('binds-other-role', row.id, { role, bound: binds.receiver, owner: binds.receiver });
      }
      bindOnce(`inbox:${binds.receiver}`, row);
    } else if (binds.box === 'outbox' && typeof binds.messages !== 'string') {
      for (const message of binds.messages) {
        if (!isMessageId(message)) {
          push('unknown-message', row.id, { message, from: doc.from });
          continue;
        }
        const owner = catalogue[message].sentBy;
        if (owner !== role) push('binds-other-role', row.id, { role, bound: message, owner });
        bindOnce(message, row);
      }
    }
  });

  const instantOfId = (id: string): number | undefined => {
    const index = firstById.get(id);
    return index === undefined ? undefined : instants.get(index);
  };
  const transitie = instantOfId(doc.phases.transitie);
  const ingebruikname = instantOfId(doc.phases.ingebruikname);
  if (transitie !== undefined && ingebruikname !== undefined && ingebruikname < transitie) {
    push('ingebruikname-before-transitie', doc.phases.ingebruikname, {
      transitie: doc.phases.transitie,
      ingebruikname: doc.phases.ingebruikname,
    });
  }

  if (problems.length > 0 || zone === null) return { ok: false, problems };
  return { ok: true, timetable: build(doc, zone, instants) };
};

/** Only called once every check has passed: every lookup below is known to succeed. */
const build = (
  doc: TimetableFile,
  zone: string,
  instants: ReadonlyMap<number, number>,
): ResolvedTimetable => {
  const rows: ResolvedRow[] = doc.rows
    .map((row, index): ResolvedRow => ({
      id: row.id,
      at: instants.get(index) as number,
      type: row.type,
      role: row.role,
      binds: row.binds as ResolvedBinding,
      title: row.title,
      blocks: row.blocks ?? false,
      inferred: row.inferred ?? false,
      source: row.source ?? null,
      index,
    }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
  const byId = new Map(rows.map((row) => [row.id, row] as const));
  const rowFor = (id: string) => byId.get(id) as ResolvedRow;
  // The file's first block of a kind catches it, as the rules read the rows in file order.
  const inFileOrder = [...rows].sort((a, b) => a.index - b.index);
  const blockOf = (kind: 'heen' | 'retour') =>
    inFileOrder.find(
      (row) => row.type === 'block' && row.binds.box === 'outbox' && row.binds.messages === kind,
    ) as ResolvedRow;
  const heenBlock = blockOf('heen');
  const retourBlock = blockOf('retour');
  const deadlineFor = (test: (binds: ResolvedBinding, role: TimetableRole) => boolean) =>
    inFileOrder.find(
      (row) => row.type === 'deadline' && row.role !== null && test(row.binds, row.role),
    ) ?? null;
  const inbox = (receiver: TimetableRole) =>
    deadlineFor((binds) => binds.box === 'inbox' && binds.receiver === receiver);
  const outboxRow = Object.fromEntries(
    messageIds.map((message: MessageId) => {
      const named = deadlineFor(
        (binds) =>
          binds.box === 'outbox' &&
          typeof binds.messages !== 'string' &&
          binds.messages.includes(message),
      );
      const kind = catalogue[message].kind;
      return [message, named ?? (kind === 'heen' ? heenBlock : retourBlock)];
    }),
  ) as Record<MessageId, ResolvedRow>;
  return {
    id: doc.id,
    title: doc.title,
    zone,
    from: doc.from,
    to: doc.to,
    sources: doc.sources,
    rows,
    byId,
    phases: {
      transitie: rowFor(doc.phases.transitie),
      ingebruikname: rowFor(doc.phases.ingebruikname),
    },
    heenBlock,
    retourBlock,
    inboxRow: { gemeente: inbox('gemeente'), aanbieder: inbox('aanbieder') },
    outboxRow,
    inferred: rows.filter((row) => row.inferred),
  };
};
