import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { main, type Stream } from '../src/cli.js';
import { personalData } from './support/messages.js';
import {
  asUnprivileged,
  binPath,
  boxesOf,
  fixture,
  projectDir,
  runBin,
  unprivilegedCanRun,
} from './support/runBin.js';

const at = ['--at', '2018-03-27T12:00:00+02:00'];
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-'));

describe('exit codes through the real bin', () => {
  it('0 when ready', () => assert.equal(runBin([...boxesOf('empty-ready'), ...at]).code, 0));
  it('1 when something is open', () =>
    assert.equal(runBin([...boxesOf('aanbieder-open'), ...at]).code, 1));
  it('3 when a deadline is missed', () =>
    assert.equal(runBin([...boxesOf('aanbieder-declaratie-missed'), ...at]).code, 3));

  const usage: [string, string[], RegExp][] = [
    ['no --outbox', ['--inbox', fixture('empty-ready', 'inbox'), ...at], /--outbox/],
    ['no --inbox', ['--outbox', fixture('empty-ready', 'outbox'), ...at], /--inbox/],
    [
      'a folder that does not exist',
      ['--outbox', 'fixtures/empty-ready/outbx', '--inbox', fixture('empty-ready', 'inbox'), ...at],
      /no such folder/,
    ],
    [
      'a file named as a folder',
      ['--outbox', 'package.json', '--inbox', fixture('empty-ready', 'inbox'), ...at],
      /not a folder/,
    ],
    [
      'the same folder twice',
      [
        '--outbox',
        fixture('empty-ready', 'outbox'),
        '--inbox',
        './fixtures/empty-ready/outbox/',
        ...at,
      ],
      /same folder/,
    ],
    [
      'one folder inside another',
      [
        '--outbox',
        fixture('aanbieder-open', 'outbox'),
        '--inbox',
        fixture('empty-ready', 'inbox'),
        '--sent',
        fixture('aanbieder-open', 'outbox/retour'),
        ...at,
      ],
      /overlap/,
    ],
    ['an unknown option', [...boxesOf('empty-ready'), '--colour', ...at], /unknown option/],
    ['an unknown format', [...boxesOf('empty-ready'), '--format', 'xml', ...at], /xml/],
    ['an --at that is no moment', [...boxesOf('empty-ready'), '--at', 'tomorrow'], /not a moment/],
    [
      'a wall time that does not exist',
      [...boxesOf('empty-ready'), '--at', '2018-03-25 02:30'],
      /does not exist in Europe\/Amsterdam.*2018-03-25T02:30\+01:00/s,
    ],
    [
      'a wall time that occurs twice',
      [...boxesOf('empty-ready'), '--at', '2018-10-28 02:30'],
      /occurs twice.*2018-10-28T02:30\+02:00 or 2018-10-28T02:30\+01:00/s,
    ],
    ['a bad --org', [...boxesOf('empty-ready'), '--org', '12345', ...at], /--org 12345/],
    [
      '--role against --org',
      [...boxesOf('empty-ready'), '--org', '0363', '--role', 'aanbieder', ...at],
      /contradicts --org/,
    ],
    [
      '--verbose with --quiet',
      [...boxesOf('empty-ready'), '--verbose', '--quiet', ...at],
      /contradict/,
    ],
  ];
  for (const [name, args, stderr] of usage) {
    it(`2 for ${name}, with nothing on stdout`, () => {
      const run = runBin(args);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, stderr);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('--help answers with 0 and documents the exit codes', () => {
    const run = runBin(['--help']);
    assert.equal(run.code, 0);
    assert.match(
      run.stdout,
      /Exit codes:\n\s+0\s+ready[\s\S]+1\s+not-ready[\s\S]+3\s+missed[\s\S]+2\s+could not judge/,
    );
  });
  it('--version answers with the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
    assert.equal(runBin(['--version']).stdout.trim(), pkg.version);
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
      const result = spawnSync(
        process.execPath,
        [path.join(projectDir, 'bin/check-ready.js'), ...args],
        {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LANG: 'C' },
          ...asUnprivileged,
        },
      );
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

describe('--exclude', () => {
  it('skips matching paths below each folder, and nothing else', () => {
    const args = [...boxesOf('aanbieder-open'), ...at, '--format', 'json'];
    const all = JSON.parse(runBin(args).stdout).files.map((f: { path: string }) => f.path);
    const some = JSON.parse(
      runBin([...args, '--exclude', 'retour/**', '*jw301*']).stdout,
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
    runBin([...args, '--format', 'json'], env);

  it('follows the contract: keys, order, instants with the Amsterdam offset, count maps without zeros', () => {
    const run = json([...boxesOf('aanbieder-open'), ...at]);
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
      title: 'Migratie iJw/iWmo 2.1 naar 2.2',
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
      text: 'heenbericht JW315 to 0363 (VZ-0042) is still waiting in the outbox',
    });
  });
  it('milliseconds appear only when not zero', () => {
    const report = JSON.parse(
      json([...boxesOf('empty-ready'), '--at', '2018-03-27T10:00:00.250Z']).stdout,
    );
    assert.deepEqual(report.evaluatedAt, {
      local: '2018-03-27T12:00:00.250+02:00',
      utc: '2018-03-27T10:00:00.250Z',
    });
  });
  it('paths join the folder as given: no ./, no double /', () => {
    const report = JSON.parse(
      json([
        '--outbox',
        './fixtures/aanbieder-open//outbox/',
        '--inbox',
        fixture('aanbieder-open', 'inbox'),
        ...at,
      ]).stdout,
    );
    assert.ok(
      report.files.some(
        (f: { path: string }) =>
          f.path === 'fixtures/aanbieder-open/outbox/retour/wmo302-TW18-00412.xml',
      ),
    );
  });
  it('is byte-identical under any TZ and locale, and run after run', () => {
    const args = [...boxesOf('gemeente-open'), '--at', '2018-03-25 03:30'];
    const runs = [
      json(args, { TZ: 'UTC' }),
      json(args, { TZ: 'Europe/Amsterdam', LANG: 'nl_NL.UTF-8' }),
      json(args, { TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8' }),
      json(args, { TZ: 'America/St_Johns' }),
    ];
    for (const run of runs) assert.equal(run.stdout, runs[0]?.stdout);
    assert.match(runs[0]?.stdout ?? '', /"local": "2018-03-25T03:30:00\+02:00"/);
  });
  it('is English unless --lang says otherwise', () => {
    const en = JSON.parse(
      json([...boxesOf('aanbieder-open'), ...at], { LANG: 'nl_NL.UTF-8' }).stdout,
    );
    const nl = JSON.parse(json([...boxesOf('aanbieder-open'), ...at, '--lang', 'nl']).stdout);
    assert.match(en.findings[0].text, /has no retourbericht/);
    assert.match(nl.findings[0].text, /heeft geen retourbericht/);
  });
});

describe('privacy', () => {
  const scenarioNames = fs
    .readdirSync(path.join(projectDir, 'fixtures'))
    .filter((n) => n !== 'role-conflict');
  it('no BSN, client name or birth date from a fixture reaches stdout or stderr, in any format or language', () => {
    for (const name of scenarioNames) {
      if (!fs.existsSync(path.join(projectDir, 'fixtures', name, 'outbox'))) continue;
      for (const extra of [
        ['--format', 'json'],
        ['--lang', 'nl', '--verbose'],
        ['--lang', 'en', '--verbose'],
      ]) {
        const run = runBin([...boxesOf(name), ...at, ...extra]);
        for (const value of personalData) {
          assert.ok(
            !run.stdout.includes(value),
            `${name} ${extra.join(' ')}: stdout holds ${value}`,
          );
          assert.ok(
            !run.stderr.includes(value),
            `${name} ${extra.join(' ')}: stderr holds ${value}`,
          );
        }
      }
    }
  });
});

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
    const { spawn } = await import('node:child_process');
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
