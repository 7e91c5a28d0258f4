import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { timetable2018 } from './support/timetable2018.js';
import { nodeFileSystem, type FileSystem } from '../src/io/FileSystem.js';
import { renderJson } from '../src/report/json.js';
import { run } from '../src/run.js';
import { startJudging } from '../src/io/judgeAll.js';
import { words } from '../src/report/words/index.js';
import { Chalk } from 'chalk';
import { generateTree } from '../scripts/bench/generate.js';
import { boxesOf } from './support/runBin.js';
import { runMain } from './support/runMain.js';

let dir = '';
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-workers-'));
  // More than one batch (256 files), so that both helpers get work; the threshold is lowered below.
  generateTree(dir, 700, 7);
  // A name that is not UTF-8 travels to a helper as bytes, not as a string.
  const sent = path.join(dir, 'sent');
  const first = fs
    .readdirSync(sent, { recursive: true, encoding: 'utf8' })
    .find((name) => name.endsWith('.xml'));
  assert.ok(first !== undefined);
  fs.writeFileSync(
    Buffer.concat([
      Buffer.from(`${sent}/`),
      Buffer.from('caf\xe9-', 'latin1'),
      Buffer.from(path.basename(first)),
    ]),
    fs.readFileSync(path.join(sent, first)),
  );
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const judge = async (threads: number, fileSystem?: FileSystem) => {
  const result = await run({
    folders: {
      outbox: [path.join(dir, 'outbox')],
      inbox: [path.join(dir, 'inbox')],
      sent: [path.join(dir, 'sent')],
      received: [path.join(dir, 'received')],
    },
    exclude: [],
    role: null,
    org: [],
    at: Date.parse('2018-03-28T10:00:00Z'),
    timetable: timetable2018,
    threads,
    minFilesForWorkers: 100,
    ...(fileSystem === undefined ? {} : { fileSystem }),
  });
  return renderJson(result, {
    words: words.en,
    timetable: timetable2018,
    chalk: new Chalk({ level: 0 }),
    verbose: false,
    quiet: false,
  });
};

/** The same folders listed in reverse order: the walk, and so the reading, goes the other way. */
const reversed: FileSystem = {
  ...nodeFileSystem,
  readdir: (p) => nodeFileSystem.readdir(p).reverse(),
};

describe('results do not depend on how the work is spread', () => {
  it('the same report on the main thread, with 2 threads, and in reverse read order', async () => {
    let started = 0;
    const count = () => started++;
    process.on('worker', count);
    try {
      const here = await judge(1);
      assert.equal(started, 0, 'one thread judges alone');
      const report = JSON.parse(here);
      // Copies of a message are judged once: they are listed under the copy finding instead.
      const copies = report.findings
        .filter((f: { rule: string }) => f.rule === 'copy')
        .reduce((n: number, f: { related: string[] }) => n + f.related.length, 0);
      assert.ok(copies > 0, 'the tree holds copies');
      assert.ok(report.summary.files + copies >= 700, 'the tree was judged');
      assert.ok(report.findings.length > 10, 'with findings to compare');
      assert.ok(
        report.findings.some((f: { path: string }) => f.path.includes('caf\ufffd-')),
        'the file with a name that is not UTF-8 was read',
      );
      assert.equal(await judge(2), here);
      assert.equal(started, 2, 'two threads: two helpers, the main one collects');
      assert.equal(await judge(1, reversed), here);
    } finally {
      process.off('worker', count);
    }
  });
});

describe('a walk that fails', () => {
  it(
    'stops the helper threads it started, so the process can end',
    { timeout: 20_000 },
    async () => {
      const exited: Promise<number>[] = [];
      const watch = (worker: import('node:worker_threads').Worker) =>
        exited.push(new Promise((resolve) => worker.once('exit', resolve)));
      process.on('worker', watch);
      try {
        const judging = startJudging({
          releases: { from: '2.1', to: '2.2' },
          threads: 2,
          minFilesForWorkers: 100,
        });
        // Enough files that the helpers start; none of them exists, so none takes long.
        for (let n = 0; n < 600; n++) {
          const wait = judging.add({
            box: 'received',
            path: `missing/${n}.xml`,
            location: path.join(dir, 'missing', `${n}.xml`),
          });
          if (wait !== undefined) await wait;
        }
        // The process announces a new thread a moment after it is made.
        for (let tries = 0; exited.length < 2 && tries < 500; tries++)
          await new Promise((resolve) => setTimeout(resolve, 10));
        assert.equal(exited.length, 2, 'two helpers started');
        await judging.cancel();
        assert.equal((await Promise.all(exited)).length, 2, 'and both ended');
      } finally {
        process.off('worker', watch);
      }
    },
  );
});

describe('--jobs', () => {
  it('asked for, threads start however small the tree; not asked for, a small tree is judged alone', async () => {
    let started = 0;
    const count = () => started++;
    process.on('worker', count);
    try {
      const args = [...boxesOf('aanbieder-open'), '--at', '2018-03-27 12:00', '--format', 'json'];
      const alone = await runMain(args);
      assert.equal(started, 0, 'no threads for a small tree by default');
      const asked = await runMain([...args, '--jobs', '2']);
      assert.equal(started, 2, 'two threads asked for, two started');
      assert.equal(asked.stdout, alone.stdout);
      assert.equal(asked.code, alone.code);
    } finally {
      process.off('worker', count);
    }
  });
});
