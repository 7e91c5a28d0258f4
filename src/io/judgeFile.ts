import { classify, type Releases } from '../core/classify.js';
import type { JudgedFile } from '../core/evaluate.js';
import { nodeFileSystem, type FileSystem } from './FileSystem.js';
import { headerLimit, parseFile } from './parseFile.js';
import { readBounded, readStart, type FoundFile } from './scanFolders.js';

/** Files larger than this are not read at all: no message comes near it (see README). */
export const fileSizeLimit = 64 * 1024 * 1024;

/** Of an archived file, this much is read first: a real header nearly always ends within it. */
export const firstHeadSize = 4 * 1024;
/** …and at most this much, when it does not: the root's start tag and the Header fit in it. */
export const fullHeadSize = 2 * headerLimit;

export interface Judged extends JudgedFile {
  /** Device and inode, when the file could be opened: the same file is judged once. */
  readonly identity: string | null;
}

/** Buffers reused from file to file within one thread. */
export interface JudgeScratch {
  readonly small: Buffer;
  readonly large: Buffer;
}

export const newScratch = (): JudgeScratch => ({
  small: Buffer.allocUnsafe(firstHeadSize),
  large: Buffer.allocUnsafe(fullHeadSize),
});

/**
 * Reads, parses and classifies one file. The outbox and inbox are checked whole; of an archived
 * message only the root's start tag and the Header are read and checked.
 */
export const judgeFile = (
  file: FoundFile,
  releases: Releases,
  scratch: JudgeScratch,
  fileSystem: FileSystem = nodeFileSystem,
): Judged => {
  const base = { path: file.path, box: file.box };
  const whole = file.box === 'outbox' || file.box === 'inbox';
  let read = whole
    ? readBounded(file.location, fileSizeLimit, fileSystem)
    : readStart(file.location, scratch.small, fileSystem);
  let sniffed = read.ok ? parseFile(read.bytes, whole, read.complete) : null;
  if (read.ok && sniffed?.kind === 'incomplete') {
    read = readStart(file.location, scratch.large, fileSystem);
    sniffed = read.ok ? parseFile(read.bytes, false, true) : null;
  }
  if (!read.ok || sniffed === null) {
    return {
      ...base,
      identity: null,
      ignored: false,
      info: null,
      problem: read.ok ? null : read.problem,
    };
  }
  const identity = read.identity;
  switch (sniffed.kind) {
    case 'ignored':
      return { ...base, identity, ignored: true, info: null, problem: null };
    case 'problem':
      return { ...base, identity, ignored: false, info: null, problem: sniffed.problem };
    case 'incomplete':
      // The second, larger read was parsed as complete, so this cannot happen; say so plainly.
      return {
        ...base,
        identity,
        ignored: false,
        info: null,
        problem: {
          rule: 'malformed',
          args: { reason: 'header-too-large', line: null, column: null, detail: null },
        },
      };
    case 'parsed':
      return { ...base, identity, ignored: false, ...classify(sniffed.parsed, releases) };
  }
};
