import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ruleIds } from '../src/core/findings.js';
import { ruleInfo } from '../src/report/ruleInfo.js';
import { ciEn } from '../src/report/words/ciEn.js';
import { ciNl } from '../src/report/words/ciNl.js';
import { en } from '../src/report/words/en.js';
import { projectDir } from './support/runBin.js';
import { runMain } from './support/runMain.js';

const shipped2018 = path.join(projectDir, 'timetables', 'ijw-iwmo-2.1-2.2-2018.json');

describe('check-ready timetable --format json', () => {
  it('every row of the role in time order, with its state at the moment', async () => {
    const run = await runMain([
      'timetable',
      '--format',
      'json',
      '--role',
      'aanbieder',
      '--at',
      '2018-03-27 12:00',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const doc = JSON.parse(run.stdout);
    assert.equal(doc.at, '2018-03-27T12:00:00+02:00');
    assert.equal(doc.phase, 'afsluiting');
    assert.equal(doc.role, 'aanbieder');
    const ids = doc.rows.map((r: { id: string }) => r.id);
    assert.deepEqual(ids, ['D1', 'D2', 'B1', 'D4', 'B2', 'B3', 'D7', 'B4']);
    const instants = doc.rows.map((r: { at: string }) => Date.parse(r.at));
    assert.deepEqual(
      instants,
      [...instants].sort((a, b) => a - b),
    );
    const [d1, d2] = doc.rows;
    assert.deepEqual([d1.passed, d1.minutesLeft], [true, 0]);
    assert.deepEqual([d2.passed, d2.minutesLeft, d2.role], [false, 300, 'aanbieder']);
    // Machine output speaks English unless told.
    assert.match(d2.title, /verzoeken om toewijzing sent/);
  });
  it('titles in Dutch with --lang nl, inferred rows marked, the phase after go-live', async () => {
    const run = await runMain([
      'timetable',
      '--format',
      'json',
      '--timetable',
      'ijw-iwmo-2.3-2.4-2020',
      '--at',
      '2020-04-01 12:00',
      '--lang',
      'nl',
    ]);
    const doc = JSON.parse(run.stdout);
    assert.equal(doc.phase, 'ingebruikname');
    assert.equal(doc.role, null);
    assert.ok(doc.rows.every((r: { passed: boolean }) => r.passed));
    const inferred = doc.rows.filter((r: { inferred: boolean }) => r.inferred);
    assert.ok(inferred.length > 0);
    assert.match(doc.rows.at(-1).title, /2\.4 live/);
    assert.match(doc.timetable.title, /^Migratie/);
  });
});

describe('check-ready timetable --check', () => {
  it('a file with a duplicated row id: exit 2, nothing on stdout, the row named, in both languages', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-ready-'));
    try {
      const doc = JSON.parse(fs.readFileSync(shipped2018, 'utf8'));
      doc.rows[1].id = doc.rows[0].id;
      const file = path.join(dir, 'broken.json');
      fs.writeFileSync(file, JSON.stringify(doc));
      for (const [lang, words] of [
        ['en', /used by row 1 and again by row 2/],
        ['nl', /staat bij rij 1 en nog eens bij rij 2/],
      ] as const) {
        const run = await runMain(['timetable', '--check', file, '--lang', lang]);
        assert.equal(run.code, 2);
        assert.equal(run.stdout, '');
        assert.match(run.stderr, new RegExp(doc.rows[0].id));
        assert.match(run.stderr, words);
      }
      // The main command prints the same lines for the same file.
      const main = await runMain(['--outbox', dir, '--inbox', dir, '--timetable', file]);
      const check = await runMain(['timetable', '--check', file]);
      assert.equal(main.code, 2);
      assert.equal(check.stderr, main.stderr);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('check-ready explain <rule-id>', () => {
  it('every rule: its title, what it means and what to do', async () => {
    for (const rule of ruleIds) {
      const run = await runMain(['explain', rule, '--lang', 'en']);
      assert.equal(run.code, 0, rule);
      assert.ok(run.stdout.includes(en.ruleTitle[rule]), rule);
      assert.ok(run.stdout.includes(ciEn.rules[rule].description), rule);
      assert.ok(run.stdout.includes(ciEn.rules[rule].help), rule);
      assert.match(run.stdout, new RegExp(`\\(${ruleInfo[rule].level}\\)`));
    }
    const nl = await runMain(['explain', 'unread', '--lang', 'nl']);
    assert.ok(nl.stdout.includes(ciNl.rules.unread.help));
  });
});
