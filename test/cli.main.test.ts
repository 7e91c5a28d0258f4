import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { main, type Stream } from '../src/cli.js';
import { checkCase, cliCases } from './cliCases.js';
import { boxesOf, fixture, projectDir } from './support/runBin.js';
import { runMain } from './support/runMain.js';

const at = ['--at', '2018-03-27T12:00:00+02:00'];

describe('the CLI cases, in-process', () => {
  for (const c of cliCases) it(c.name, async () => checkCase(c, await runMain(c.args, c.env)));
});

describe('--exclude', () => {
  it('skips matching paths below each folder, and nothing else', async () => {
    const args = [...boxesOf('aanbieder-open'), ...at, '--format', 'json'];
    const all = JSON.parse((await runMain(args)).stdout).files.map((f: { path: string }) => f.path);
    const some = JSON.parse(
      (await runMain([...args, '--exclude', 'retour/**', '*jw301*'])).stdout,
    ).files.map((f: { path: string }) => f.path);
    assert.equal(all.length, 5);
    assert.deepEqual(
      some,
      all.filter((p: string) => !p.includes('/retour/') && !p.includes('jw301')),
    );
    assert.equal(some.length, 3);
  });
});

describe('an internal failure', () => {
  const sink = () => {
    let text = '';
    const stream: Stream = { write: (t: string) => (text += t) };
    return { stream, text: () => text };
  };
  it('ends in 2, never 1, with nothing on stdout and a one-line reason on stderr', async () => {
    const out = sink();
    const err = sink();
    const code = await main({
      argv: boxesOf('aanbieder-open').map((a) =>
        a.startsWith('fixtures') ? path.join(projectDir, a) : a,
      ),
      env: {},
      stdout: out.stream,
      stderr: err.stream,
      now: () => {
        throw new TypeError('clock unavailable');
      },
    });
    assert.equal(code, 2);
    assert.equal(out.text(), '');
    assert.match(err.text(), /internal error .*TypeError: clock unavailable/);
  });
});

describe('JSON output', () => {
  const json = (args: string[], env: Record<string, string> = {}) =>
    runMain([...args, '--format', 'json'], env);

  it('follows the contract: keys, order, instants with the Amsterdam offset, count maps without zeros', async () => {
    const run = await json([...boxesOf('aanbieder-open'), ...at]);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(report), [
      'schemaVersion',
      'tool',
      'evaluatedAt',
      'timetable',
      'phase',
      'role',
      'org',
      'verdict',
      'exitCode',
      'notices',
      'endState',
      'deadlines',
      'files',
      'findings',
      'summary',
    ]);
    assert.deepEqual(report.evaluatedAt, {
      local: '2018-03-27T12:00:00+02:00',
      utc: '2018-03-27T10:00:00.000Z',
    });
    assert.deepEqual(report.timetable, {
      id: 'ijw-iwmo-2.1-2.2-2018',
      title: 'Migration iJw/iWmo 2.1 to 2.2',
      from: '2.1',
      to: '2.2',
      inferred: [],
    });
    assert.deepEqual(
      report.deadlines.map((d: { id: string }) => d.id),
      ['D1', 'D2', 'D3', 'B1', 'D4', 'D5', 'B2', 'D6', 'D7'],
    );
    assert.equal(report.deadlines[0].deadline, '2018-03-18T23:00:00+01:00');
    assert.equal(report.deadlines[1].deadline, '2018-03-27T17:00:00+02:00');
    assert.deepEqual(Object.keys(report.files[0]), [
      'path',
      'box',
      'standard',
      'message',
      'berichtCode',
      'release',
      'kind',
      'afzender',
      'ontvanger',
      'identificatie',
      'dagtekening',
      'identificatieRetour',
      'sender',
      'receiver',
    ]);
    assert.deepEqual(Object.keys(report.findings[0]), [
      'rule',
      'path',
      'status',
      'deadlineId',
      'deadline',
      'related',
      'text',
    ]);
    assert.deepEqual(report.summary, {
      files: 5,
      ignored: 0,
      byBox: { inbox: 2, outbox: 3 },
      byMessage: { JW301: 1, JW315: 1, WMO301: 1, WMO302: 1, WMO305: 1 },
    });
    const verzoek = report.findings.find((f: { path: string }) =>
      f.path.endsWith('verzoek-jw315.xml'),
    );
    assert.deepEqual(verzoek, {
      rule: 'unsent-heen',
      path: 'fixtures/aanbieder-open/outbox/verzoek-jw315.xml',
      status: 'open',
      deadlineId: 'D2',
      deadline: '2018-03-27T17:00:00+02:00',
      related: [],
      text: 'verzoek om toewijzing JW315 to gemeente 0363 (VZ-0042) is still in the outbox',
    });
  });
  it('milliseconds appear only when not zero', async () => {
    const report = JSON.parse(
      (await json([...boxesOf('empty-ready'), '--at', '2018-03-27T10:00:00.250Z'])).stdout,
    );
    assert.deepEqual(report.evaluatedAt, {
      local: '2018-03-27T12:00:00.250+02:00',
      utc: '2018-03-27T10:00:00.250Z',
    });
  });
  it('paths join the folder as given: no ./, no double /', async () => {
    const report = JSON.parse(
      (
        await json([
          '--outbox',
          './fixtures/aanbieder-open//outbox/',
          '--inbox',
          fixture('aanbieder-open', 'inbox'),
          ...at,
        ])
      ).stdout,
    );
    assert.ok(
      report.files.some(
        (f: { path: string }) =>
          f.path === 'fixtures/aanbieder-open/outbox/retour/wmo302-TW18-00412.xml',
      ),
    );
  });
  it('is English unless --lang says otherwise', async () => {
    const en = JSON.parse(
      (await json([...boxesOf('aanbieder-open'), ...at], { LANG: 'nl_NL.UTF-8' })).stdout,
    );
    const nl = JSON.parse(
      (await json([...boxesOf('aanbieder-open'), ...at, '--lang', 'nl'])).stdout,
    );
    assert.match(en.findings[0].text, /has no retour yet/);
    assert.match(nl.findings[0].text, /is nog geen retourbericht verstuurd/);
  });
});
