/**
 * `npm run bench`: generates (or reuses) reference trees of 10,000 and 100,000 files, and the
 * largest again with a share of the received archive zipped, and measures the tool against the
 * I/O floor, alternating, several repetitions, median. Prints a table; asserts nothing.
 * The largest size is also measured on the tree where every file has a finding (no retour answers
 * its heen), whose peak memory must stay within twice that of the ordinary tree.
 * Options: --sizes 10000,100000 --runs 5 --zipped 0.1 --seed 2018 --no-every-finding
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateTree } from './generate.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '2018' },
    zipped: { type: 'string', default: '0.1' },
    'every-finding': { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const project = path.resolve(import.meta.dirname, '../..');
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const seed = Number(values.seed);
const zipped = Number(values.zipped);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const tree = (files: number, share: number, everyFinding: boolean) => {
  const name = `tree-${files}${share > 0 ? '-zipped' : ''}${everyFinding ? '-every-finding' : ''}`;
  const dir = path.join(project, 'bench-out', name);
  const marker = path.join(dir, '.generated.json');
  const generator = fs.statSync(path.join(import.meta.dirname, 'generate.ts')).mtimeMs;
  const want = JSON.stringify({ files, seed, share, everyFinding, generator });
  if (!fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== want) {
    process.stdout.write(
      `generating ${files} files${share > 0 ? `, ${share * 100} % of received zipped` : ''}${everyFinding ? ', every file with a finding' : ''} … `,
    );
    fs.rmSync(dir, { recursive: true, force: true });
    const stats = generateTree(dir, files, seed, share, { everyFinding });
    fs.writeFileSync(marker, want);
    console.log(`${stats.files} files, ${(stats.bytes / 1e6).toFixed(0)} MB`);
  }
  return dir;
};

const timed = (args: string[]) => {
  const rssFile = path.join(os.tmpdir(), `check-ready-rss-${process.pid}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: project,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1 && result.status !== 3) {
    throw new Error(`run failed (${result.status}): ${result.stderr.toString().slice(0, 500)}`);
  }
  const rss = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  fs.rmSync(rssFile, { force: true });
  return { seconds, rss, stdout: result.stdout.toString() };
};

console.log(
  `check-ready benchmark — ${os.cpus().length} cores, node ${process.version}, ${runs} runs each, median\n`,
);
const rows: string[][] = [
  ['tree', 'files', 'MB', 'floor s', 'tool s', 'ratio', 'files/s', 'MB/s', 'peak RSS MB'],
];
const plan = [
  ...sizes.map((size) => ({ size, share: 0, everyFinding: false })),
  ...(zipped > 0 ? [{ size: Math.max(...sizes), share: zipped, everyFinding: false }] : []),
  ...(values['every-finding'] ? [{ size: Math.max(...sizes), share: 0, everyFinding: true }] : []),
];
for (const { size, share, everyFinding } of plan) {
  const dir = tree(size, share, everyFinding);
  const boxes = ['outbox', 'inbox', 'sent', 'received'].map((b) => path.join(dir, b));
  const [outbox = '', inbox = '', sent = '', received = ''] = boxes;
  const toolArgs = [
    '--require',
    './scripts/bench/rss.cjs',
    'bin/check-ready.js',
    '--outbox',
    outbox,
    '--inbox',
    inbox,
    '--sent',
    sent,
    '--received',
    received,
    '--at',
    '2018-03-28T12:00:00+02:00',
    '--format',
    'json',
  ];
  // Warm the page cache so both sides read from memory, as the target says.
  const warm = JSON.parse(timed(['scripts/bench/floor.js', ...boxes]).stdout) as {
    files: number;
    bytes: number;
  };
  const floor: number[] = [];
  const tool: number[] = [];
  const rss: number[] = [];
  for (let r = 0; r < runs; r++) {
    floor.push(timed(['scripts/bench/floor.js', ...boxes]).seconds);
    const run = timed(toolArgs);
    tool.push(run.seconds);
    rss.push(run.rss);
  }
  const f = median(floor);
  const t = median(tool);
  const mb = warm.bytes / 1e6;
  rows.push([
    share > 0
      ? `${size} (${Math.round(share * 100)} % of received zipped)`
      : everyFinding
        ? `${size} (every file a finding)`
        : String(size),
    String(warm.files),
    mb.toFixed(0),
    f.toFixed(2),
    t.toFixed(2),
    (t / f).toFixed(2),
    Math.round(size / t).toString(),
    (mb / t).toFixed(0),
    Math.max(...rss).toFixed(0),
  ]);
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  '));
console.log(
  '\nfiles: what the floor read (a ZIP counts once); files/s: messages of the tree a second.',
);
