import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Chalk } from 'chalk';
import type { JudgedFile } from '../src/core/evaluate.js';
import { jsonPieces } from '../src/report/json.js';
import { words } from '../src/report/words/index.js';
import { infoFor } from './support/info.js';
import { timetable2018 as tt } from './support/timetable2018.js';
import { judge } from './support/judge.js';

/** Retours in the outbox, one in ten with a C1 control character in its Identificatie. */
const outbox = (n: number): JudgedFile[] =>
  Array.from({ length: n }, (_, i) => ({
    path: `outbox/${String(i).padStart(5, '0')}-wmo304.xml`,
    box: 'outbox',
    ignored: false,
    problem: null,
    info: infoFor('WMO304', i % 10 === 0 ? `ID\u0085${i}` : `ID-${i}`, {
      sender: '0363',
      receiver: '73730123',
      afzender: '73730123',
      ontvanger: '0363',
    }),
  }));

describe('the JSON report written a piece at a time', () => {
  const result = judge(outbox(3_000), Date.parse('2018-03-28T20:00:00+02:00'), {
    role: 'gemeente',
    roleSource: 'flag',
  });
  const pieces = [
    ...jsonPieces(result, {
      words: words.en,
      timetable: tt,
      chalk: new Chalk({ level: 0 }),
      verbose: false,
      quiet: false,
    }),
  ];
  const text = pieces.join('');

  it('gives the bytes of JSON.stringify with an indent of 2, C1 controls escaped', () => {
    const escaped = JSON.stringify(JSON.parse(text), null, 2).replace(
      /[\u007f-\u009f]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    assert.equal(text, `${escaped}\n`);
    assert.match(text, /"identificatie": "ID\\u00850"/);
  });

  it('hands on no piece much larger than 64 KB, however many findings there are', () => {
    assert.ok(pieces.length > 10, `${pieces.length} pieces`);
    assert.ok(Math.max(...pieces.map((p) => p.length)) < 70 * 1024);
  });

  it('writes empty lists as JSON.stringify does', () => {
    const empty = judge([], 0);
    const whole = [
      ...jsonPieces(empty, {
        words: words.en,
        timetable: tt,
        chalk: new Chalk({ level: 0 }),
        verbose: false,
        quiet: false,
      }),
    ].join('');
    assert.equal(whole, `${JSON.stringify(JSON.parse(whole), null, 2)}\n`);
    assert.match(whole, /"files": \[\],\n {2}"findings": \[\],/);
  });
});
