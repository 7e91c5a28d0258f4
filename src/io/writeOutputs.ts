import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './UsageError.js';

/**
 * An output file may not lie inside a folder that is read: writing there would break the promise
 * that the tool never touches those folders. The file's folder must exist.
 */
export const checkOutput = (file: string, flag: string, scanned: readonly string[]): void => {
  const folder = path.dirname(path.resolve(file));
  let real: string;
  try {
    real = fs.realpathSync(folder);
  } catch {
    throw new UsageError({ code: 'output-folder-missing', flag, file, folder });
  }
  const target = path.join(real, path.basename(file));
  for (const given of scanned) {
    let root: string;
    try {
      root = fs.realpathSync(given);
    } catch {
      continue;
    }
    if (target === root || target.startsWith(root.endsWith('/') ? root : `${root}/`)) {
      throw new UsageError({ code: 'output-inside-scanned', flag, file, folder: given });
    }
  }
};

/** Writes a report, whole or a piece at a time, so that a large one is never held twice. */
export const writeOutput = (
  file: string,
  content: string | Iterable<string>,
  append = false,
): void => {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, append ? 'a' : 'w');
    for (const piece of typeof content === 'string' ? [content] : content) fs.writeSync(fd, piece);
  } catch (error) {
    throw new UsageError({
      code: 'output-unwritable',
      file,
      reason: (error as NodeJS.ErrnoException).code ?? 'error',
    });
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
};
