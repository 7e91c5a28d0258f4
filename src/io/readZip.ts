import { inflateRawSync } from 'node:zlib';
import type yauzl from 'yauzl';
import type { FileProblem } from '../core/findings.js';

/** What the reader of ZIP archives allows; beyond these an entry is not unpacked. */
export interface ZipLimits {
  /** A download holds up to 30 messages; far more is no download. */
  readonly entries: number;
  /** Unpacked size of one entry. */
  readonly entryBytes: number;
  /** Unpacked size of all entries together. */
  readonly totalBytes: number;
  /** Unpacked size over packed size, for entries larger than `ratioFrom`. */
  readonly ratio: number;
  readonly ratioFrom: number;
}

export const zipLimits: ZipLimits = {
  entries: 10_000,
  entryBytes: 64 * 1024 * 1024,
  totalBytes: 256 * 1024 * 1024,
  ratio: 200,
  ratioFrom: 1024 * 1024,
};

export type ZipEntry =
  | { readonly name: string; readonly bytes: Buffer }
  | { readonly name: string; readonly problem: FileProblem };

export interface ZipContents {
  readonly entries: ZipEntry[];
  /** Names that point outside the archive (`../`, absolute): read, reported, never written. */
  readonly unsafeNames: string[];
  /** A problem with the archive as a whole; the entries read before it are kept. */
  readonly problem: FileProblem | null;
}

const problemOf = (reason: 'encrypted' | 'zip-bomb' | 'too-many-entries'): FileProblem => ({
  rule: 'unreadable',
  args: { reason, code: null, limit: null },
});
const broken: FileProblem = {
  rule: 'malformed',
  args: { reason: 'zip-broken', line: null, column: null, detail: null },
};

const stored = 0;
const deflated = 8;

/**
 * Unpacks one entry's packed bytes, never beyond the room left. The size the entry declares can
 * lie: more bytes than declared is a bomb, fewer a broken archive.
 */
const unpack = (
  packed: Buffer,
  entry: yauzl.Entry,
  entryBytes: number,
  room: number,
): { readonly bytes: Buffer } | { readonly problem: FileProblem } => {
  const limit = Math.min(entryBytes, room);
  let bytes: Buffer;
  if (entry.compressionMethod === stored) bytes = packed;
  else {
    try {
      // One byte more than declared is enough to know the declared size lies.
      bytes = inflateRawSync(packed, {
        maxOutputLength: Math.max(Math.min(limit, entry.uncompressedSize + 1), 1),
      });
    } catch (error) {
      return {
        problem:
          (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
            ? problemOf('zip-bomb')
            : broken,
      };
    }
  }
  if (bytes.length > limit || bytes.length > entry.uncompressedSize)
    return { problem: problemOf('zip-bomb') };
  if (bytes.length < entry.uncompressedSize) return { problem: broken };
  return { bytes };
};

/** Hidden entries, and the bookkeeping some archivers add, are skipped like hidden files. */
const hidden = (name: string) =>
  name
    .split('/')
    .some((part) => (part.startsWith('.') && part !== '.' && part !== '..') || part === '__MACOSX');

/**
 * Whether an entry name, resolved as an unpacker would, stays inside the archive: not absolute
 * (`/x`, `C:\x`, `\\server`) and no `..` that climbs above its top. `a/b/../c` stays inside.
 */
export const staysInside = (name: string): boolean => {
  const parts = name.split(/[\\/]/);
  if (parts[0] === '' || /^[A-Za-z]:/.test(name)) return false;
  let depth = 0;
  for (const part of parts) {
    if (part === '..') depth--;
    else if (part !== '' && part !== '.') depth++;
    if (depth < 0) return false;
  }
  return true;
};

/** yauzl is loaded with the first archive: most trees hold none, and every thread pays to load. */
const unzipper = async (): Promise<typeof yauzl> => (await import('yauzl')).default;

/**
 * Unpacks a ZIP archive held in memory, one entry at a time, within the limits: yauzl reads the
 * central directory, checks every entry's size against what it declares, and leaves names raw so
 * that an unsafe one is reported instead of ending the read.
 */
export const readZip = async (
  archive: Buffer,
  limits: ZipLimits = zipLimits,
): Promise<ZipContents> => {
  const entries: ZipEntry[] = [];
  const unsafeNames: string[] = [];
  const unzip = await unzipper();
  let zip: yauzl.ZipFile;
  try {
    zip = await unzip.fromBufferPromise(archive, {
      lazyEntries: true,
      decodeStrings: false,
      validateEntrySizes: true,
    });
  } catch {
    return { entries, unsafeNames, problem: broken };
  }
  if (zip.entryCount > limits.entries) {
    return { entries, unsafeNames, problem: problemOf('too-many-entries') };
  }
  let total = 0;
  return new Promise((resolve) => {
    const finish = (problem: FileProblem | null) => {
      zip.close();
      resolve({ entries, unsafeNames, problem });
    };
    zip.on('error', () => finish(broken));
    zip.on('end', () => finish(null));
    zip.on('entry', (entry: yauzl.Entry) => {
      const raw = entry.fileName as unknown as Buffer;
      const name = unzip.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        raw,
        entry.extraFields,
        false,
      );
      if (name.endsWith('/') || hidden(name)) return zip.readEntry();
      if (!staysInside(name)) unsafeNames.push(name);
      const skip = (problem: FileProblem) => {
        entries.push({ name, problem });
        zip.readEntry();
      };
      if (entry.isEncrypted()) return skip(problemOf('encrypted'));
      const declared = entry.uncompressedSize;
      const ratioTooHigh =
        declared > limits.ratioFrom && declared > limits.ratio * Math.max(entry.compressedSize, 1);
      if (declared > limits.entryBytes || total + declared > limits.totalBytes || ratioTooHigh) {
        return skip(problemOf('zip-bomb'));
      }
      if (entry.compressionMethod !== stored && entry.compressionMethod !== deflated) {
        return skip(broken);
      }
      // The packed bytes are read as they are and unpacked here, at once: yauzl's own unpacking
      // goes through zlib's thread pool, a round trip per entry while this thread waits.
      zip.openReadStream(entry, { decodeFileData: false }, (error, stream) => {
        if (error !== null || stream === undefined) return skip(broken);
        const chunks: Buffer[] = [];
        let done = false;
        const end = (outcome: ZipEntry) => {
          if (done) return;
          done = true;
          entries.push(outcome);
          zip.readEntry();
        };
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', () => end({ name, problem: broken }));
        stream.on('end', () => {
          const outcome = unpack(
            Buffer.concat(chunks),
            entry,
            limits.entryBytes,
            limits.totalBytes - total,
          );
          if ('bytes' in outcome) total += outcome.bytes.length;
          end({ name, ...outcome });
        });
      });
    });
    zip.readEntry();
  });
};
