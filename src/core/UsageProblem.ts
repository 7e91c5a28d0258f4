import type { AtError } from './parseAt.js';
import type { RoleError } from './role.js';

/**
 * A value in a JSON file that its schema refuses, in terms a person can act on. `path` names the
 * key as written in the file (`outbox`, `org[1]`); `keyword` of `other` is the schema's own.
 */
export type SchemaProblem =
  /** Where the JSON breaks, when the parser says; counted from 1. */
  | { readonly kind: 'not-json'; readonly line: number | null; readonly column: number | null }
  | {
      readonly kind: 'unknown-key';
      readonly path: string;
      readonly key: string;
      readonly allowed: readonly string[];
    }
  | {
      readonly kind: 'enum';
      readonly path: string;
      readonly value: unknown;
      readonly allowed: readonly unknown[];
    }
  | { readonly kind: 'min-items'; readonly path: string; readonly min: number }
  | { readonly kind: 'min-length'; readonly path: string; readonly min: number }
  | {
      readonly kind: 'type';
      readonly path: string;
      readonly value: unknown;
      /** JSON types, as the schema names them: `string`, `array`, `integer`, … */
      readonly expected: readonly string[];
    }
  | {
      readonly kind: 'pattern';
      readonly path: string;
      readonly value: string;
      readonly pattern: string;
    }
  | {
      readonly kind: 'range';
      readonly path: string;
      readonly value: number;
      readonly min: number | null;
      readonly max: number | null;
    }
  | { readonly kind: 'other'; readonly path: string; readonly keyword: string };

/** A long flag as the user writes it, e.g. `--outbox`. */
export type Flag = `--${string}`;

export interface FlagValue {
  readonly flag: Flag;
  readonly given: string;
}

/**
 * Everything that can be wrong with how the tool was called, with typed arguments and no words:
 * the words are chosen per language where the problem is printed.
 */
export type UsageProblem =
  | { readonly code: 'unknown-option'; readonly flag: string; readonly suggestion: string | null }
  | { readonly code: 'option-missing-value'; readonly flag: string }
  | { readonly code: 'excess-arguments'; readonly args: readonly string[] }
  /** `explain` with a file, or `archive!entry`, that is not there. */
  | { readonly code: 'file-missing'; readonly file: string }
  /** `explain` with a name that is no rule id. */
  | {
      readonly code: 'unknown-rule';
      readonly rule: string;
      readonly suggestion: string | null;
    }
  /** A complaint of the argument parser that has no words of its own here. */
  | { readonly code: 'command-line'; readonly detail: string }
  | {
      readonly code: 'choice';
      readonly flag: Flag;
      readonly value: string;
      readonly choices: readonly string[];
      readonly suggestion: string | null;
    }
  | { readonly code: 'folders-required'; readonly missing: readonly Flag[] }
  | { readonly code: 'config-missing'; readonly file: string }
  | { readonly code: 'config-unreadable'; readonly file: string; readonly reason: string }
  | { readonly code: 'schema'; readonly file: string; readonly problems: readonly SchemaProblem[] }
  | { readonly code: 'output-without-format'; readonly file: string }
  | {
      readonly code: 'outputs-outnumber-formats';
      readonly outputs: number;
      readonly formats: number;
    }
  | { readonly code: 'terminal-formats'; readonly formats: readonly string[] }
  | { readonly code: 'jobs'; readonly value: string }
  /** The root of the machine formats' paths: from --root, or from the CI variable named. */
  | { readonly code: 'root-missing'; readonly given: string; readonly fromEnv: string | null }
  | { readonly code: 'verbose-and-quiet' }
  | {
      readonly code: 'at';
      readonly error: AtError;
      /** Today in the timetable's zone, `yyyy-mm-dd`: a time alone most likely meant today. */
      readonly today: string;
    }
  | { readonly code: 'role'; readonly error: RoleError }
  | {
      readonly code: 'folder-missing';
      readonly flag: Flag;
      readonly given: string;
      readonly absolute: string;
    }
  | { readonly code: 'folder-not-folder'; readonly flag: Flag; readonly given: string }
  | {
      readonly code: 'folder-unreadable';
      readonly flag: Flag;
      readonly given: string;
      readonly reason: string;
    }
  | { readonly code: 'folders-same'; readonly first: FlagValue; readonly second: FlagValue }
  | { readonly code: 'folders-overlap'; readonly first: FlagValue; readonly second: FlagValue }
  | {
      readonly code: 'output-folder-missing';
      readonly flag: string;
      readonly file: string;
      readonly folder: string;
    }
  | {
      readonly code: 'output-inside-scanned';
      readonly flag: string;
      readonly file: string;
      readonly folder: string;
    }
  | { readonly code: 'output-unwritable'; readonly file: string; readonly reason: string }
  /** --fail-on-empty and no file at all in the outbox and inbox: a missing artefact must not pass. */
  | {
      readonly code: 'no-files';
      readonly outbox: readonly string[];
      readonly inbox: readonly string[];
    };

export type UsageCode = UsageProblem['code'];
