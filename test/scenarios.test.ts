import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import type { Verdict } from '../src/data/types.js';
import { argsOf, expectedRuns, findingLine } from './support/expectations.js';
import { boxesOf, fixture, projectDir } from './support/runBin.js';
import { runMain } from './support/runMain.js';

const exitCodes: Record<Verdict, number> = { ready: 0, 'not-ready': 1, missed: 3 };

/** Every fixture's runs, from test/expect/: the verdict, the role and every finding, exactly. */
describe('fixture scenarios', async () => {
  const runs = expectedRuns();
  it('every fixture has an expect file', async () => {
    const fixtures = fs
      .readdirSync(path.join(projectDir, 'fixtures'))
      .filter((name) => fs.existsSync(path.join(projectDir, 'fixtures', name, 'outbox')));
    assert.deepEqual(
      fixtures.filter((name) => !runs.some((r) => r.fixture === name)),
      [],
    );
  });
  for (const expected of runs) {
    const title = `${expected.fixture}${expected.archives ? ' with archives' : ''}${expected.args ? ` ${expected.args.join(' ')}` : ''} at ${expected.at}: ${expected.verdict}, ${expected.findings.length} findings`;
    it(title, async () => {
      const run = await runMain([...argsOf(expected), '--format', 'json']);
      assert.equal(run.stderr, '');
      assert.equal(run.code, exitCodes[expected.verdict]);
      const report = JSON.parse(run.stdout);
      assert.equal(report.verdict, expected.verdict);
      assert.equal(report.exitCode, exitCodes[expected.verdict]);
      assert.equal(report.role, expected.role);
      assert.equal(report.endState.allRetoursSent.verified, expected.archives === true);
      // Every finding: the right rule on the wrong file, or one finding too many, fails here.
      assert.deepEqual(
        report.findings.map((f: Parameters<typeof findingLine>[1]) =>
          findingLine(expected.fixture, f),
        ),
        expected.findings,
        `test/expect/${expected.fixture}.json`,
      );
    });
  }

  it('rejected: names the heen and lists the rejecting retour under related', async () => {
    const run = await runMain([
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

  it('zip-download: entries are judged at archive!entry, paired like loose files, counted as files', async () => {
    const run = await runMain([
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
    const text = (
      await runMain([...boxesOf('zip-download'), '--at', '2018-03-27 12:00', '--lang', 'en'])
    ).stdout;
    assert.match(
      text,
      /download-0327\.zip!berichten\/jw301-ZP-0043\.xml {2}toewijzing JW301 from gemeente 0599/,
    );
  });
  it('ggk-envelopes: the message inside an envelope is classified; the error envelope prints no personal data', async () => {
    const run = await runMain([
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
  it('links: a file reached by a second name inside the folder is judged once; a loop ends', async () => {
    const report = JSON.parse(
      (await runMain([...boxesOf('links'), '--at', '2018-03-27 12:00', '--format', 'json'])).stdout,
    );
    assert.deepEqual(
      report.files.map((f: { path: string }) => f.path),
      ['fixtures/links/outbox/verzoek-jw315.xml'],
    );
    assert.equal(report.summary.files, 1);
  });
});
