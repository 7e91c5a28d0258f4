import type fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { ScanProblem } from '../core/findings.js';
import type { Box } from '../data/types.js';
import { nodeFileSystem, type FileSystem } from './FileSystem.js';
import { UsageError } from './UsageError.js';

export interface NamedFolder {
  readonly box: Box;
  /** As given on the command line: paths in every output start with it. */
  readonly given: string;
}

export interface FoundFile {
  readonly box: Box;
  /** The path shown to the user: the folder as given joined with the path inside it. */
  readonly path: string;
  /** The path to open: a string, or bytes for a name that is not UTF-8, so that it is still read. */
  readonly location: string | Buffer;
}

export interface ScanResult {
  readonly files: FoundFile[];
  readonly problems: ScanProblem[];
}

const slash = Buffer.from('/');
/** Files found between two turns of the event loop. */
const filesPerTurn = 512;
/** How paths inside a folder are shown: after the folder as given, with forward slashes. */
const shownUnder = (given: string): ((inside: string) => string) => {
  const base = path.posix.normalize(given.split(path.sep).join('/'));
  // Names from a listing hold no slash, `.` or `..`: joining needs no normalising per file.
  if (base === '.' || base === './') return (inside) => (inside === '' ? base : inside);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (inside) => (inside === '' ? base : prefix + inside);
};

interface Checked extends NamedFolder {
  readonly real: string;
}

/**
 * Every folder named on the command line must exist, be a folder and be readable, and no two may
 * overlap: a mistyped path must never pass as an empty, "ready" outbox.
 */
export const checkFolders = (
  folders: readonly NamedFolder[],
  files: FileSystem = nodeFileSystem,
): Checked[] => {
  const checked: Checked[] = [];
  for (const folder of folders) {
    const flag = `--${folder.box}` as const;
    let real: string;
    try {
      real = files.realpath(folder.given);
      if (!files.stat(real).isDirectory()) {
        throw new UsageError({ code: 'folder-not-folder', flag, given: folder.given });
      }
      files.accessFolder(real);
      files.readdir(Buffer.from(real));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'ENOENT' || code === 'ENOTDIR'
          ? // The absolute path shows which working folder the name was read against: the usual cause.
            {
              code: 'folder-missing',
              flag,
              given: folder.given,
              absolute: path.resolve(folder.given),
            }
          : { code: 'folder-unreadable', flag, given: folder.given, reason: code ?? 'error' },
      );
    }
    for (const other of checked) {
      const inside = (a: string, b: string) =>
        a === b || a.startsWith(b.endsWith('/') ? b : `${b}/`);
      if (inside(real, other.real) || inside(other.real, real)) {
        const pair = {
          first: { flag: `--${other.box}` as const, given: other.given },
          second: { flag, given: folder.given },
        };
        throw new UsageError(
          real === other.real
            ? { code: 'folders-same', ...pair }
            : { code: 'folders-overlap', ...pair },
        );
      }
    }
    checked.push({ ...folder, real });
  }
  return checked;
};

/**
 * Reads --exclude patterns the way `.gitignore` does (spec §1): a pattern without `/` matches a
 * name at any depth (`*.pdf` skips `sub/b.pdf`), one with `/` is anchored at the folder
 * (`verwerkt/**`, `/notes.txt`); a trailing `/` matches folders only. A folder that matches is
 * skipped with all it holds.
 */
export const excluder = (
  patterns: readonly string[],
): ((inside: string, isDirectory: boolean) => boolean) => {
  const matchers = patterns.map((given) => {
    let pattern = given.startsWith('./') ? given.slice(2) : given;
    const foldersOnly = pattern.endsWith('/');
    if (foldersOnly) pattern = pattern.replace(/\/+$/, '');
    const anchored = pattern.includes('/');
    if (pattern.startsWith('/')) pattern = pattern.slice(1);
    const matches = picomatch(pattern, { dot: true, basename: !anchored });
    return (inside: string, isDirectory: boolean) =>
      (isDirectory || !foldersOnly) && matches(inside);
  });
  if (matchers.length === 0) return () => false;
  return (inside, isDirectory) => matchers.some((m) => m(inside, isDirectory));
};

/**
 * Walks the named folders: recursively, in name order, hidden entries skipped, links followed only
 * while they stay inside their folder, every file and folder visited once (by device and inode).
 */
export const scanFolders = async (
  folders: readonly NamedFolder[],
  exclude: readonly string[],
  fileSystem: FileSystem = nodeFileSystem,
  /** Takes each file as it is found, so reading can start while the walk goes on. */
  onFile?: (file: FoundFile) => Promise<void> | undefined,
): Promise<ScanResult> => {
  const checked = checkFolders(folders, fileSystem);
  const isExcluded = excluder(exclude);
  const files: FoundFile[] = [];
  const found =
    onFile ??
    ((file: FoundFile) => {
      files.push(file);
      return undefined;
    });
  const problems: ScanProblem[] = [];
  const seen = new Set<string>();
  // The walk gives the event loop a turn now and then, so that threads already reading get their
  // next files and hand in what they judged while the walk goes on.
  let sinceTurn = 0;
  const turn = () => new Promise((resolve) => setImmediate(resolve));

  for (const folder of checked) {
    const rootPrefix = folder.real.endsWith('/') ? folder.real : `${folder.real}/`;
    const display = shownUnder(folder.given);
    const visit = async (
      location: string | Buffer,
      inside: string,
      stat: fs.Stats,
    ): Promise<void> => {
      const shown = display(inside);
      if (!stat.isDirectory()) {
        const wait = found({ box: folder.box, path: shown, location });
        if (wait !== undefined) await wait;
        return;
      }
      // Folders are visited once, however many links lead to them: a loop of links ends here.
      const id = `${stat.dev}:${stat.ino}`;
      if (seen.has(id)) return;
      seen.add(id);
      let entries: fs.Dirent<Buffer>[];
      try {
        entries = fileSystem.readdir(location);
      } catch (error) {
        problems.push({ box: folder.box, path: shown, problem: unreadableBecause(error).problem });
        return;
      }
      entries.sort((a, b) => Buffer.compare(a.name, b.name));
      for (const entry of entries) {
        if (entry.name[0] === 0x2e) continue; // hidden: half-written files and a system's bookkeeping
        const name = entry.name.toString('utf8');
        const childInside = inside === '' ? name : `${inside}/${name}`;
        if (isExcluded(childInside, entry.isDirectory())) continue;
        const childLocation =
          typeof location === 'string' &&
          Buffer.byteLength(name) === entry.name.length &&
          !name.includes('\ufffd')
            ? `${location}/${name}`
            : Buffer.concat([Buffer.from(location), slash, entry.name]);
        const childShown = display(childInside);
        if (entry.isFile()) {
          // A plain file needs no stat here: the reader's fstat tells whether it was seen before.
          const wait = found({ box: folder.box, path: childShown, location: childLocation });
          if (wait !== undefined) await wait;
          if (++sinceTurn >= filesPerTurn) {
            sinceTurn = 0;
            await turn();
          }
          continue;
        }
        let childStat: fs.Stats;
        try {
          if (entry.isSymbolicLink()) {
            const target = fileSystem.realpath(childLocation);
            if (target !== folder.real && !target.startsWith(rootPrefix)) {
              problems.push({
                box: folder.box,
                path: childShown,
                problem: { rule: 'link-outside', args: {} },
              });
              continue;
            }
          }
          childStat = fileSystem.stat(childLocation);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? null;
          if (entry.isSymbolicLink() && (code === 'ENOENT' || code === 'ELOOP')) {
            // A dangling link or a loop of links points nowhere inside the folder.
            problems.push({
              box: folder.box,
              path: childShown,
              problem: { rule: 'link-outside', args: {} },
            });
          } else {
            problems.push({
              box: folder.box,
              path: childShown,
              problem: unreadableBecause(error).problem,
            });
          }
          continue;
        }
        if (!childStat.isDirectory() && !childStat.isFile()) continue; // sockets, fifos, devices: never opened
        await visit(childLocation, childInside, childStat);
      }
    };
    await visit(folder.real, '', fileSystem.stat(folder.real));
  }
  return { files, problems };
};

export type ReadOutcome =
  | {
      readonly ok: true;
      readonly bytes: Buffer;
      /** Device and inode: the same file reached by two names is judged once. */
      readonly identity: string;
      /** Whether `bytes` hold the whole file. */
      readonly complete: boolean;
      /** The file's size in bytes. */
      readonly size: number;
    }
  | {
      readonly ok: false;
      readonly problem: Extract<ScanProblem['problem'], { rule: 'unreadable' }>;
    };

/**
 * Opens a regular file, hands its descriptor and stat to `read`, and closes it again, whatever
 * happens; an operating-system error becomes the reason a user can act on.
 */
const withFile = (
  location: string | Buffer,
  fileSystem: FileSystem,
  read: (fd: number, stat: fs.Stats) => ReadOutcome,
): ReadOutcome => {
  let fd: number | undefined;
  try {
    fd = fileSystem.open(location);
    const stat = fileSystem.fstat(fd);
    return stat.isFile() ? read(fd, stat) : unreadable('not-a-file', null, null);
  } catch (error) {
    return unreadableBecause(error);
  } finally {
    if (fd !== undefined) fileSystem.close(fd);
  }
};

/**
 * Reads the start of a file into `buffer` (reused between files): enough for the root's start
 * tag and the Header, which is all an archived message is read for. The view returned is only
 * valid until the next read.
 */
export const readStart = (
  location: string | Buffer,
  buffer: Buffer,
  fileSystem: FileSystem = nodeFileSystem,
): ReadOutcome =>
  withFile(location, fileSystem, (fd, stat) => {
    const read = fileSystem.readStart(fd, buffer);
    return {
      ok: true,
      bytes: buffer.subarray(0, read),
      identity: `${stat.dev}:${stat.ino}`,
      complete: read >= stat.size,
      size: stat.size,
    };
  });

/** Reads a whole file, refusing one over `limit` bytes before reading any of it. */
export const readBounded = (
  location: string | Buffer,
  limit: number,
  fileSystem: FileSystem = nodeFileSystem,
): ReadOutcome =>
  withFile(location, fileSystem, (fd, stat) =>
    stat.size > limit
      ? unreadable('too-large', null, limit)
      : {
          ok: true,
          bytes: fileSystem.readWhole(fd),
          identity: `${stat.dev}:${stat.ino}`,
          complete: true,
          size: stat.size,
        },
  );

const unreadable = (
  reason: 'permission' | 'vanished' | 'too-large' | 'not-a-file' | 'io',
  code: string | null,
  limit: number | null,
): ReadOutcome => ({ ok: false, problem: { rule: 'unreadable', args: { reason, code, limit } } });

/** An operating-system error, told as the reason a user can act on. */
const unreadableBecause = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code ?? null;
  const reason =
    code === 'ENOENT' ? 'vanished' : code === 'EACCES' || code === 'EPERM' ? 'permission' : 'io';
  return unreadable(reason, code, null) as Extract<ReadOutcome, { ok: false }>;
};
