/**
 * Snapshots of what a person and a machine read, in the style of arethetypeswrong's CLI tests: a
 * file per command with the command, the output and the exit code, for the text (Dutch, and
 * English with --verbose), the Markdown and the JSON of every run in test/expect/. The moment is
 * always fixed with --at, so nothing depends on the machine.
 *
 * After a deliberate change of the output: `npm run test:update` rewrites them (and removes those
 * no run makes any more); review the diff as you would code.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { personalData } from './support/messages.js';
import { argsOf, expectedRuns, type ExpectedRun } from './support/expectations.js';
import { projectDir, type BinRun } from './support/runBin.js';
import { runMain } from './support/runMain.js';

const update = process.env.UPDATE_SNAPSHOTS === '1';
const snapshotDir = path.join(projectDir, 'test/snapshots');

const variants: readonly { readonly name: string; readonly args: readonly string[] }[] = [
  { name: 'text-nl', args: ['--lang', 'nl'] },
  { name: 'text-en-verbose', args: ['--lang', 'en', '--verbose'] },
  { name: 'markdown-nl', args: ['--format', 'markdown', '--lang', 'nl'] },
  { name: 'json', args: ['--format', 'json'] },
];

const fileOf = (run: ExpectedRun, variant: string): string => {
  const parts = [
    run.at.replace(' ', 'T').replaceAll(':', '.'),
    ...(run.archives ? ['archives'] : []),
    ...(run.args ?? []).map((a) => a.replace(/^--/, '')),
  ];
  return path.join(run.fixture, `${parts.join('-')}.${variant}.txt`);
};

/** The command as a person would type it, each argument quoted only where the shell needs it. */
const command = (args: readonly string[]): string =>
  ['check-ready', ...args.map((a) => (/^[\w./@=:+-]+$/.test(a) ? a : `'${a}'`))].join(' ');

const record = (args: readonly string[], run: BinRun): string =>
  [
    `$ ${command(args)}`,
    '',
    run.stdout.trimEnd(),
    ...(run.stderr === '' ? [] : ['', '[stderr]', run.stderr.trimEnd()]),
    '',
    `Exit code: ${run.code}`,
    '',
  ].join('\n');

describe('snapshots of every fixture in text, Markdown and JSON', () => {
  const written = new Set<string>();
  for (const expected of expectedRuns()) {
    for (const variant of variants) {
      const file = fileOf(expected, variant.name);
      written.add(file);
      it(file, async () => {
        const args = [...argsOf(expected), ...variant.args];
        const run = await runMain(args);
        for (const value of personalData) {
          assert.ok(!run.stdout.includes(value), `stdout holds personal data: ${value}`);
          assert.ok(!run.stderr.includes(value), `stderr holds personal data: ${value}`);
        }
        const actual = record(args, run);
        const full = path.join(snapshotDir, file);
        if (update) {
          fs.mkdirSync(path.dirname(full), { recursive: true });
          fs.writeFileSync(full, actual);
          return;
        }
        assert.ok(fs.existsSync(full), `${file} has no snapshot: run npm run test:update`);
        assert.equal(
          actual,
          fs.readFileSync(full, 'utf8'),
          `${file}: run npm run test:update and review the diff`,
        );
      });
    }
  }
  it('no snapshot is left that no run makes', () => {
    const stale = fs
      .readdirSync(snapshotDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.txt') && !written.has(f));
    if (update) for (const f of stale) fs.rmSync(path.join(snapshotDir, f));
    else assert.deepEqual(stale, [], 'run npm run test:update');
  });
});
