/**
 * A timetable file the user names, checked against the format's JSON Schema first, then by
 * everything a schema cannot say. Loaded only for such a file: shipped ones are proven by the tests.
 */
import fs from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { jsonErrorAt } from './jsonErrorAt.js';
import type { RowType, TimetableFile } from '../data/timetableFile.js';
import type { PatternField, TimetableProblem } from './TimetableProblem.js';
import {
  problem,
  resolveTimetable,
  timetableSchemaFile,
  type TimetableLoad,
} from './loadTimetable.js';

let compiled: ValidateFunction | undefined;
/** Compiled on first use: a run that names no timetable file need not pay for it. */
const validator = (): ValidateFunction => {
  if (compiled === undefined) {
    const schema = JSON.parse(fs.readFileSync(timetableSchemaFile, 'utf8')) as object;
    // strict: a mistake in the schema itself fails loudly here rather than passing files.
    compiled = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
  }
  return compiled;
};

/** The text of a timetable file: JSON first, then everything `checkTimetable` checks. */
export const parseTimetable = (text: string, file: string): TimetableLoad => {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // Only the place is kept: the parser's message may quote the file. Where no place can be
    // named, the end of the text.
    const lines = body.split('\n');
    const at = jsonErrorAt(body, error) ?? {
      line: lines.length,
      column: (lines.at(-1) ?? '').length + 1,
    };
    return { ok: false, problems: [problem('json-syntax', file, null, at)] };
  }
  return checkTimetable(value, file);
};

/** A parsed timetable file: the schema, then what a schema cannot say (timetables.md §1). */
export const checkTimetable = (value: unknown, file: string): TimetableLoad => {
  const validate = validator();
  if (!validate(value)) {
    return { ok: false, problems: schemaProblems(validate.errors ?? [], value, file) };
  }
  return resolveTimetable(value as TimetableFile, file);
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
