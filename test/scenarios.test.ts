import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleId } from '../src/core/findings.js';
import type { Verdict } from '../src/core/types.js';
import { boxesOf, fixture, runBin } from './support/runBin.js';

interface Scenario {
  readonly name: string;
  readonly args?: readonly string[];
  readonly at: string;
  readonly verdict: Verdict;
  readonly rules: readonly RuleId[];
  readonly role: 'gemeente' | 'aanbieder' | null;
  /** Pass the scenario's sent/ and received/ folders as archives. */
  readonly archives?: boolean;
  /** The status each rule's findings must all have, where it matters. */
  readonly statuses?: Readonly<Partial<Record<RuleId, string>>>;
}

/** One row a run of a fixture folder: what it shows, the verdict and the rule ids it must produce. */
// prettier-ignore
const scenarios: readonly Scenario[] = [
  { name: 'aanbieder-open', at: '2018-03-27 12:00', verdict: 'not-ready', role: 'aanbieder', rules: ['unanswered', 'unread', 'unsent-heen', 'unsent-retour'] },
  { name: 'aanbieder-declaratie-missed', at: '2018-03-20 10:00', verdict: 'missed', role: 'aanbieder', rules: ['unsent-heen'], statuses: { 'unsent-heen': 'missed' } },
  { name: 'gemeente-open', at: '2018-03-26 10:00', verdict: 'not-ready', role: 'gemeente', rules: ['unanswered', 'unread', 'unsent-heen', 'unsent-retour'], statuses: { unread: 'open', unanswered: 'open' } },
  { name: 'gemeente-after-retour-block', at: '2018-03-29 14:00', verdict: 'missed', role: 'gemeente', rules: ['unanswered', 'unread', 'unsent-retour'], statuses: { unread: 'open', unanswered: 'missed', 'unsent-retour': 'missed' } },
  { name: 'ready-with-warnings', at: '2018-03-28 10:00', verdict: 'ready', role: 'aanbieder', rules: ['early-2.2', 'other-release', 'other-standard'] },
  { name: 'broken-files', at: '2018-03-27 12:00', verdict: 'not-ready', role: null, rules: ['inconsistent', 'malformed', 'unrecognised'], statuses: { malformed: 'error', unrecognised: 'error', inconsistent: 'error' } },
  { name: 'wrong-direction', args: ['--role', 'gemeente'], at: '2018-03-27 12:00', verdict: 'not-ready', role: 'gemeente', rules: ['unread', 'unsent-heen', 'wrong-direction'] },
  { name: 'not-addressed', args: ['--org', '0363'], at: '2018-03-27 12:00', verdict: 'not-ready', role: 'gemeente', rules: ['not-addressed', 'unanswered', 'unread'] },
  { name: 'surface-variants', at: '2018-03-27 12:00', verdict: 'not-ready', role: 'aanbieder', rules: ['unanswered', 'unread', 'unsent-heen'] },
  { name: 'links', at: '2018-03-27 12:00', verdict: 'not-ready', role: 'aanbieder', rules: ['link-outside', 'unsent-heen'] },
  { name: 'empty-ready', at: '2018-03-29 12:00', verdict: 'ready', role: null, rules: [] },
  { name: 'transitie-2.2-waiting', at: '2018-04-01 10:00', verdict: 'ready', role: 'gemeente', rules: ['early-2.2'] },
  { name: 'pairs-matched', archives: true, at: '2018-03-28 10:00', verdict: 'not-ready', role: 'aanbieder', rules: ['unread', 'unsent-retour'] },
  { name: 'pairs-matched', at: '2018-03-28 10:00', verdict: 'not-ready', role: 'aanbieder', rules: ['unanswered', 'unread', 'unsent-retour'] },
  { name: 'pairs-anomalies', archives: true, at: '2018-03-28 10:00', verdict: 'not-ready', role: 'aanbieder', rules: ['archived-retour-without-heen', 'duplicate-identificatie', 'duplicate-retour', 'release-mismatch', 'retour-without-heen', 'unanswered', 'unsent-retour'], statuses: { 'archived-retour-without-heen': 'info', 'retour-without-heen': 'warning', 'duplicate-retour': 'warning', 'duplicate-identificatie': 'warning', 'release-mismatch': 'warning' } },
  { name: 'rejected', archives: true, at: '2018-03-27 16:59:59.999', verdict: 'not-ready', role: 'aanbieder', rules: ['rejected'], statuses: { rejected: 'open' } },
  { name: 'rejected', archives: true, at: '2018-03-27 17:00', verdict: 'missed', role: 'aanbieder', rules: ['rejected'], statuses: { rejected: 'missed' } },
  { name: 'counterpart-never-answered', archives: true, at: '2018-03-28 10:00', verdict: 'not-ready', role: 'gemeente', rules: ['awaiting-retour', 'unanswered'], statuses: { 'awaiting-retour': 'info', unanswered: 'open' } },
  { name: 'counterpart-never-answered', archives: true, at: '2018-03-29 13:00', verdict: 'missed', role: 'gemeente', rules: ['awaiting-retour', 'unanswered'], statuses: { 'awaiting-retour': 'warning', unanswered: 'missed' } },
  { name: 'zip-download', at: '2018-03-27 12:00', verdict: 'not-ready', role: 'aanbieder', rules: ['unanswered', 'unread', 'unsent-retour'] },
  { name: 'ggk-envelopes', at: '2018-03-27 12:00', verdict: 'not-ready', role: 'gemeente', rules: ['envelope-error', 'inconsistent', 'malformed', 'unread', 'unsent-heen'], statuses: { 'envelope-error': 'error', inconsistent: 'error', malformed: 'error' } },
  { name: 'zip-hostile', at: '2018-03-27 12:00', verdict: 'not-ready', role: 'aanbieder', rules: ['malformed', 'unanswered', 'unread', 'unreadable', 'unsafe-entry-name'], statuses: { 'unsafe-entry-name': 'warning', unreadable: 'error' } },
];

const exitCodes: Record<Verdict, number> = { ready: 0, 'not-ready': 1, missed: 3 };

describe('fixture scenarios', () => {
  for (const s of scenarios) {
    const title = `${s.name}${s.archives ? ' with archives' : ''} at ${s.at}: ${s.verdict} with ${s.rules.join(', ') || 'no findings'}`;
    it(title, () => {
      const archives = s.archives
        ? ['--sent', fixture(s.name, 'sent'), '--received', fixture(s.name, 'received')]
        : [];
      const run = runBin([
        ...boxesOf(s.name),
        ...archives,
        '--at',
        s.at,
        '--format',
        'json',
        ...(s.args ?? []),
      ]);
      assert.equal(run.stderr, '');
      assert.equal(run.code, exitCodes[s.verdict]);
      const report = JSON.parse(run.stdout);
      assert.equal(report.verdict, s.verdict);
      assert.equal(report.exitCode, exitCodes[s.verdict]);
      assert.equal(report.role, s.role);
      const rules = [...new Set(report.findings.map((f: { rule: string }) => f.rule))].sort();
      assert.deepEqual(rules, [...s.rules].sort());
      assert.equal(report.endState.allRetoursSent.verified, s.archives === true);
      for (const [rule, status] of Object.entries(s.statuses ?? {})) {
        const found = report.findings.filter((f: { rule: string }) => f.rule === rule);
        assert.ok(
          found.length > 0 && found.every((f: { status: string }) => f.status === status),
          `${rule} should all be ${status}`,
        );
      }
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

  it('rejected: names the heen and lists the rejecting retour under related', () => {
    const run = runBin([
      ...boxesOf('rejected'),
      '--sent',
      fixture('rejected', 'sent'),
      '--received',
      fixture('rejected', 'received'),
      '--at',
      '2018-03-26 10:00',
      '--format',
      'json',
    ]);
    const [finding] = JSON.parse(run.stdout).findings;
    assert.equal(finding.path, 'fixtures/rejected/sent/jw315-RJ-01.xml');
    assert.deepEqual(finding.related, ['fixtures/rejected/received/jw316-RJ-01.xml']);
    assert.equal(finding.deadlineId, 'D2');
    const files = JSON.parse(run.stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(
      files,
      ['fixtures/rejected/sent/jw315-RJ-01.xml'],
      'an archived file appears only when a finding names it',
    );
  });

  it('zip-download: entries are judged at archive!entry, paired like loose files, counted as files', () => {
    const run = runBin([
      ...boxesOf('zip-download'),
      '--at',
      '2018-03-27 12:00',
      '--format',
      'json',
    ]);
    const report = JSON.parse(run.stdout);
    const paths = report.files.map((f: { path: string }) => f.path);
    assert.ok(
      paths.includes('fixtures/zip-download/inbox/download-0327.zip!berichten/wmo301-ZP-0042.xml'),
    );
    assert.ok(!paths.some((p: string) => p.includes('__MACOSX')), 'hidden entries are skipped');
    const unanswered = report.findings
      .filter((f: { rule: string }) => f.rule === 'unanswered')
      .map((f: { path: string }) => f.path);
    assert.deepEqual(
      unanswered,
      ['fixtures/zip-download/inbox/download-0327.zip!berichten/jw301-ZP-0043.xml'],
      'the zipped WMO301 is answered by the loose retour in the outbox',
    );
    assert.deepEqual(report.summary, {
      files: 5,
      ignored: 1,
      byBox: { inbox: 4, outbox: 1 },
      byMessage: { JW301: 1, WMO301: 1, WMO302: 1, WMO304: 1 },
    });
    const text = runBin([
      ...boxesOf('zip-download'),
      '--at',
      '2018-03-27 12:00',
      '--lang',
      'en',
    ]).stdout;
    assert.match(
      text,
      /download-0327\.zip!berichten\/jw301-ZP-0043\.xml {2}allocation JW301 from gemeente 0599/,
    );
  });
  it('ggk-envelopes: the message inside an envelope is classified; the error envelope prints no personal data', () => {
    const run = runBin([
      ...boxesOf('ggk-envelopes'),
      '--at',
      '2018-03-27 12:00',
      '--format',
      'json',
    ]);
    const report = JSON.parse(run.stdout);
    const toewijzing = report.files.find((f: { path: string }) =>
      f.path.endsWith('di01-wmo301-EV-0301.xml'),
    );
    assert.equal(toewijzing.message, 'WMO301');
    assert.equal(toewijzing.identificatie, 'EV-0301');
    assert.ok(
      !run.stdout.includes('999990019'),
      'the BSN in the Fo01 description is never printed',
    );
  });
  it('links: a file reached by a second name inside the folder is judged once; a loop ends', () => {
    const report = JSON.parse(
      runBin([...boxesOf('links'), '--at', '2018-03-27 12:00', '--format', 'json']).stdout,
    );
    assert.deepEqual(
      report.files.map((f: { path: string }) => f.path),
      ['fixtures/links/outbox/verzoek-jw315.xml'],
    );
    assert.equal(report.summary.files, 1);
  });
});
