import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parseAt } from '../core/parseAt.js';
import { isoInZone, offsetAt } from '../core/zone.js';
import { catalogue, isMessageId, messageIds, type MessageId } from '../data/catalogue.js';
import type { ResolvedBinding, ResolvedRow, ResolvedTimetable } from '../data/resolvedTimetable.js';
import type {
  PhaseName,
  RowType,
  TimetableFile,
  TimetableFileRow,
  TimetableRole,
} from '../data/timetableFile.js';
import type {
  PatternField,
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
const packageDir = packageDirOf(import.meta.url);
const shippedDir = path.join(packageDir, 'timetables');
const schemaFile = path.join(packageDir, 'schema', 'timetable.schema.json');

/** The ids of the timetables that ship with the tool, sorted. */
export const shippedTimetables = (): string[] =>
  fs
    .readdirSync(shippedDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();

let compiled: ValidateFunction | undefined;
/** Compiled on first use: a run that names no timetable file need not pay for it. */
const validator = (): ValidateFunction => {
  if (compiled === undefined) {
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object;
    // strict: a mistake in the schema itself fails loudly here rather than passing files.
    compiled = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
  }
  return compiled;
};

const problem = <C extends TimetableProblemCode>(
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
  const loaded = parseTimetable(
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
    return parseTimetable(text, `timetables/${name}.json`);
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
  return parseTimetable(text, name);
};

/** The text of a timetable file: JSON first, then everything `checkTimetable` checks. */
export const parseTimetable = (text: string, file: string): TimetableLoad => {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // V8 names the offset; the rest of its message may quote the file, so only the place is kept.
    const at = /at position (\d+)/.exec((error as Error).message);
    const offset = at === null ? body.length : Number(at[1]);
    const before = body.slice(0, offset).split('\n');
    const line = before.length;
    const column = (before.at(-1) ?? '').length + 1;
    return { ok: false, problems: [problem('json-syntax', file, null, { line, column })] };
  }
  return checkTimetable(value, file);
};

/** A parsed timetable file: the schema, then what a schema cannot say (timetables.md §1). */
export const checkTimetable = (value: unknown, file: string): TimetableLoad => {
  const validate = validator();
  if (!validate(value)) {
    return { ok: false, problems: schemaProblems(validate.errors ?? [], value, file) };
  }
  return resolve(value as TimetableFile, file);
};

/* ---------------------------------------------------------------- schema errors as problems */

/** `/rows/3/binds/box` → `rows[3].binds.box`: the form a person finds in the file. */
const displayPath = (pointer: string): string =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
      '',
    );

const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const fieldOf = (pointer: string): PatternField => {
  if (pointer === '/id') return 'timetable-id';
  if (pointer === '/zone') return 'zone';
  if (pointer === '/from' || pointer === '/to') return 'release';
  if (/^\/rows\/\d+\/id$/.test(pointer) || /^\/phases\/[^/]+$/.test(pointer)) return 'row-id';
  if (/^\/rows\/\d+\/at$/.test(pointer)) return 'at';
  if (/^\/rows\/\d+\/binds\/messages\/\d+$/.test(pointer)) return 'message';
  return 'other';
};

const at = (value: unknown, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (node, part) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')]
          : undefined,
      value,
    );

/** The row an error lies in, and its id when it has a usable one. */
const rowOf = (value: unknown, pointer: string): { index: number; id: string | null } | null => {
  const m = /^\/rows\/(\d+)(?:\/|$)/.exec(pointer);
  if (m === null) return null;
  const index = Number(m[1]);
  const id = at(value, `/rows/${index}/id`);
  return { index, id: typeof id === 'string' && id !== '' ? shown(id) : null };
};

const nonDeadline = (type: unknown): type is 'block' | 'phase' =>
  type === 'block' || type === 'phase';

/** Whether a row's binds have the shape its type asks for (the schema's per-type `then`). */
const bindsFitType = (type: RowType, binds: unknown): boolean => {
  if (binds === null || typeof binds !== 'object') return true; // a type error of its own
  const { box, messages } = binds as { box?: unknown; messages?: unknown };
  if (type === 'phase') return box === null;
  if (type === 'block') return box === 'outbox' && typeof messages === 'string';
  return box === 'inbox' || (box === 'outbox' && !(typeof messages === 'string'));
};

const rowTypes: readonly unknown[] = ['deadline', 'block', 'phase'] satisfies RowType[];

/*
 * ajv's errors name a place and a keyword. Most map one to one onto a problem; the rules the
 * schema states per row type (role, blocks, binds) and the two required blocks get their own
 * codes, because "must be equal to constant" is not something a person can act on. They are
 * recognised by the row's own values, not by ajv's schema paths, which are relative to
 * whichever definition a `$ref` reached.
 */
const schemaProblems = (
  errors: readonly ErrorObject[],
  value: unknown,
  file: string,
): TimetableProblem[] => {
  const problems: TimetableProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // `if` only says that a `then` failed, and a failing `contains` reports every row it
    // tried; the `then`'s own errors and the `contains` itself say what is wrong.
    if (error.keyword === 'if' || error.schemaPath.includes('/contains/')) continue;
    const pointer = error.instancePath;
    const where = displayPath(pointer);
    const row = rowOf(value, pointer);
    const rowType = row === null ? undefined : at(value, `/rows/${row.index}/type`);
    const typed = rowTypes.includes(rowType) ? (rowType as RowType) : null;
    const role = row === null ? undefined : at(value, `/rows/${row.index}/role`);
    const binds = row === null ? undefined : at(value, `/rows/${row.index}/binds`);
    let found: TimetableProblem;
    let key = pointer;
    if (error.keyword === 'contains') {
      const heen = error.schemaPath.includes('/allOf/0/');
      key = heen ? 'contains heen' : 'contains retour';
      found = problem(heen ? 'no-heen-block' : 'no-retour-block', file, null, {});
    } else if (
      row !== null &&
      /^\/rows\/\d+\/role$/.test(pointer) &&
      nonDeadline(typed) &&
      role !== null
    ) {
      found = problem('role-not-null', file, row.id, { type: typed, role: shown(role) });
    } else if (
      row !== null &&
      /^\/rows\/\d+\/role$/.test(pointer) &&
      typed === 'deadline' &&
      role === null
    ) {
      found = problem('deadline-without-role', file, row.id, {});
    } else if (
      row !== null &&
      /^\/rows\/\d+\/blocks$/.test(pointer) &&
      error.keyword === 'false schema' &&
      nonDeadline(typed)
    ) {
      found = problem('blocks-not-deadline', file, row.id, { type: typed });
    } else if (
      row !== null &&
      /^\/rows\/\d+\/binds(\/|$)/.test(pointer) &&
      typed !== null &&
      !bindsFitType(typed, binds)
    ) {
      // One problem for the row's binds, however many of its keys are off.
      key = `/rows/${row.index}/binds`;
      found = problem('binds-wrong-for-type', file, row.id, { type: typed });
    } else {
      const id = row?.id ?? null;
      const p = error.params as Record<string, unknown>;
      switch (error.keyword) {
        case 'required':
          key = `${pointer}/${String(p.missingProperty)}`;
          found = problem('schema-required', file, id, {
            path: where,
            key: String(p.missingProperty),
          });
          break;
        case 'additionalProperties':
        case 'false schema': {
          const extra =
            error.keyword === 'false schema'
              ? (pointer.split('/').at(-1) ?? '')
              : String(p.additionalProperty);
          const parent =
            error.keyword === 'false schema' ? pointer.replace(/\/[^/]*$/, '') : pointer;
          key = `${parent}/${extra}`;
          found = problem('schema-unknown-key', file, id, {
            path: displayPath(parent),
            key: extra,
          });
          break;
        }
        case 'type':
          found = problem('schema-type', file, id, { path: where, expected: String(p.type) });
          break;
        case 'pattern':
          found = problem('schema-pattern', file, id, {
            path: where,
            value: shown(at(value, pointer)),
            field: fieldOf(pointer),
          });
          break;
        case 'enum':
        case 'const': {
          const allowed = (
            error.keyword === 'enum' ? (p.allowedValues as unknown[]) : [p.allowedValue]
          ).map((v) => (v === null ? 'null' : String(v)));
          found = problem('schema-enum', file, id, {
            path: where,
            value: shown(at(value, pointer)),
            allowed,
          });
          break;
        }
        case 'minItems':
        case 'minLength':
          found = problem('schema-too-few', file, id, { path: where, min: Number(p.limit) });
          break;
        case 'uniqueItems':
          found = problem('schema-duplicate-item', file, id, { path: where });
          break;
        default:
          found = problem('schema-other', file, id, { path: where, keyword: error.keyword });
      }
    }
    // The per-type rules and the general ones can both see one mistake: name it once.
    const dedupe = found.code.startsWith('schema-') ? key : `${found.code}|${key}`;
    if (seen.has(dedupe) || seen.has(key)) continue;
    seen.add(dedupe);
    seen.add(key);
    problems.push(found);
  }
  return problems;
};

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

const resolve = (doc: TimetableFile, file: string): TimetableLoad => {
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
