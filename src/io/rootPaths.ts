import fs from 'node:fs';
import path from 'node:path';
import type { Result } from '../core/evaluate.js';
import type { Finding } from '../core/findings.js';

/** The result with its paths written against a root, and what the reports must say about it. */
export interface Rooted {
  readonly result: Result;
  /** The root as an absolute path with `/` separators and a closing `/`. */
  readonly root: string;
  /** Files that lie outside the root and keep their absolute path. */
  readonly outside: number;
}

const posix = (p: string) => p.split(path.sep).join('/');

/** The real path of an existing folder, or the path itself: a link must not make a folder "outside". */
const real = (p: string) => {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
};

/** `folder` relative to `root` with `/` separators ('' for the root itself), or null when outside. */
const inside = (root: string, folder: string): string | null => {
  const rel = path.relative(root, folder);
  if (rel === '') return '';
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return posix(rel);
};

/**
 * Rewrites every path of the result against `root`, for the formats a CI system reads: paths
 * there must attach to the repository's files and be the same from run to run, whatever folder
 * the tool was started in or how the folders were typed. Paths are rewritten by the folder they
 * were found in (each starts with the folder as given, see scanFolders), never by parsing the
 * path itself: a ZIP entry's name after `!` may hold `..` and must stay as it is.
 */
export const rootPaths = (
  result: Result,
  folders: readonly string[],
  root: string,
  cwd: string,
): Rooted => {
  const absoluteRoot = path.resolve(cwd, root);
  const realRoot = real(absoluteRoot);
  const bases = folders
    .map((given) => {
      const shown = path.posix.normalize(posix(given));
      const prefix =
        shown === '.' || shown === './' ? '' : shown.endsWith('/') ? shown : `${shown}/`;
      const absolute = path.resolve(cwd, given);
      const within = inside(absoluteRoot, absolute) ?? inside(realRoot, real(absolute));
      return { prefix, base: within ?? posix(absolute), outside: within === null };
    })
    // The longest prefix first: a folder given as `.` holds paths with no prefix at all.
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const outsidePaths = new Set<string>();
  const rebase = (p: string): string => {
    const folder = bases.find((b) => p.startsWith(b.prefix) || `${p}/` === b.prefix);
    if (folder === undefined) return p;
    const rest = `${p}/` === folder.prefix ? '' : p.slice(folder.prefix.length);
    const rebased =
      folder.base === '' ? rest || '.' : rest === '' ? folder.base : `${folder.base}/${rest}`;
    if (folder.outside) outsidePaths.add(rebased);
    return rebased;
  };
  const byPath = (a: { path: string }, b: { path: string }) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  const findings = result.findings
    .map((f): Finding => ({ ...f, path: rebase(f.path), related: f.related.map(rebase) }))
    .sort(
      (a, b) =>
        byPath(a, b) ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
        ((a.deadlineId ?? '') < (b.deadlineId ?? '')
          ? -1
          : (a.deadlineId ?? '') > (b.deadlineId ?? '')
            ? 1
            : 0),
    );
  const files = result.files.map((f) => ({ ...f, path: rebase(f.path) })).sort(byPath);
  const ignored = result.ignored.map(rebase).sort();
  const shownRoot = posix(absoluteRoot);
  return {
    result: { ...result, findings, files, ignored },
    root: shownRoot.endsWith('/') ? shownRoot : `${shownRoot}/`,
    outside: outsidePaths.size,
  };
};
