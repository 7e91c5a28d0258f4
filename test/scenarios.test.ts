import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleId } from '../src/core/findings.js';
import type { Verdict } from '../src/core/types.js';
import { boxesOf, runBin } from './support/runBin.js';

interface Scenario {
  readonly name: string;
  readonly args?: readonly string[];
  readonly at: string;
  readonly verdict: Verdict;
  readonly rules: readonly RuleId[];
  readonly role: 'gemeente' | 'aanbieder' | null;
}

/** One row a fixture folder: what it shows, the verdict and the rule ids it must produce. */
const scenarios: readonly Scenario[] = [
  {
    name: 'aanbieder-open',
    at: '2018-03-27 12:00',
    verdict: 'not-ready',
    role: 'aanbieder',
    rules: ['unanswered', 'unread', 'unsent-heen', 'unsent-retour'],
  },
  {
    name: 'aanbieder-declaratie-missed',
    at: '2018-03-20 10:00',
    verdict: 'missed',
    role: 'aanbieder',
    rules: ['unsent-heen'],
  },
  {
    name: 'gemeente-open',
    at: '2018-03-26 10:00',
    verdict: 'not-ready',
    role: 'gemeente',
    rules: ['unanswered', 'unread', 'unsent-heen', 'unsent-retour'],
  },
  {
    name: 'gemeente-after-retour-block',
    at: '2018-03-29 14:00',
    verdict: 'missed',
    role: 'gemeente',
    rules: ['unanswered', 'unread', 'unsent-retour'],
  },
  {
    name: 'ready-with-warnings',
    at: '2018-03-28 10:00',
    verdict: 'ready',
    role: 'aanbieder',
    rules: ['early-2.2', 'other-release', 'other-standard'],
  },
  {
    name: 'broken-files',
    at: '2018-03-27 12:00',
    verdict: 'not-ready',
    role: null,
    rules: ['inconsistent', 'malformed', 'unrecognised'],
  },
  {
    name: 'wrong-direction',
    args: ['--role', 'gemeente'],
    at: '2018-03-27 12:00',
    verdict: 'not-ready',
    role: 'gemeente',
    rules: ['unread', 'unsent-heen', 'wrong-direction'],
  },
  {
    name: 'not-addressed',
    args: ['--org', '0363'],
    at: '2018-03-27 12:00',
    verdict: 'not-ready',
    role: 'gemeente',
    rules: ['not-addressed', 'unanswered', 'unread'],
  },
  {
    name: 'surface-variants',
    at: '2018-03-27 12:00',
    verdict: 'not-ready',
    role: 'aanbieder',
    rules: ['unanswered', 'unread', 'unsent-heen'],
  },
  {
    name: 'links',
    at: '2018-03-27 12:00',
    verdict: 'not-ready',
    role: 'aanbieder',
    rules: ['link-outside', 'unsent-heen'],
  },
  { name: 'empty-ready', at: '2018-03-29 12:00', verdict: 'ready', role: null, rules: [] },
  {
    name: 'transitie-2.2-waiting',
    at: '2018-04-01 10:00',
    verdict: 'ready',
    role: 'gemeente',
    rules: ['early-2.2'],
  },
];

const exitCodes: Record<Verdict, number> = { ready: 0, 'not-ready': 1, missed: 3 };

describe('fixture scenarios', () => {
  for (const s of scenarios) {
    it(`${s.name}: ${s.verdict} with ${s.rules.join(', ') || 'no findings'}`, () => {
      const run = runBin([...boxesOf(s.name), '--at', s.at, '--format', 'json', ...(s.args ?? [])]);
      assert.equal(run.stderr, '');
      assert.equal(run.code, exitCodes[s.verdict]);
      const report = JSON.parse(run.stdout);
      assert.equal(report.verdict, s.verdict);
      assert.equal(report.exitCode, exitCodes[s.verdict]);
      assert.equal(report.role, s.role);
      const rules = [...new Set(report.findings.map((f: { rule: string }) => f.rule))].sort();
      assert.deepEqual(rules, [...s.rules].sort());
    });
  }

  it('role-conflict: a usage error that names files on each side and suggests --role', () => {
    const run = runBin([...boxesOf('role-conflict'), '--at', '2018-03-27 12:00']);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(
      run.stderr,
      /only a gemeente would hold:\n\s+fixtures\/role-conflict\/outbox\/toewijzing-jw301\.xml/,
    );
    assert.match(
      run.stderr,
      /only an aanbieder would hold:\n\s+fixtures\/role-conflict\/inbox\/toewijzing-jw301\.xml/,
    );
    assert.match(run.stderr, /--role gemeente or --role aanbieder/);
  });

  it('role-conflict: settled by --role', () => {
    const run = runBin([
      ...boxesOf('role-conflict'),
      '--at',
      '2018-03-27 12:00',
      '--role',
      'gemeente',
      '--format',
      'json',
    ]);
    assert.equal(run.code, 1);
    const rules = JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule);
    assert.ok(rules.includes('wrong-direction'));
  });
});
