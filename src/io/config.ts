import fs from 'node:fs';
import path from 'node:path';
import { isTimetablePath, packageDir } from './loadTimetable.js';
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
  root: 'folder',
  failOnEmpty: 'boolean',
  timetable: 'timetable',
} as const satisfies Record<
  string,
  'folders' | 'folder' | 'files' | 'strings' | 'string' | 'boolean' | 'number' | 'timetable'
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

// Read once, on the first config file: a run without one never loads the schema or its validator.
let configSchema: object | undefined;

/**
 * Reads a config file and checks it against its published schema, so the tool never accepts what
 * the schema refuses (an empty "outbox": [] would judge nothing and answer "ready"). Folders and
 * files in it are made relative to the file.
 */
export const loadConfig = async (file: string): Promise<Config> => {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError({ code: 'config-unreadable', file, reason });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError({
      code: 'schema',
      file,
      problems: [
        {
          kind: 'not-json',
          ...((await import('./jsonErrorAt.js')).jsonErrorAt(text, error) ?? {
            line: null,
            column: null,
          }),
        },
      ],
    });
  }
  configSchema ??= JSON.parse(
    fs.readFileSync(path.join(packageDir, 'schema', 'check-ready.config.schema.json'), 'utf8'),
  ) as object;
  const { validateWithSchema } = await import('./validateWithSchema.js');
  const problems = validateWithSchema(configSchema, raw);
  if (problems.length > 0) throw new UsageError({ code: 'schema', file, problems });
  const base = path.dirname(path.resolve(file));
  const config: Config = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(key in configKeys)) continue; // `$schema`: for editors, not for the tool
    const kind = configKeys[key as ConfigKey];
    const list = typeof value === 'string' ? [value] : (value as string[]);
    config[key as ConfigKey] =
      kind === 'folders' || kind === 'files'
        ? list.map((p) => path.resolve(base, p))
        : kind === 'folder'
          ? path.resolve(base, value as string)
          : kind === 'strings'
            ? list
            : kind === 'timetable'
              ? // A path is the file's neighbour, as every path here; a shipped id stays an id.
                isTimetablePath(value as string)
                ? path.resolve(base, value as string)
                : (value as string)
              : (value as string | boolean | number);
  }
  return config;
};
