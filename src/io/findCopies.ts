import type { Copy } from '../core/evaluate.js';
import { byCodeUnits } from '../core/evaluate.js';
import type { FileSystem } from './FileSystem.js';
import { digestOf, fileSizeLimit, type Judged } from './judgeFile.js';
import { readBounded } from './scanFolders.js';

/**
 * Finds the same bytes stored twice in one box (a download and its unpacked copy, spec §1), so
 * that each message is judged once: under its first path in code-unit order, the others listed.
 *
 * Cheap first, exact last: messages are only compared when box, size and everything the header
 * said agree, which sets apart all but copies and the rare true reuse of an Identificatie. Only
 * then are digests compared: taken while judging where a file was read whole, else by reading the
 * archived file again now. A file that cannot be read again is never called a copy.
 */
export const findCopies = (
  files: readonly Judged[],
  fileSystem: FileSystem,
): { readonly files: Judged[]; readonly copies: Copy[] } => {
  // Grouped by an existing string, so no key is built for each of a hundred thousand files.
  const groups = new Map<string, Judged | Judged[]>();
  for (const file of files) {
    // Only messages: a broken file is reported at every path it lies at, so that each can be
    // repaired or fetched again, and an empty file holds no message to be a copy of.
    if (file.ignored || file.size === null || file.info === null || file.problem !== null) continue;
    const key = file.info.identificatie ?? file.info.identificatieRetour ?? '';
    const same = groups.get(key);
    if (same === undefined) groups.set(key, file);
    else if (Array.isArray(same)) same.push(file);
    else groups.set(key, [same, file]);
  }

  const digests = new Map<Judged, string | null>();
  const digest = (file: Judged): string | null => {
    if (file.digest !== null) return file.digest;
    let known = digests.get(file);
    if (known === undefined) {
      // Only a file on disk lacks a digest (a ZIP entry always has one): its path opens it.
      const read = readBounded(file.path, fileSizeLimit, fileSystem);
      known = read.ok && read.size === file.size ? digestOf(read.bytes) : null;
      digests.set(file, known);
    }
    return known;
  };

  const dropped = new Set<Judged>();
  const copies: Copy[] = [];
  for (const same of groups.values()) {
    if (!Array.isArray(same)) continue;
    const kept: { file: Judged; others: string[] }[] = [];
    for (const file of [...same].sort((a, b) => byCodeUnits(a.path, b.path))) {
      const original = kept.find(
        (k) => alike(k.file, file) && digest(k.file) !== null && digest(k.file) === digest(file),
      );
      if (original === undefined) kept.push({ file, others: [] });
      else {
        original.others.push(file.path);
        dropped.add(file);
      }
    }
    for (const { file, others } of kept) {
      if (others.length > 0) copies.push({ path: file.path, box: file.box, others });
    }
  }
  return {
    files: dropped.size === 0 ? [...files] : files.filter((f) => !dropped.has(f)),
    copies,
  };
};

const fields = [
  'standard',
  'message',
  'berichtCode',
  'release',
  'kind',
  'afzender',
  'ontvanger',
  'identificatie',
  'dagtekening',
  'identificatieRetour',
  'sender',
  'receiver',
] as const;

/** Could be the same bytes: same box and size, and the same header. */
const alike = (a: Judged, b: Judged): boolean =>
  a.box === b.box &&
  a.size === b.size &&
  fields.every((field) => a.info?.[field] === b.info?.[field]);
