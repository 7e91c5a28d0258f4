import fs from 'node:fs';
import path from 'node:path';
import type { Verdict } from '../../src/data/types.js';
import { boxesOf, fixture, projectDir } from './runBin.js';

/**
 * One run of a fixture and what it must produce, kept in test/expect/<fixture>.json: the verdict,
 * the role and every finding as one line, "rule status deadline path" (path below the fixture).
 */
export interface ExpectedRun {
  readonly fixture: string;
  readonly at: string;
  /** Pass the fixture's sent/ and received/ folders as archives. */
  readonly archives?: boolean;
  readonly args?: readonly string[];
  readonly verdict: Verdict;
  readonly role: 'gemeente' | 'aanbieder' | null;
  readonly findings: readonly string[];
}

export const expectDir = path.join(projectDir, 'test/expect');

export const expectedRuns = (): ExpectedRun[] =>
  fs
    .readdirSync(expectDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) =>
      (
        JSON.parse(fs.readFileSync(path.join(expectDir, name), 'utf8')) as Omit<
          ExpectedRun,
          'fixture'
        >[]
      ).map((run) => ({ ...run, fixture: name.slice(0, -'.json'.length) })),
    );

/** The command-line arguments of a run, without a format. */
export const argsOf = (run: ExpectedRun): string[] => [
  ...boxesOf(run.fixture),
  ...(run.archives
    ? ['--sent', fixture(run.fixture, 'sent'), '--received', fixture(run.fixture, 'received')]
    : []),
  '--at',
  run.at,
  ...(run.args ?? []),
];

/** A finding as its line in an expect file. */
export const findingLine = (
  fixtureName: string,
  f: { rule: string; status: string; deadlineId: string | null; path: string },
): string => {
  const prefix = `fixtures/${fixtureName}/`;
  const where = f.path.startsWith(prefix) ? f.path.slice(prefix.length) : f.path;
  return `${f.rule} ${f.status} ${f.deadlineId ?? '-'} ${where}`;
};
