import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JudgedFile, Result } from '../src/core/evaluate.js';
import { timetable2018 as tt } from './support/timetable2018.js';
import { buildView } from '../src/report/view.js';
import { words } from '../src/report/words/index.js';
import { infoFor } from './support/info.js';
import { judge } from './support/judge.js';

describe('the report view at any size', () => {
  it('a quarter of a million files with work: no list is spread into one call, which would overflow the stack', () => {
    // One toewijzing waiting in the outbox, judged once, then its finding repeated per file:
    // building the view is what is measured here, not evaluating.
    const file: JudgedFile = {
      path: 'outbox/000000-jw301.xml',
      box: 'outbox',
      ignored: false,
      problem: null,
      info: infoFor('JW301', 'ID-0'),
    };
    const one = judge([file], Date.parse('2018-03-27T12:00:00+02:00'), {
      role: 'gemeente',
      roleSource: 'flag',
    });
    const finding = one.findings.find((f) => f.status === 'open');
    assert.ok(finding !== undefined);
    const n = 250_000;
    const findings = Array.from({ length: n }, (_, i) => ({
      ...finding,
      path: `outbox/${String(i).padStart(6, '0')}-jw301.xml`,
    }));
    const result: Result = { ...one, findings, files: [] };
    const view = buildView(result, { words: words.en, timetable: tt, verbose: false });
    assert.equal(view.groups.length, 1);
    assert.match(view.groups[0]?.counts ?? '', /^250000 messages/);
    assert.match(view.headline, /250000 messages need action/);
  });
});
