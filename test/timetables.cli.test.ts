import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { catalogue, messageIds, type MessageId } from '../src/data/catalogue.js';
import type { ResolvedRow } from '../src/data/resolvedTimetable.js';
import type { Role } from '../src/data/types.js';
import { checkTimetable } from '../src/io/checkTimetableFile.js';
import { shippedTimetable } from '../src/io/loadTimetable.js';
import { formatNames } from '../src/report/reporters.js';
import { timetableProblemText } from '../src/report/words/timetableProblems.js';
import { aanbieder, gemeente } from './support/info.js';
import { buildMessage, clients, type MessageSpec } from './support/messages.js';
import { binPath, projectDir, runBin } from './support/runBin.js';
import { runMain } from './support/runMain.js';
import { errorCases } from './support/timetableErrorCases.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-timetables-'));
const read2018 = () =>
  JSON.parse(
    fs.readFileSync(path.join(projectDir, 'timetables/ijw-iwmo-2.1-2.2-2018.json'), 'utf8'),
  );
const read2020 = () =>
  JSON.parse(
    fs.readFileSync(path.join(projectDir, 'timetables/ijw-iwmo-2.3-2.4-2020.json'), 'utf8'),
  );

/** Empty boxes, so a run stops only at the timetable. */
const emptyBoxes = () => {
  const dir = tmp();
  fs.mkdirSync(path.join(dir, 'uit'));
  fs.mkdirSync(path.join(dir, 'in'));
  return ['--outbox', path.join(dir, 'uit'), '--inbox', path.join(dir, 'in')];
};

describe('a timetable file with a mistake stops the run: exit 2, nothing on stdout, file and row named', () => {
  for (const c of errorCases) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${lang}: ${c.name} (${c.code})`, async () => {
        const doc = read2018();
        c.change(doc);
        const file = path.join(tmp(), 'next.json');
        fs.writeFileSync(file, JSON.stringify(doc, null, 2));
        const run = await runMain([...emptyBoxes(), '--timetable', file, '--lang', lang]);
        assert.equal(run.code, 2);
        assert.equal(run.stdout, '');
        // The same problem the loader gives, worded in the user's language, names file and row.
        const load = checkTimetable(doc, file);
        assert.ok(!load.ok);
        const found = load.problems.find((p) => p.code === c.code);
        assert.ok(found, JSON.stringify(load.problems));
        assert.ok(run.stderr.includes(timetableProblemText(found, lang)), run.stderr);
        assert.ok(run.stderr.includes(file), run.stderr);
        if (c.row !== null) assert.ok(run.stderr.includes(c.row), run.stderr);
        assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      });
    }
  }
  it('a name that is neither a file nor a shipped id, in both languages', async () => {
    const en = await runMain([...emptyBoxes(), '--timetable', 'ijw-2099', '--lang', 'en']);
    const nl = await runMain([...emptyBoxes(), '--timetable', 'ijw-2099', '--lang', 'nl']);
    for (const run of [en, nl]) {
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /ijw-2099/);
      assert.match(run.stderr, /ijw-iwmo-2\.3-2\.4-2020/);
    }
    assert.notEqual(en.stderr, nl.stderr);
  });
});

describe('the timetable from the config file', () => {
  it('a path in it is relative to the config file; a shipped id stays an id', async () => {
    const dir = tmp();
    const doc = read2020();
    doc.id = 'eigen-2020';
    fs.writeFileSync(path.join(dir, 'eigen.json'), JSON.stringify(doc));
    const config = path.join(dir, 'check-ready.config.json');
    for (const [value, id] of [
      ['eigen.json', 'eigen-2020'],
      ['ijw-iwmo-2.3-2.4-2020', 'ijw-iwmo-2.3-2.4-2020'],
    ] as const) {
      fs.writeFileSync(config, JSON.stringify({ timetable: value }));
      const run = await runMain([
        ...emptyBoxes(),
        '--config',
        config,
        '--format',
        'json',
        '--at',
        '2020-03-20 12:00',
      ]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(JSON.parse(run.stdout).timetable.id, id);
    }
  });
});

/* ------------------------------------------------------------------ the 2020 switch */

const t2020 = shippedTimetable('ijw-iwmo-2.3-2.4-2020');
const who = (role: Role) => (role === 'gemeente' ? gemeente : aanbieder);
const other = (role: Role): Role => (role === 'gemeente' ? 'aanbieder' : 'gemeente');

/** A message as `sender` sends it, in `release`; a retour repeats its heen's header. */
const messageFile = (message: MessageId, release: MessageSpec['release']): string => {
  const spec = catalogue[message];
  const heenFrom = spec.kind === 'heen' ? spec.sentBy : other(spec.sentBy);
  return buildMessage({
    message,
    ...(release === undefined ? {} : { release }),
    afzender: who(heenFrom),
    ontvanger: who(other(heenFrom)),
    identificatie: `ID-${message}`,
    dagtekening: '2020-03-16',
    client: clients.bakker,
    ...(spec.kind === 'heen'
      ? {}
      : { retour: { identificatie: `R-${message}`, dagtekening: '2020-03-17', codes: ['0200'] } }),
  });
};

const boxesWith = (box: 'outbox' | 'inbox', files: Record<string, string>) => {
  const dir = tmp();
  for (const name of ['uit', 'in']) fs.mkdirSync(path.join(dir, name));
  for (const [name, text] of Object.entries(files))
    fs.writeFileSync(path.join(dir, box === 'outbox' ? 'uit' : 'in', name), text);
  return ['--outbox', path.join(dir, 'uit'), '--inbox', path.join(dir, 'in')];
};

const iso = (at: number) => new Date(at).toISOString();

interface Finding {
  rule: string;
  path: string;
  status: string;
  deadlineId: string | null;
}
const judge2020 = async (role: Role, boxes: string[], at: number) => {
  const run = await runMain([
    ...boxes,
    '--role',
    role,
    '--timetable',
    'ijw-iwmo-2.3-2.4-2020',
    '--at',
    iso(at),
    '--format',
    'json',
  ]);
  assert.notEqual(run.code, 2, run.stderr);
  return JSON.parse(run.stdout) as { findings: Finding[]; phase: string };
};

/** Every 2.3 message a role sends, with the row that binds it in its outbox. */
const outboxCases = (role: Role) =>
  messageIds
    .filter((m) => catalogue[m].sentBy === role && catalogue[m].format === 'xml')
    .map((m) => ({ message: m, row: t2020.outboxRow[m] }));

describe('2020 (2.3 → 2.4): every row, at its moment and one second before', () => {
  for (const role of ['aanbieder', 'gemeente'] as const) {
    // One message per row the role's outbox counts towards, to keep the table small.
    const byRow = new Map<string, { message: MessageId; row: ResolvedRow }>();
    for (const c of outboxCases(role)) if (!byRow.has(c.row.id)) byRow.set(c.row.id, c);
    for (const { message, row } of byRow.values()) {
      it(`${role}: ${message} in the outbox counts towards ${row.id}`, async () => {
        const boxes = boxesWith('outbox', { [`${message}.xml`]: messageFile(message, '2.3') });
        const before = await judge2020(role, boxes, row.at - 1000);
        const at = await judge2020(role, boxes, row.at);
        const rule = catalogue[message].kind === 'heen' ? 'unsent-heen' : 'unsent-retour';
        const pick = (r: { findings: Finding[] }) => r.findings.find((f) => f.rule === rule);
        assert.equal(pick(before)?.deadlineId, row.id);
        assert.equal(pick(before)?.status, 'open');
        assert.equal(pick(at)?.deadlineId, row.id);
        assert.equal(pick(at)?.status, 'missed');
      });
    }
    const inbox = t2020.inboxRow[role];
    const received = messageIds.find(
      (m) => catalogue[m].sentBy === other(role) && catalogue[m].format === 'xml',
    )!;
    it(`${role}: ${received} in the inbox counts towards ${inbox?.id}`, async () => {
      assert.ok(inbox !== null);
      const boxes = boxesWith('inbox', { [`${received}.xml`]: messageFile(received, '2.3') });
      const before = await judge2020(role, boxes, inbox.at - 1000);
      const at = await judge2020(role, boxes, inbox.at);
      const unread = (r: { findings: Finding[] }) => r.findings.find((f) => f.rule === 'unread');
      assert.deepEqual([unread(before)?.deadlineId, unread(before)?.status], [inbox.id, 'open']);
      assert.deepEqual([unread(at)?.deadlineId, unread(at)?.status], [inbox.id, 'missed']);
    });
  }

  it('a 303 past 3.1.1 is lost at once (blocks: true): no grace until the heen block', async () => {
    const row = t2020.outboxRow.JW303;
    assert.equal(row.blocks, true);
    assert.ok(row.at < t2020.heenBlock.at);
    const boxes = boxesWith('outbox', { 'JW303.xml': messageFile('JW303', '2.3') });
    const run = await runMain([
      ...boxes,
      '--role',
      'aanbieder',
      '--timetable',
      'ijw-iwmo-2.3-2.4-2020',
      '--at',
      iso(row.at + 60_000),
      '--lang',
      'en',
    ]);
    assert.equal(run.code, 3);
    assert.match(run.stdout, /No longer possible in 2\.3/);
    assert.doesNotMatch(run.stdout, /still carries it/);
  });

  it('a 2.4 message in the outbox warns before go-live and not after; a 2.1 message is another release', async () => {
    const live = t2020.phases.ingebruikname;
    const boxes = boxesWith('outbox', {
      'nieuw.xml': messageFile('JW301', '2.4'),
      'oud.xml': messageFile('JW315', '2.1'),
    });
    const before = await judge2020('gemeente', boxes, live.at - 1000);
    const after = await judge2020('gemeente', boxes, live.at);
    const early = (r: { findings: Finding[] }) =>
      r.findings.filter((f) => f.rule === 'early-release');
    assert.deepEqual(
      early(before).map((f) => [f.path.endsWith('nieuw.xml'), f.deadlineId]),
      [[true, live.id]],
    );
    assert.deepEqual(early(after), []);
    for (const r of [before, after]) {
      assert.ok(
        r.findings.some((f) => f.rule === 'other-release' && f.path.endsWith('oud.xml')),
        JSON.stringify(r.findings),
      );
    }
  });

  it('the real bin judges 2020 too: one second before and at the heen deadline of the gemeente', () => {
    assert.ok(fs.existsSync(binPath), 'npm run build first');
    const row = t2020.outboxRow.JW301;
    const boxes = boxesWith('outbox', { 'JW301.xml': messageFile('JW301', '2.3') });
    const args = (at: number) => [
      ...boxes,
      '--role',
      'gemeente',
      '--timetable',
      'ijw-iwmo-2.3-2.4-2020',
      '--at',
      iso(at),
      '--format',
      'json',
    ];
    const before = runBin(args(row.at - 1000));
    const at = runBin(args(row.at));
    assert.equal(before.code, 1, before.stderr);
    assert.equal(at.code, 3, at.stderr);
    const report = JSON.parse(at.stdout);
    assert.equal(report.timetable.id, 'ijw-iwmo-2.3-2.4-2020');
    assert.deepEqual(
      report.timetable.inferred,
      t2020.inferred.map((r) => r.id),
    );
  });

  it('the text report names the inferred rows once and asks to check them', async () => {
    for (const lang of ['en', 'nl'] as const) {
      const run = await runMain([
        ...emptyBoxes(),
        '--timetable',
        'ijw-iwmo-2.3-2.4-2020',
        '--at',
        '2020-03-20 12:00',
        '--lang',
        lang,
      ]);
      const lines = run.stdout.split('\n').filter((l) => l.includes('draaiboek'));
      assert.equal(lines.length, 1, run.stdout);
      for (const row of t2020.inferred) assert.ok(lines[0]!.includes(row.id), row.id);
    }
    const plain = await runMain([...emptyBoxes(), '--at', '2018-03-20 12:00', '--lang', 'en']);
    assert.doesNotMatch(plain.stdout, /inferred/);
  });
});

/* ------------------------------------------------------------------ nothing of 2018 left */

/** The 2020 file with every id, title and date changed: nothing in it is 2018's. */
const foreignTimetable = () => {
  const doc = read2020();
  const ids = new Map<string, string>();
  doc.id = 'ijw-iwmo-test-switch';
  doc.title = { nl: 'Proefovergang', en: 'Trial switch' };
  doc.rows.forEach((row: { id: string; at: string; title: object }, i: number) => {
    const id = `R${String.fromCharCode(65 + i)}`;
    ids.set(row.id, id);
    row.id = id;
    row.title = { nl: `proefrij ${i}`, en: `trial row ${i}` };
    // A week later, still in winter time, still in order.
    row.at = row.at.replace(
      /^2020-03-(\d\d)/,
      (_, d: string) => `2020-03-${String(Number(d) - 7).padStart(2, '0')}`,
    );
  });
  doc.phases = {
    transitie: ids.get(doc.phases.transitie),
    ingebruikname: ids.get(doc.phases.ingebruikname),
  };
  return doc;
};

describe('a timetable that is not 2018 leaves no trace of 2018 in any output', () => {
  it('no format mentions 2018, D1…D7 or release 2.1/2.2', async () => {
    const doc = foreignTimetable();
    const loaded = checkTimetable(doc, 'trial.json');
    assert.ok(loaded.ok, JSON.stringify(!loaded.ok && loaded.problems));
    const file = path.join(tmp(), 'trial.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const boxes = boxesWith('outbox', {
      'a.xml': messageFile('JW303', '2.3'),
      'b.xml': messageFile('JW301', '2.3'),
      'c.xml': messageFile('JW302', '2.3'),
      'd.xml': messageFile('JW315', '2.4'),
    });
    const forbidden = [/2018/, /\bD[1-7]\b/, /(?<![\d.])2\.[12](?!\d|\.\d)/];
    const moments = [loaded.timetable.rows[0]!.at - 3600_000, loaded.timetable.rows[4]!.at];
    for (const format of formatNames)
      for (const lang of ['nl', 'en'] as const)
        for (const at of moments) {
          const run = await runMain([
            ...boxes,
            '--timetable',
            file,
            '--at',
            iso(at),
            '--format',
            format,
            '--lang',
            lang,
            '--role',
            'aanbieder',
            '--root',
            '/',
          ]);
          assert.notEqual(run.code, 2, run.stderr);
          for (const pattern of forbidden) {
            assert.doesNotMatch(run.stdout, pattern, `${format} ${lang} ${iso(at)}`);
            assert.doesNotMatch(run.stderr, pattern, `${format} ${lang} stderr`);
          }
        }
  });

  it('no source file outside the 2018 timetable names 2.1, 2.2, D1…D7 or a 2018 date', () => {
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith('.ts')) {
          fs.readFileSync(file, 'utf8')
            .split('\n')
            .forEach((line, n) => {
              // The default's id names the 2018 file, which is where those facts live.
              const text = line.replaceAll("'ijw-iwmo-2.1-2.2-2018'", '');
              if (/(?<!\\u)2018|\bD[1-7]\b|\bB[1-4]\b|(?<![\d.])2\.[12](?!\d|\.\d)/.test(text))
                hits.push(`${path.relative(projectDir, file)}:${n + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk(path.join(projectDir, 'src'));
    assert.deepEqual(hits, []);
  });
});
