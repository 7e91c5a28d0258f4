/**
 * What only a real process shows: the bin itself, the environment as the process receives it,
 * another user, a pseudo-terminal, a pipe closed early, and the judging threads of the bundle.
 * Everything else runs in-process (cli.main.test.ts).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { generateTree } from '../scripts/bench/generate.js';
import { checkCase, cliCases } from './cliCases.js';
import {
  asUnprivileged,
  binPath,
  boxesOf,
  projectDir,
  runBinAsync,
  unprivilegedCanRun,
} from './support/runBin.js';
import { runMain } from './support/runMain.js';

const at = ['--at', '2018-03-27T12:00:00+02:00'];
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-'));

// The runs are separate processes: on more than one core they may overlap.
describe('the CLI cases, through the real bin', { concurrency: 4 }, () => {
  for (const c of cliCases.filter((c) => c.bin === true))
    it(c.name, async () => checkCase(c, await runBinAsync(c.args, c.env)));
});

describe('the process environment', () => {
  it('JSON, text and HTML are byte-identical under any TZ and locale, and the same as in-process', async () => {
    const args = [...boxesOf('gemeente-open'), '--at', '2018-03-25 03:30'];
    for (const format of ['json', 'text', 'html']) {
      // The text timeline's characters follow the locale (ASCII unless UTF-8); --ascii fixes them.
      const extra = ['--format', format, '--lang', 'en', ...(format === 'text' ? ['--ascii'] : [])];
      // In-process the zone is the runner's; the bins run 14 hours ahead of UTC and 3.5 behind.
      const runs = await Promise.all([
        runBinAsync([...args, ...extra], { TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8' }),
        runBinAsync([...args, ...extra], { TZ: 'America/St_Johns', LANG: 'nl_NL.UTF-8' }),
      ]);
      const here = await runMain([...args, ...extra]);
      for (const run of runs) assert.equal(run.stdout, here.stdout, format);
    }
    assert.match(
      (await runMain([...args, '--format', 'json'])).stdout,
      /"local": "2018-03-25T03:30:00\+02:00"/,
    );
  });
});

describe('judging threads in the bundle', () => {
  it('with --jobs 2 the bin judges on helper threads, with the same report as on one', async () => {
    const dir = tmp();
    try {
      // Asked for, the threads start however small the tree: three batches, so both get work.
      generateTree(dir, 700, 11);
      const args = ['outbox', 'inbox', 'sent', 'received'].flatMap((box) => [
        `--${box}`,
        path.join(dir, box),
      ]);
      const run = (jobs: string) =>
        runBinAsync([...args, '--at', '2018-03-28 10:00', '--format', 'json', '--jobs', jobs]);
      const [one, two] = [await run('1'), await run('2')];
      assert.equal(two.stderr, '');
      // Copies of a message are judged once: they are listed under the copy finding instead.
      const report = JSON.parse(one.stdout);
      const copies = report.findings
        .filter((f: { rule: string }) => f.rule === 'copy')
        .reduce((n: number, f: { related: string[] }) => n + f.related.length, 0);
      assert.ok(report.summary.files + copies >= 700);
      assert.equal(two.stdout, one.stdout);
      assert.equal(two.code, one.code);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe(
  'permissions',
  { skip: unprivilegedCanRun ? false : 'user 65534 cannot reach the project folder here' },
  () => {
    const corpus = () => {
      const dir = tmp();
      fs.chmodSync(dir, 0o755);
      for (const sub of ['out/closed', 'in'])
        fs.mkdirSync(path.join(dir, sub), { recursive: true, mode: 0o755 });
      fs.copyFileSync(
        path.join(projectDir, 'fixtures/aanbieder-open/outbox/verzoek-jw315.xml'),
        path.join(dir, 'out/secret.xml'),
      );
      fs.copyFileSync(
        path.join(projectDir, 'fixtures/aanbieder-open/outbox/start-wmo305.xml'),
        path.join(dir, 'out/start.xml'),
      );
      fs.chmodSync(path.join(dir, 'out/start.xml'), 0o644);
      fs.chmodSync(path.join(dir, 'out/secret.xml'), 0);
      fs.chmodSync(path.join(dir, 'out/closed'), 0);
      return dir;
    };
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, [binPath, ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LANG: 'C' },
        ...asUnprivileged,
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };

    it('a file and a folder without read permission are unreadable findings; the rest is judged', () => {
      const dir = corpus();
      const result = run([
        '--outbox',
        path.join(dir, 'out'),
        '--inbox',
        path.join(dir, 'in'),
        ...at,
        '--format',
        'json',
      ]);
      assert.equal(result.stderr, '');
      assert.equal(result.code, 1);
      const findings = JSON.parse(result.stdout).findings.map(
        (f: { rule: string; path: string }) => `${f.rule} ${path.basename(f.path)}`,
      );
      assert.deepEqual(findings, [
        'unreadable closed',
        'unreadable secret.xml',
        'unsent-heen start.xml',
      ]);
    });
    it('a named folder that cannot be read is a usage error', () => {
      const dir = corpus();
      const result = run([
        '--outbox',
        path.join(dir, 'out/closed'),
        '--inbox',
        path.join(dir, 'in'),
        ...at,
      ]);
      assert.equal(result.code, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /cannot be read \(EACCES\)/);
    });
  },
);

describe('at a terminal', () => {
  // util-linux `script` gives the bin a pseudo-terminal; `stty` sets (or leaves at 0) its width.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  const inTerminal = (columns: number) => {
    const command = [
      `stty cols ${columns} rows 30;`,
      JSON.stringify(process.execPath),
      JSON.stringify(binPath),
      ...[...boxesOf('aanbieder-open'), ...at].map((arg) => JSON.stringify(arg)),
      '; echo "exit=$?"',
    ].join(' ');
    const env: Record<string, string | undefined> = { ...process.env, LANG: 'C.UTF-8' };
    delete env.CI;
    delete env.GITHUB_ACTIONS;
    return spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: projectDir,
      env,
      encoding: 'utf8',
      timeout: 20_000,
    });
  };

  for (const columns of [100, 0]) {
    it(
      `draws the spinner only where it can, and ends with the report (width ${columns})`,
      { skip: hasScript ? false : 'util-linux script is not installed' },
      () => {
        const result = inTerminal(columns);
        assert.equal(result.error, undefined, 'ends in time');
        assert.match(result.stdout, /exit=1/);
        assert.match(result.stdout, /check-ready/);
        // ora hides the cursor while it draws: only with a known width.
        assert.equal(result.stdout.includes('\u001b[?25l'), columns > 0);
      },
    );
  }
});

describe('a reader that stops early', () => {
  it('closes the pipe: no stack trace, and the exit code is still the verdict', async () => {
    const child = spawn(process.execPath, [binPath, ...boxesOf('aanbieder-open'), ...at], {
      cwd: projectDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `| head -c 0`: the reading end is gone before the report is written.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });
});
