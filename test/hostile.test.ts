/**
 * Hostile and broken input, generated here (nothing large is committed): every file gets the
 * outcome of the spec's table, the rest of the folder is still judged, nothing is written, nothing
 * personal is printed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from '../src/run.js';
import { nodeFileSystem, type FileSystem } from '../src/io/FileSystem.js';
import { timetable2018 } from './support/timetable2018.js';
import { buildMessage, clients, personalData, type MessageSpec } from './support/messages.js';
import { asUnprivileged, binPath, projectDir, unprivilegedCanRun } from './support/runBin.js';
import { runMain } from './support/runMain.js';
import { Chalk } from 'chalk';
import { formatNames, reporters } from '../src/report/reporters.js';
import { words } from '../src/report/words/index.js';
import { langs } from '../src/report/words/Words.js';

const canaryContent = 'CANARY-d41d8cd98f00-NEVER-PRINT';
const heen: MessageSpec = {
  message: 'WMO301',
  afzender: '0363',
  ontvanger: '73730123',
  identificatie: 'H-1',
  dagtekening: '2018-03-26',
  client: clients.bakker,
};
const valid = (identificatie: string) => buildMessage({ ...heen, identificatie });

let root = '';
let canary = '';
const corpus = () => path.join(root, 'corpus');
const outbox = () => path.join(root, 'corpus/outbox');
const inbox = () => path.join(root, 'corpus/inbox');
/** 10,000 notes in one folder, a second inbox of the first run only. */
const bulk = () => path.join(root, 'bulk');

/** name in the inbox → the rule it must get (null: classified normally, no file problem). */
const expected: Record<string, string | null> = {};

const put = (name: string | Buffer, content: string | Buffer, rule: string | null) => {
  const file = Buffer.isBuffer(name)
    ? Buffer.concat([Buffer.from(`${inbox()}/`), name])
    : path.join(inbox(), name);
  fs.writeFileSync(file, content);
  expected[Buffer.isBuffer(name) ? name.toString('utf8') : name] = rule;
};

before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-hostile-'));
  fs.chmodSync(root, 0o755);
  canary = path.join(root, 'canary.txt');
  fs.writeFileSync(canary, canaryContent);
  fs.mkdirSync(outbox(), { recursive: true });
  fs.mkdirSync(inbox(), { recursive: true });
  // One plain message in the outbox: the rest of the folders must still be judged.
  fs.writeFileSync(
    path.join(outbox(), 'verzoek.xml'),
    buildMessage({
      message: 'WMO315',
      afzender: '73730123',
      ontvanger: '0363',
      identificatie: 'V-1',
      dagtekening: '2018-03-26',
      client: clients.devries,
    }),
  );

  const text = valid('H-OK');
  put('empty.xml', '', 'malformed');
  put('truncated.xml', text.slice(0, text.length / 2), 'malformed');
  // Binary content under a message's name (a .dat of noise is not a message and is ignored).
  put('binary.xml', crypto.randomBytes(4096).fill(0, 10, 20), 'malformed');
  put(
    'utf16-bom.xml',
    Buffer.from(`\ufeff${valid('H-U16').replace('UTF-8', 'UTF-16')}`, 'utf16le'),
    null,
  );
  put(
    'utf16-no-bom.xml',
    Buffer.from(valid('H-U16N').replace('UTF-8', 'UTF-16'), 'utf16le'),
    'malformed',
  );
  put(
    'latin1.xml',
    Buffer.from(
      buildMessage({
        ...heen,
        identificatie: 'H-L1',
        encoding: 'ISO-8859-1',
        client: clients.oezdemir,
      }),
      'latin1',
    ),
    null,
  );
  put('decl-after-space.xml', `\n\n${valid('H-WS')}`, 'malformed');
  put(
    'xxe.xml',
    `<?xml version="1.0"?>\n<!DOCTYPE Bericht [<!ENTITY secret SYSTEM "file://${canary}">]>\n<Bericht>&secret;</Bericht>\n`,
    'malformed',
  );
  put(
    'bomb.xml',
    `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>\n<lolz>&lol9;</lolz>\n`,
    'malformed',
  );
  put(
    'deep.xml',
    `<?xml version="1.0"?>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`,
    'malformed',
  );
  put(
    'huge-text-node.xml',
    // One element whose text is 50 MB: well-formed, so it is classified, in bounded time and memory.
    text
      .replace(
        '<wmo301:Commentaar',
        `<wmo301:Toelichting>${'x'.repeat(50 * 1024 * 1024)}</wmo301:Toelichting><wmo301:Commentaar`,
      )
      .replace(
        '</wmo301:Geslacht>',
        `</wmo301:Geslacht><wmo301:Toelichting>${'x'.repeat(50 * 1024 * 1024)}</wmo301:Toelichting>`,
      ),
    null,
  );
  const sparse = path.join(inbox(), 'sparse-2gb.xml');
  fs.writeFileSync(sparse, '<?xml version="1.0"?>');
  fs.truncateSync(sparse, 2 * 1024 ** 3);
  expected['sparse-2gb.xml'] = 'unreadable';
  // A BSN in a broken spot: a parser error quoting the text near it would print it.
  put(
    'bsn-in-broken-tag.xml',
    text.replace(
      '<wmo301:Bsn>999990019</wmo301:Bsn>',
      '<wmo301:Bsn>999990019</wmo301:Bsn 999990019="x>',
    ),
    'malformed',
  );
  put(
    'bsn-as-afzender.xml',
    valid('H-BSN').replace('<wmo301:Afzender>0363<', '<wmo301:Afzender>999993653<'),
    'malformed',
  );
  put('name with spaces.xml', valid('H-SP'), null);
  put('name\nwith\nnewlines.xml', valid('H-NL'), null);
  put('naïve-ñame-€.xml', valid('H-NA'), null);
  put(
    Buffer.from([0x6e, 0x6f, 0x74, 0x2d, 0xff, 0xfe, 0x2e, 0x78, 0x6d, 0x6c]),
    valid('H-BYTES'),
    null,
  );
  // Links: a loop and one that leads out.
  fs.symlinkSync('.', path.join(inbox(), 'loop'));
  fs.symlinkSync(canary, path.join(inbox(), 'to-canary.xml'));
  // A file and a folder deep in the tree that only their owner may read.
  fs.mkdirSync(path.join(inbox(), 'deep/er/still'), { recursive: true });
  fs.writeFileSync(path.join(inbox(), 'deep/er/still/closed.xml'), valid('H-CLOSED'));
  fs.chmodSync(path.join(inbox(), 'deep/er/still/closed.xml'), 0o600);
  fs.mkdirSync(path.join(inbox(), 'deep/er/locked'), { mode: 0o700 });
  fs.writeFileSync(path.join(inbox(), 'deep/er/locked/inside.xml'), valid('H-LOCKED'));
  fs.mkdirSync(bulk());
  for (let i = 0; i < 10_000; i++)
    fs.writeFileSync(path.join(bulk(), `m${String(i).padStart(5, '0')}.txt`), `notitie ${i}\n`);
  // Make everything readable and enterable for others, except what is meant to be closed.
  spawnSync('chmod', ['-R', 'go+rX', root]);
  fs.chmodSync(path.join(inbox(), 'deep/er/still/closed.xml'), 0o600);
  fs.chmodSync(path.join(inbox(), 'deep/er/locked'), 0o700);
});

after(() => {
  spawnSync('chmod', ['-R', 'u+rwX', root]);
  fs.rmSync(root, { recursive: true, force: true });
});

/** The 10,000 notes and the 100 MB file have their test first; elsewhere they only cost time. */
const withoutBulk = ['--exclude', 'huge-text-node.xml'];

const corpusArgs = () => [
  '--outbox',
  outbox(),
  '--inbox',
  inbox(),
  ...withoutBulk,
  '--at',
  '2018-03-27 12:00',
];

/** Through the real bin, under a 400 MB heap: what memory the whole corpus needs is part of the test. */
const runTool = (args: string[], options: { user?: boolean; strace?: string } = {}) => {
  const command = options.strace === undefined ? process.execPath : 'strace';
  const prefix =
    options.strace === undefined
      ? []
      : ['-f', '-qq', '-e', 'trace=open,openat', '-o', options.strace, process.execPath];
  const result = spawnSync(
    command,
    [
      ...prefix,
      binPath,
      '--outbox',
      outbox(),
      '--inbox',
      inbox(),
      '--at',
      '2018-03-27 12:00',
      ...args,
    ],
    {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        TZ: 'UTC',
        LANG: 'C',
        NODE_OPTIONS: '--max-old-space-size=400',
      },
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
      ...(options.user ? asUnprivileged : {}),
    },
  );
  assert.equal(result.error, undefined, 'the run ended by itself, in time');
  return result;
};

/** Content hash, size, mode and modification time of every entry, and the listing itself. */
const snapshot = (dir: string): string => {
  const rows: string[] = [];
  // By bytes, so that a name that is not UTF-8 is found again.
  const walk = (d: Buffer) => {
    const names = fs.readdirSync(d, { encoding: 'buffer' }).sort(Buffer.compare);
    for (const name of names) {
      const full = Buffer.concat([d, Buffer.from('/'), name]);
      const st = fs.lstatSync(full);
      let hash = '';
      if (st.isFile() && st.size < 100 * 1024 * 1024)
        hash = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
      rows.push(`${full.toString('hex')} ${st.size} ${st.mode.toString(8)} ${st.mtimeMs} ${hash}`);
      if (st.isDirectory()) walk(full);
    }
  };
  walk(Buffer.from(dir));
  return rows.join('\n');
};

describe('hostile and broken input', { timeout: 600_000 }, () => {
  it('every file gets the outcome of the spec, and the rest is still judged', () => {
    const result = runTool(['--format', 'json', '--inbox', bulk()]);
    assert.equal(result.stderr, '');
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout);
    const problemOf = (name: string) => {
      const file = `${inbox()}/${name}`;
      const rules = report.findings
        .filter((f: { path: string }) => f.path === file)
        .map((f: { rule: string }) => f.rule);
      return (
        rules.find((r: string) =>
          ['malformed', 'unreadable', 'unrecognised', 'inconsistent'].includes(r),
        ) ?? null
      );
    };
    for (const [name, rule] of Object.entries(expected)) {
      assert.equal(
        problemOf(name),
        rule,
        `${JSON.stringify(name)} should be ${rule ?? 'classified'}`,
      );
    }
    const byPath = new Map(
      report.files.map((f: { path: string; message: string | null }) => [f.path, f]),
    );
    for (const [name, rule] of Object.entries(expected)) {
      if (rule === null)
        assert.equal(
          (byPath.get(`${inbox()}/${name}`) as { message: string })?.message,
          'WMO301',
          name,
        );
    }
    assert.ok(
      report.findings.some(
        (f: { rule: string; path: string }) =>
          f.rule === 'unsent-heen' && f.path.endsWith('outbox/verzoek.xml'),
      ),
    );
    assert.ok(
      report.findings.some(
        (f: { rule: string; path: string }) =>
          f.rule === 'link-outside' && f.path.endsWith('to-canary.xml'),
      ),
    );
    assert.ok(
      !report.findings.some((f: { path: string }) => f.path.includes('/loop/')),
      'a link loop is entered once at most',
    );
    assert.equal(report.summary.ignored, 10_000);
    assert.ok(
      report.files.some((f: { path: string }) => f.path.endsWith('not-\ufffd\ufffd.xml')),
      'a name that is not UTF-8 is read by its bytes',
    );
  });

  it(
    'without read permission: a deep file and folder are unreadable, the rest is judged',
    { skip: unprivilegedCanRun ? false : 'user 65534 cannot reach the project here' },
    () => {
      const result = runTool(['--format', 'json', ...withoutBulk], { user: true });
      assert.equal(result.status, 1);
      const report = JSON.parse(result.stdout);
      const unreadable = report.findings
        .filter((f: { rule: string }) => f.rule === 'unreadable')
        .map((f: { path: string }) => path.relative(inbox(), f.path))
        .sort();
      if (process.getuid?.() === 0)
        assert.deepEqual(unreadable, [
          'deep/er/locked',
          'deep/er/still/closed.xml',
          'sparse-2gb.xml',
        ]);
      assert.ok(report.findings.some((f: { rule: string }) => f.rule === 'unsent-heen'));
    },
  );

  it('a file that vanishes between listing and reading is unreadable (through the file-system seam)', async () => {
    const gone = Buffer.from(path.join(inbox(), 'name with spaces.xml'));
    const fileSystem: FileSystem = {
      ...nodeFileSystem,
      open: (p) => {
        if (Buffer.compare(Buffer.from(p), gone) === 0)
          throw Object.assign(new Error('gone'), { code: 'ENOENT' });
        return nodeFileSystem.open(p);
      },
    };
    const result = await run({
      folders: { outbox: [outbox()], inbox: [path.join(inbox(), '.')], sent: [], received: [] },
      exclude: ['sparse-2gb.xml', 'huge-text-node.xml'],
      role: null,
      org: [],
      at: Date.parse('2018-03-27T10:00:00Z'),
      timetable: timetable2018,
      fileSystem,
    });
    const finding = result.findings.find((f) => f.path.endsWith('name with spaces.xml'));
    assert.equal(finding?.rule, 'unreadable');
    assert.equal(finding?.rule === 'unreadable' && finding.args.reason, 'vanished');
    assert.ok(result.findings.some((f) => f.rule === 'unsent-heen'));
  });

  it('touches nothing: content, size, mode, modification time and listing are the same after a run', async () => {
    const beforeRun = snapshot(corpus());
    await runMain([...corpusArgs(), '--format', 'json']);
    await runMain([...corpusArgs(), '--verbose']);
    assert.equal(snapshot(corpus()), beforeRun);
  });

  it(
    'touches nothing when the folders are read-only for the user running it',
    { skip: unprivilegedCanRun ? false : 'user 65534 cannot reach the project here' },
    () => {
      spawnSync('chmod', ['-R', 'a-w', corpus()]);
      try {
        const beforeRun = snapshot(corpus());
        const result = runTool(['--format', 'json', ...withoutBulk], { user: true });
        assert.equal(result.status, 1);
        assert.equal(snapshot(corpus()), beforeRun);
      } finally {
        spawnSync('chmod', ['-R', 'u+w', corpus()]);
      }
    },
  );

  it('prints no BSN, name or birth date, and never the canary, in any format or language', async () => {
    // One judgement, rendered as the CLI would in every format and both languages.
    const result = await run({
      folders: { outbox: [outbox()], inbox: [inbox()], sent: [], received: [] },
      exclude: ['huge-text-node.xml'],
      role: null,
      org: [],
      at: Date.parse('2018-03-27T10:00:00Z'),
      timetable: timetable2018,
    });
    const outputs: string[] = [];
    for (const name of formatNames)
      for (const lang of langs)
        for (const [verbose, quiet] of [
          [true, false],
          [false, true],
        ] as const)
          outputs.push(
            reporters[name].render(result, {
              words: words[lang],
              timetable: timetable2018,
              chalk: new Chalk({ level: 0 }),
              verbose,
              quiet,
            }),
          );
    for (const output of outputs)
      for (const value of [...personalData, canaryContent])
        assert.ok(!output.includes(value), `an output holds ${value}`);
    const text = reporters.text.render(result, {
      words: words.en,
      timetable: timetable2018,
      chalk: new Chalk({ level: 0 }),
      verbose: true,
      quiet: false,
    });
    assert.match(
      text,
      /name\\x0awith\\x0anewlines\.xml/,
      'a newline in a name is shown, not obeyed',
    );
    const html = reporters.html.render(result, {
      words: words.en,
      timetable: timetable2018,
      chalk: new Chalk({ level: 0 }),
      verbose: true,
      quiet: false,
    });
    assert.match(html, /name\\x0awith\\x0anewlines\.xml/, 'the same in the HTML page');
    assert.doesNotMatch(html, /<script/i);
  });

  it('error paths print nothing personal either', async () => {
    // A gemeente's toewijzing in the outbox against the aanbieder's inbox of the corpus: the
    // conflict message lists files of the corpus.
    const conflict = await runMain([
      '--outbox',
      path.join(projectDir, 'fixtures/role-conflict/outbox'),
      '--inbox',
      inbox(),
      ...withoutBulk,
      '--at',
      '2018-03-27 12:00',
    ]);
    assert.match(conflict.stderr, /only an aanbieder would hold/);
    assert.equal(conflict.code, 2);
    for (const value of personalData) assert.ok(!conflict.stderr.includes(value), value);
  });

  it(
    'never opens the canary, not even through a DOCTYPE or a link',
    {
      skip:
        spawnSync('strace', ['-V']).status === 0
          ? false
          : 'strace is not installed here; the canary content test above still holds',
    },
    () => {
      const trace = path.join(root, 'trace.txt');
      runTool(['--format', 'json', ...withoutBulk], { strace: trace });
      const opened = fs.readFileSync(trace, 'utf8');
      assert.ok(opened.includes('verzoek.xml'), 'the trace sees the files the tool opens');
      assert.ok(!opened.includes(canary), 'the canary was opened');
      fs.rmSync(trace);
    },
  );
});
