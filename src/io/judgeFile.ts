import { createHash } from 'node:crypto';
import { classify, type Releases } from '../core/classify.js';
import type { JudgedFile } from '../core/evaluate.js';
import type { FileProblem } from '../core/findings.js';
import type { Box } from '../data/types.js';
import { nodeFileSystem, type FileSystem } from './FileSystem.js';
import { parseFile, type Sniffed } from './parseFile.js';
import { readZip } from './readZip.js';
import { readBounded, readStart, type FoundFile, type ReadOutcome } from './scanFolders.js';

/** Files larger than this are not read at all: no message comes near it (see README). */
export const fileSizeLimit = 64 * 1024 * 1024;

/** Of an archived file, this much is read first: a real header nearly always ends within it. */
export const firstHeadSize = 2 * 1024;

/** A ZIP inside a ZIP is opened; one inside that is a finding. */
const maxNesting = 1;

export interface Judged extends JudgedFile {
  /** Device and inode, when the file could be opened: the same file is judged once. */
  readonly identity: string | null;
  /** Size in bytes of what was judged (the file, or the ZIP entry); null when it was not read. */
  readonly size: number | null;
  /**
   * A digest of every byte, where the bytes were read whole anyway (outbox, inbox, ZIP entries):
   * copies are told by it (`findCopies`). An archived file is read by its head only; its digest
   * is taken only when another file of the same box, size and header makes it worth a read.
   */
  readonly digest: string | null;
}

/** SHA-256: on current processors faster than SHA-1 or MD5, and no collision is known. */
export const digestOf = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('base64');

/**
 * Archived files are read this many in a row before any of them is parsed: the system calls then
 * run with the kernel's caches warm, and the parsing with the parser's (README, "Performance").
 */
const readAhead = 32;

/** Buffers reused from file to file within one thread. */
export interface JudgeScratch {
  readonly heads: Buffer;
}

export const newScratch = (): JudgeScratch => ({
  heads: Buffer.allocUnsafe(readAhead * firstHeadSize),
});

const whole = (box: Box) => box === 'outbox' || box === 'inbox';

/** The last part of a path (or of a ZIP entry's name): what a file's name says it holds. */
const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Judges files one after another, in order; reads the heads of archived files a few at a time. */
export const judgeFiles = async (
  files: readonly FoundFile[],
  releases: Releases,
  scratch: JudgeScratch,
  fileSystem: FileSystem = nodeFileSystem,
): Promise<Judged[]> => {
  const judged: Judged[] = [];
  for (let start = 0; start < files.length; start += readAhead) {
    const group = files.slice(start, start + readAhead);
    const heads = group.map((file, i) =>
      whole(file.box)
        ? null
        : readStart(
            file.location,
            scratch.heads.subarray(i * firstHeadSize, (i + 1) * firstHeadSize),
            fileSystem,
          ),
    );
    for (const [i, file] of group.entries()) {
      const result = judgeFile(file, releases, heads[i] ?? null, fileSystem);
      judged.push(...(Array.isArray(result) ? result : await result));
    }
  }
  return judged;
};

/**
 * Reads, parses and classifies one file. The outbox and inbox are checked whole; of an archived
 * message only the root's start tag and the Header are read (its `head`) and checked. A ZIP
 * archive gives one judgement an entry (hence the list), and needs a turn of the event loop.
 */
const judgeFile = (
  file: FoundFile,
  releases: Releases,
  head: ReadOutcome | null,
  fileSystem: FileSystem,
): Judged[] | Promise<Judged[]> => {
  const { path, box } = file;
  const unread = (problem: FileProblem): Judged[] => [
    { ...unjudgeable(path, box, problem), identity: null },
  ];
  let read = head ?? readBounded(file.location, fileSizeLimit, fileSystem);
  if (!read.ok) return unread(read.problem);
  const name = baseName(path);
  let sniffed = parseFile(read.bytes, whole(box), read.complete, true, name);
  if (sniffed.kind === 'incomplete' || (sniffed.kind === 'container' && !read.complete)) {
    // The head was not enough (a long header, an envelope, an archive): read it all after all.
    read = readBounded(file.location, fileSizeLimit, fileSystem);
    if (!read.ok) return unread(read.problem);
    sniffed = parseFile(read.bytes, whole(box), true, true, name);
  }
  const { identity, size } = read;
  if (sniffed.kind === 'container') {
    return judgeZip(Buffer.from(read.bytes), path, box, releases, 0).then((judged) =>
      // The archive's identity goes with its first judgement, so a second name for it is dropped.
      judged.map((j, index) => ({ ...j, identity: index === 0 ? identity : null })),
    );
  }
  const { ignored, info, problem } = judgement(sniffed, releases);
  // An ignored file is no message: its copies need not be found.
  const digest = !ignored && whole(box) && read.complete ? digestOf(read.bytes) : null;
  return [{ path, box, identity, size, digest, ignored, info, problem }];
};

type Judgement = Pick<JudgedFile, 'ignored' | 'info' | 'problem'>;

const judgement = (
  sniffed: Exclude<Sniffed, { kind: 'container' }>,
  releases: Releases,
): Judgement => {
  switch (sniffed.kind) {
    case 'ignored':
      return { ignored: true, info: null, problem: null };
    case 'problem':
      return { ignored: false, info: null, problem: sniffed.problem };
    case 'incomplete':
      // Only a head can be incomplete, and a whole file was read: a header beyond every bound.
      return {
        ignored: false,
        info: null,
        problem: {
          rule: 'malformed',
          args: { reason: 'header-too-large', line: null, column: null, detail: null },
        },
      };
    case 'parsed':
      return { ignored: false, ...classify(sniffed.parsed, releases) };
  }
};

/** A file or ZIP entry that could not be read or opened: no bytes to compare, no message in it. */
const unjudgeable = (path: string, box: Box, problem: FileProblem): Omit<Judged, 'identity'> => ({
  path,
  box,
  size: null,
  digest: null,
  ignored: false,
  info: null,
  problem,
});

/** Every entry of an archive, judged like a file, at `archive!entry`. */
const judgeZip = async (
  bytes: Buffer,
  path: string,
  box: Box,
  releases: Releases,
  depth: number,
): Promise<Omit<Judged, 'identity'>[]> => {
  const contents = await readZip(bytes);
  const judged: Omit<Judged, 'identity'>[] = [];
  // The archive's own judgements are about the archive: its bytes are the ones compared.
  const archive = () => ({ size: bytes.length, digest: digestOf(bytes) });
  if (contents.problem !== null)
    judged.push({ path, box, ...archive(), ignored: false, info: null, problem: contents.problem });
  else if (contents.unsafeNames.length > 0) {
    judged.push({
      path,
      box,
      ...archive(),
      ignored: false,
      info: null,
      problem: {
        rule: 'unsafe-entry-name',
        args: { entries: contents.unsafeNames.slice(0, 5), count: contents.unsafeNames.length },
      },
    });
  }
  for (const entry of contents.entries) {
    const entryPath = `${path}!${entry.name}`;
    if ('problem' in entry) {
      judged.push(unjudgeable(entryPath, box, entry.problem));
      continue;
    }
    const sniffed = parseFile(entry.bytes, whole(box), true, true, baseName(entry.name));
    if (sniffed.kind !== 'container') {
      const judgedEntry = judgement(sniffed, releases);
      judged.push({
        path: entryPath,
        box,
        size: entry.bytes.length,
        digest: judgedEntry.ignored ? null : digestOf(entry.bytes),
        ...judgedEntry,
      });
    } else if (depth < maxNesting) {
      judged.push(...(await judgeZip(entry.bytes, entryPath, box, releases, depth + 1)));
    } else {
      judged.push(
        unjudgeable(entryPath, box, {
          rule: 'unreadable',
          args: { reason: 'nested-too-deep', code: null, limit: null },
        }),
      );
    }
  }
  return judged;
};
