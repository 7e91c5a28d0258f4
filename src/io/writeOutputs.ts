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
    throw new UsageError(`${flag} ${file}: the folder ${folder} does not exist.`);
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
      throw new UsageError(
        `${flag} ${file} lies inside the scanned folder ${given}; the tool never writes there. Write the report elsewhere.`,
      );
    }
  }
};

export const writeOutput = (file: string, content: string, append = false): void => {
  try {
    if (append) fs.appendFileSync(file, content);
    else fs.writeFileSync(file, content);
  } catch (error) {
    throw new UsageError(
      `cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Choose a file you may write.`,
    );
  }
};
