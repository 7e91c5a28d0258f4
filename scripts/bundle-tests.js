// The suite runs as JavaScript bundled here, in a handful of processes. Node 20's test runner
// starts a process for every file it is given (it has no way to share one), and on two cores
// starting forty processes, each loading the sources through a TypeScript loader, cost more than
// the tests themselves: the suite took 148 CPU-seconds that way, 64 this way. So the test files
// are bundled into a few groups, each one file the runner starts once. Run one test file on its
// own, as TypeScript, with `node --import tsx --test test/<name>.test.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * One process each. A test file named in no group runs in `core`, with the pure core and the
 * reading of files. The ones that wait on other processes have their own, so that their waiting
 * overlaps with the work of the others, two at a time.
 */
const groups = {
  // The CLI in-process and every output format.
  reports: [
    'cli.main',
    'commands',
    'formats',
    'mermaid',
    'rootPaths',
    'scenarios',
    'snapshots',
    'text',
    'textReport',
    'textTimeline',
    'timetables.cli',
    'usage',
    'view',
    'words',
    'ciFormats',
    'htmlReport',
  ],
  // Through the real bin: as another user, under strace, in a shell, at a terminal.
  hostile: ['hostile'],
  bin: ['cli.bin', 'cookbook'],
  browser: ['html'],
};

// Below the project like test/ itself: paths the tests and the sources derive from their own
// place (the project, ../shared, the judging thread beside its caller) still lead there.
const outdir = 'build/test';
const entriesDir = 'build/entries';
fs.rmSync('build', { recursive: true, force: true });
fs.mkdirSync(entriesDir, { recursive: true });

const files = fs
  .readdirSync('test')
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => name.slice(0, -'.test.ts'.length));
const grouped = new Set(Object.values(groups).flat());
for (const name of grouped)
  if (!files.includes(name))
    throw new Error(`scripts/bundle-tests.js names test/${name}.test.ts, which does not exist`);
const all = { core: files.filter((name) => !grouped.has(name)), ...groups };

const entryPoints = Object.entries(all).map(([group, names]) => {
  const entry = path.join(entriesDir, `${group}.ts`);
  fs.writeFileSync(entry, names.map((name) => `import '../../test/${name}.test.js';\n`).join(''));
  return { in: entry, out: `${group}.test` };
});

await build({
  entryPoints: [
    ...entryPoints,
    { in: 'test/support/parseWorker.ts', out: 'parseWorker' },
    { in: 'src/io/judgeWorker.ts', out: 'judgeWorker' },
  ],
  outdir,
  bundle: true,
  splitting: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
});
