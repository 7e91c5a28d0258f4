import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const binPath = path.join(projectDir, 'bin/check-ready.js');
export const fixture = (scenario: string, box = '') => path.posix.join('fixtures', scenario, box);

export interface BinRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/** Runs the real bin from the project folder, with a clean environment unless told otherwise. */
export const runBin = (
  args: readonly string[],
  env: Record<string, string> = {},
  cwd = projectDir,
): BinRun => {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C', TZ: 'UTC', ...env },
    timeout: 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
};

/** As `runBin`, without blocking: bin runs in one file can then overlap. */
export const runBinAsync = (
  args: readonly string[],
  env: Record<string, string> = {},
  cwd = projectDir,
): Promise<BinRun> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [binPath, ...args],
      {
        cwd,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', LANG: 'C', TZ: 'UTC', ...env },
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ stdout, stderr, code });
      },
    );
  });

/** The usual pair of folders of a scenario. */
export const boxesOf = (scenario: string): string[] => [
  '--outbox',
  fixture(scenario, 'outbox'),
  '--inbox',
  fixture(scenario, 'inbox'),
];

/**
 * A fresh, empty outbox and an inbox holding the given files (name → content), in a temporary
 * folder; returns the arguments that name them.
 */
export const tempBoxes = (inbox: Readonly<Record<string, string>>): string[] => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-boxes-'));
  fs.mkdirSync(path.join(dir, 'out'));
  fs.mkdirSync(path.join(dir, 'in'));
  for (const [name, content] of Object.entries(inbox))
    fs.writeFileSync(path.join(dir, 'in', name), content);
  return ['--outbox', path.join(dir, 'out'), '--inbox', path.join(dir, 'in')];
};

/**
 * Root reads everything, so a permission test run as root cannot fail: as root, such tests run
 * the real bin as the unprivileged user 65534; otherwise as the current user.
 */
export const asUnprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** Whether that user can reach the project at all (its folders may not be open to others). */
export const unprivilegedCanRun =
  spawnSync(
    process.execPath,
    ['-e', `require('fs').accessSync(${JSON.stringify(path.join(projectDir, 'dist/cli.js'))})`],
    asUnprivileged,
  ).status === 0;
