// The bin runs one bundled file (and the judging thread its own): loading the few hundred modules
// of the dependencies one by one, date-fns above all, cost more than half of every start.
import fs from 'node:fs';
import { build } from 'esbuild';

// Chunks of an earlier build would linger beside the new ones.
fs.rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli.ts', judgeWorker: 'src/io/judgeWorker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // Its main file is UMD, whose require() calls esbuild cannot follow: loaded from node_modules
  // as it is, when a timetable file the user names is read or a config file is broken
  // (src/io/jsonErrorAt.ts); a plain run never loads it.
  external: ['jsonc-parser'],
  logLevel: 'warning',
  // CommonJS dependencies (yauzl) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
