import { classify } from './core/classify.js';
import { evaluate, type JudgedFile, type Result } from './core/evaluate.js';
import { resolveRole, type RoleError } from './core/role.js';
import type { Box, Role } from './core/types.js';
import type { Timetable } from './data/timetable.js';
import { nodeFileSystem, type FileSystem } from './io/FileSystem.js';
import { parseFile } from './io/parseFile.js';
import { readBounded, scanFolders, type NamedFolder } from './io/scanFolders.js';
import { UsageError } from './io/UsageError.js';
import { printable } from './report/printable.js';

export interface RunOptions {
  readonly folders: Readonly<Record<Box, readonly string[]>>;
  readonly exclude: readonly string[];
  readonly role: Role | null;
  readonly org: readonly string[];
  readonly at: number;
  readonly timetable: Timetable;
  /** The file system to read; the real one unless a test hands in another. */
  readonly fileSystem?: FileSystem;
  /** Called now and then with files done and files found, for a progress display. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Files larger than this are not read at all: no message comes near it (see README). */
export const fileSizeLimit = 64 * 1024 * 1024;

/** How often the pipeline gives the event loop a turn, so a spinner can draw. */
const progressEvery = 250;

/** The one pipeline: scan → read → parse → classify → resolve the role → evaluate. */
export const run = async (options: RunOptions): Promise<Result> => {
  const named: NamedFolder[] = (Object.keys(options.folders) as Box[]).flatMap((box) =>
    options.folders[box].map((given) => ({ box, given })),
  );
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  const { files: found, problems } = scanFolders(named, options.exclude, fileSystem);
  const releases = { from: options.timetable.from, to: options.timetable.to };
  const files: JudgedFile[] = [];
  for (const [index, file] of found.entries()) {
    if (index % progressEvery === 0 && options.onProgress !== undefined) {
      options.onProgress(index, found.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const read = readBounded(file.location, fileSizeLimit, fileSystem);
    const base = { path: file.path, box: file.box };
    if (!read.ok) {
      files.push({ ...base, ignored: false, info: null, problem: read.problem });
      continue;
    }
    const sniffed = parseFile(read.bytes);
    if (sniffed.kind === 'ignored')
      files.push({ ...base, ignored: true, info: null, problem: null });
    else if (sniffed.kind === 'problem')
      files.push({ ...base, ignored: false, info: null, problem: sniffed.problem });
    else files.push({ ...base, ignored: false, ...classify(sniffed.parsed, releases) });
  }
  options.onProgress?.(found.length, found.length);

  const role = resolveRole(options.role, options.org, files);
  if (!role.ok) throw new UsageError(roleErrorText(role.error));
  return evaluate(
    {
      files,
      scanProblems: problems,
      role: role.role,
      roleSource: role.source,
      org: options.org.length > 0 ? [...options.org] : null,
      archives: {
        sent: options.folders.sent.length > 0,
        received: options.folders.received.length > 0,
      },
    },
    options.timetable,
    options.at,
  );
};

const roleErrorText = (error: RoleError): string => {
  switch (error.kind) {
    case 'org-invalid':
      return `--org ${error.code}: not a gemeentecode (4 digits) or an AGB-code (8 digits).`;
    case 'org-mixed':
      return `--org ${error.codes.join(' ')}: mixes gemeentecodes and AGB-codes. Give the codes of one organisation, all of one role.`;
    case 'role-contradicts-org':
      return `--role ${error.role} contradicts --org, whose codes are a ${error.orgRole}'s. Drop one of them or correct it.`;
    case 'conflicting-files':
      return [
        'The messages disagree about whose folders these are. Files that only a gemeente would hold:',
        ...error.gemeente.map((p) => `  ${printable(p)}`),
        'Files that only an aanbieder would hold:',
        ...error.aanbieder.map((p) => `  ${printable(p)}`),
        'Say whose they are with --role gemeente or --role aanbieder (or --org with your codes).',
      ].join('\n');
  }
};
