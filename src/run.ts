import { evaluate, type Result } from './core/evaluate.js';
import { resolveRole, type RoleError } from './core/role.js';
import type { Box, Role } from './core/types.js';
import type { Timetable } from './data/timetable.js';
import { nodeFileSystem, type FileSystem } from './io/FileSystem.js';
import { findCopies } from './io/findCopies.js';
import { defaultThreads, startJudging } from './io/judgeAll.js';
import type { Judged } from './io/judgeFile.js';
import { scanFolders, type NamedFolder } from './io/scanFolders.js';
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
  /** Threads that read and judge files, the main one included; the number of cores (at most 8) when not given. */
  readonly threads?: number;
  /** No file at all in the outbox and inbox is then a usage error, not a notice. */
  readonly failOnEmpty?: boolean;
  /** Called now and then with files done and files found, for a progress display. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The one pipeline: scan → read, parse, classify (across threads) → resolve the role → evaluate. */
export const run = async (options: RunOptions): Promise<Result> => {
  const named: NamedFolder[] = (Object.keys(options.folders) as Box[]).flatMap((box) =>
    options.folders[box].map((given) => ({ box, given })),
  );
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  const releases = { from: options.timetable.from, to: options.timetable.to };
  const judging = startJudging({
    releases,
    threads: options.threads ?? defaultThreads(),
    ...(options.fileSystem === undefined ? {} : { fileSystem: options.fileSystem }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  const { problems } = await scanFolders(named, options.exclude, fileSystem, judging.add).catch(
    async (error: unknown) => {
      // Helper threads that are never finished would keep the process alive after the error.
      await judging.cancel();
      throw error;
    },
  );
  const judged = await judging.finish();
  // The same file reached by two names (a link, a hard link) is judged once: by its first name.
  const seen = new Set<string>();
  const files: Judged[] = [];
  for (const file of judged) {
    if (file.identity !== null) {
      if (seen.has(file.identity)) continue;
      seen.add(file.identity);
    }
    files.push(file);
  }

  // The same bytes stored twice in a box are one message: judged once (spec §1).
  const unique = findCopies(files, fileSystem);

  const role = resolveRole(options.role, options.org, unique.files);
  if (!role.ok) throw new UsageError(roleErrorText(role.error));
  const result = evaluate(
    {
      files: unique.files,
      copies: unique.copies,
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
  if (options.failOnEmpty === true && result.notices.some((n) => n.code === 'no-files')) {
    throw new UsageError(
      `no file at all was found in the outbox (${options.folders.outbox.map(printable).join(', ')}) and the inbox (${options.folders.inbox.map(printable).join(', ')}), and --fail-on-empty says that must not pass. Check the paths, or that the job that fills them ran.`,
    );
  }
  return result;
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
    case 'swapped-folders':
      return [
        error.byOrg
          ? 'Are --outbox and --inbox swapped? No message in the outbox is sent by the --org codes, and no message in the inbox is addressed to them.'
          : 'Are --outbox and --inbox swapped? The outbox holds messages of several senders, all to one code, and the inbox messages all come from that code.',
        `  outbox: ${printable(error.outbox)}`,
        `  inbox:  ${printable(error.inbox)}`,
        error.byOrg
          ? 'Name the folders the other way round, or check --org.'
          : 'Name the folders the other way round, or say whose they are with --org.',
      ].join('\n');
  }
};
