import { evaluate, type Result } from './core/evaluate.js';
import { resolveRole } from './core/role.js';
import type { Box, Role } from './data/types.js';
import type { ResolvedTimetable as Timetable } from './data/resolvedTimetable.js';
import { nodeFileSystem, type FileSystem } from './io/FileSystem.js';
import { findCopies } from './io/findCopies.js';
import { defaultThreads, startJudging } from './io/judgeAll.js';
import type { Judged } from './io/judgeFile.js';
import { scanFolders, type NamedFolder } from './io/scanFolders.js';
import { UsageError } from './io/UsageError.js';

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
  /** Helper threads start only from this many files (default 2,000); 0 when threads are asked for. */
  readonly minFilesForWorkers?: number;
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
    ...(options.minFilesForWorkers === undefined
      ? {}
      : { minFilesForWorkers: options.minFilesForWorkers }),
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
  if (!role.ok) throw new UsageError({ code: 'role', error: role.error });
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
    throw new UsageError({
      code: 'no-files',
      outbox: options.folders.outbox,
      inbox: options.folders.inbox,
    });
  }
  return result;
};
