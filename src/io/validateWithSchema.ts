import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { SchemaProblem } from '../core/UsageProblem.js';

// One compiled validator per schema object: compiling costs far more than validating.
const compiled = new WeakMap<object, ValidateFunction>();

const compile = (schema: object): ValidateFunction => {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    // allErrors: every wrong key is named at once, so a person fixes the file in one go;
    // verbose: each error carries the value it refused, which the words quote.
    validate = new Ajv({ allErrors: true, verbose: true, strict: false }).compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
};

/** `/org/1` → `org[1]`: the key as a person finds it in the file. */
const keyPath = (instancePath: string): string =>
  instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');

const depth = (error: ErrorObject): number =>
  error.instancePath === '' ? 0 : error.instancePath.split('/').length - 1;

// Keywords that only say "one of the branches below failed": the branches say what.
const combinators = new Set(['oneOf', 'anyOf', 'allOf', 'if', 'not']);

/**
 * The one problem to show for a group of errors about one key. Of the alternatives a `oneOf`
 * offers, the error that went deepest into the value is the one the person meant (`["html"]`
 * was meant as a list, so its item is wrong); at one depth, a specific complaint (`enum`,
 * `minItems`) beats "wrong type", and the wrong types together say what the key may be.
 */
const pick = (errors: readonly ErrorObject[]): SchemaProblem => {
  const specific = errors.filter((e) => !combinators.has(e.keyword));
  const pool = specific.length > 0 ? specific : errors;
  const deepest = Math.max(...pool.map(depth));
  const atDeepest = pool.filter((e) => depth(e) === deepest);
  const chosen = atDeepest.find((e) => e.keyword !== 'type') ?? atDeepest[0];
  if (chosen === undefined) return { kind: 'other', path: '', keyword: 'unknown' };
  const path = keyPath(chosen.instancePath);
  const params = chosen.params as Record<string, unknown>;
  const value: unknown = chosen.data;
  switch (chosen.keyword) {
    case 'type':
      return {
        kind: 'type',
        path,
        value,
        expected: [
          ...new Set(
            atDeepest
              .filter((e) => e.keyword === 'type')
              .flatMap((e) => String((e.params as { type: string }).type).split(',')),
          ),
        ],
      };
    case 'enum':
      return { kind: 'enum', path, value, allowed: params.allowedValues as unknown[] };
    case 'const':
      return { kind: 'enum', path, value, allowed: [params.allowedValue] };
    case 'minItems':
      return { kind: 'min-items', path, min: Number(params.limit) };
    case 'minLength':
      return { kind: 'min-length', path, min: Number(params.limit) };
    case 'pattern':
      return { kind: 'pattern', path, value: String(value), pattern: String(params.pattern) };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const schema = chosen.parentSchema as Record<string, unknown> | undefined;
      const bound = (key: string) => (typeof schema?.[key] === 'number' ? schema[key] : null);
      return {
        kind: 'range',
        path,
        value: Number(value),
        min: bound('minimum'),
        max: bound('maximum'),
      };
    }
    default:
      return { kind: 'other', path, keyword: chosen.keyword };
  }
};

/**
 * Checks a value read from a JSON file against its JSON Schema and says what is wrong, one
 * problem per key. An empty list means the value is valid.
 */
export const validateWithSchema = (schema: object, value: unknown): SchemaProblem[] => {
  const validate = compile(schema);
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  const problems: SchemaProblem[] = [];
  const groups = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const prefix = keyPath(error.instancePath);
      problems.push({
        kind: 'unknown-key',
        path: prefix === '' ? key : `${prefix}.${key}`,
        key,
        allowed: Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema'),
      });
      continue;
    }
    // Errors are grouped by the top-level key they concern: one problem for each.
    const top = error.instancePath.split('/')[1] ?? '';
    groups.set(top, [...(groups.get(top) ?? []), error]);
  }
  for (const group of groups.values()) problems.push(pick(group));
  return problems;
};
