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

export const writeOutput = (file: string, content: string, append = false): void => {
  try {
    if (append) fs.appendFileSync(file, content);
    else fs.writeFileSync(file, content);
  } catch (error) {
    throw new UsageError({
      code: 'output-unwritable',
      file,
      reason: (error as NodeJS.ErrnoException).code ?? 'error',
    });
  }
};
