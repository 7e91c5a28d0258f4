import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './UsageError.js';

export const configName = 'check-ready.config.json';

/** The keys of the config file: one a flag, spelled as the flag without its dashes. */
export const configKeys = {
  outbox: 'folders',
  inbox: 'folders',
  sent: 'folders',
  received: 'folders',
  exclude: 'strings',
  role: 'string',
  org: 'strings',
  at: 'string',
  format: 'strings',
  output: 'files',
  lang: 'string',
  verbose: 'boolean',
  quiet: 'boolean',
  color: 'boolean',
  jobs: 'number',
  failOnEmpty: 'boolean',
} as const satisfies Record<
  string,
  'folders' | 'files' | 'strings' | 'string' | 'boolean' | 'number'
>;

export type ConfigKey = keyof typeof configKeys;
export type Config = Partial<Record<ConfigKey, string | string[] | boolean | number>>;

/**
 * The config file to use: the one named, else the nearest `check-ready.config.json` from the
 * working folder upward, stopping at a repository root (a folder with `.git`) or the home folder.
 */
export const findConfig = (cwd: string, home: string | undefined): string | null => {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, configName);
    if (fs.existsSync(candidate)) return candidate;
    if (fs.existsSync(path.join(dir, '.git')) || dir === home) return null;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
};

const fail = (file: string, text: string): never => {
  throw new UsageError(`${file}: ${text}`);
};

/** Reads and checks a config file; folders and files in it are made relative to the file. */
export const loadConfig = (file: string): Config => {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      file,
      code === undefined
        ? 'not valid JSON. Check the commas and quotes.'
        : `cannot be read (${code}).`,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(
      file,
      'must be a JSON object whose keys mirror the flags, e.g. { "outbox": ["uit"], "inbox": ["in"] }.',
    );
  }
  const base = path.dirname(path.resolve(file));
  const config: Config = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema') continue;
    if (!(key in configKeys)) {
      fail(
        file,
        `unknown key "${key}". The keys mirror the flags: ${Object.keys(configKeys).join(', ')}.`,
      );
    }
    const kind = configKeys[key as ConfigKey];
    const list = typeof value === 'string' ? [value] : value;
    switch (kind) {
      case 'folders':
      case 'files':
      case 'strings':
        if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' && v !== '')) {
          fail(
            file,
            `"${key}" must be a string or a list of strings, e.g. "${key}": ["${key === 'org' ? '0363' : 'map'}"].`,
          );
        }
        config[key as ConfigKey] =
          kind === 'strings'
            ? (list as string[])
            : (list as string[]).map((p) => path.resolve(base, p));
        break;
      case 'string':
        if (typeof value !== 'string') fail(file, `"${key}" must be a string.`);
        config[key as ConfigKey] = value as string;
        break;
      case 'boolean':
        if (typeof value !== 'boolean') fail(file, `"${key}" must be true or false.`);
        config[key as ConfigKey] = value as boolean;
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
          fail(file, `"${key}" must be a whole number from 1 up.`);
        config[key as ConfigKey] = value as number;
        break;
    }
  }
  return config;
};
