import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Result } from '../src/core/evaluate.js';
import type { Finding } from '../src/core/findings.js';
import { rootPaths } from '../src/io/rootPaths.js';

// Paths that exist nowhere: the function is lexical unless a folder is reached through a link.
const base = path.posix.join('/nowhere', 'check-ready-root');
const segment = fc.stringMatching(/^[a-z][a-z0-9 _-]{0,8}$/);
const segments = fc.array(segment, { minLength: 1, maxLength: 3 });

/** A result that holds only what rootPaths rewrites. */
const resultWith = (paths: readonly string[]): Result =>
  ({
    findings: paths.map((p): Finding => ({
      rule: 'malformed',
      path: p,
      status: 'error',
      deadlineId: null,
      related: [p],
      args: { reason: 'empty', line: null, column: null, detail: null },
    })),
    files: [],
    ignored: [],
  }) as unknown as Result;

describe('paths written against a root', { skip: path.sep !== '/' ? 'POSIX paths' : false }, () => {
  it('however a folder is typed, a path inside the root is the same, relative, with no ../', () => {
    fc.assert(
      fc.property(
        segments,
        segments,
        fc.boolean(),
        fc.constantFrom('absolute', 'relative', 'dotted', 'slash'),
        segments,
        segments,
        fc.boolean(),
        (rootParts, folderParts, folderInside, typed, cwdParts, inside, zipped) => {
          const root = path.posix.join(base, 'repo', ...rootParts);
          const folder = folderInside
            ? path.posix.join(root, ...folderParts)
            : path.posix.join(base, 'elsewhere', ...folderParts);
          const cwd = path.posix.join(base, ...cwdParts);
          const relative = path.posix.relative(cwd, folder) || '.';
          const given =
            typed === 'absolute'
              ? folder
              : typed === 'relative'
                ? relative
                : typed === 'dotted'
                  ? `./${relative}`
                  : `${relative}/`;
          // As scanFolders shows it: the folder as given, normalised, then the path inside.
          const shown = path.posix.normalize(given);
          const prefix = shown === '.' || shown === './' ? '' : shown.replace(/\/?$/, '/');
          const entry = zipped ? '.zip!../buiten/x.xml' : '.xml';
          const file = `${prefix}${inside.join('/')}${entry}`;
          const rooted = rootPaths(resultWith([file]), [given], root, cwd);
          const expected = folderInside
            ? [path.posix.relative(root, folder), ...inside].filter((s) => s !== '').join('/')
            : [folder, ...inside].join('/');
          const finding = rooted.result.findings[0]!;
          assert.equal(finding.path, `${expected}${entry}`);
          assert.deepEqual(finding.related, [finding.path]);
          assert.equal(rooted.outside, folderInside ? 0 : 1);
          assert.equal(rooted.root, `${root}/`);
          if (folderInside)
            assert.ok(!finding.path.startsWith('../') && !finding.path.startsWith('/'));
        },
      ),
    );
  });

  it('each path goes by the folder it was found in, the longest match first', () => {
    const root = path.posix.join(base, 'repo');
    const rooted = rootPaths(
      resultWith(['in/a.xml', 'inbox/b.xml', 'c.xml']),
      ['in', 'inbox', '.'],
      root,
      path.posix.join(root, 'berichten'),
    );
    assert.deepEqual(
      rooted.result.findings.map((f) => f.path),
      ['berichten/c.xml', 'berichten/in/a.xml', 'berichten/inbox/b.xml'],
    );
  });
});
