import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAt } from '../src/core/parseAt.js';

const zone = 'Europe/Amsterdam';
const iso = (text: string) => {
  const result = parseAt(text, zone);
  assert.ok(result.ok, `${text}: ${JSON.stringify(result)}`);
  return new Date(result.at).toISOString();
};
const error = (text: string) => {
  const result = parseAt(text, zone);
  assert.ok(!result.ok, `${text} should be refused`);
  return result.error;
};

describe('--at', () => {
  it('an offset or Z is an exact instant, fractions allowed', () => {
    assert.equal(iso('2018-03-27T17:00:00+02:00'), '2018-03-27T15:00:00.000Z');
    assert.equal(iso('2018-03-27T15:00:00Z'), '2018-03-27T15:00:00.000Z');
    assert.equal(iso('2018-03-27T15:00:00.5Z'), '2018-03-27T15:00:00.500Z');
    assert.equal(iso('2018-03-27T16:59:59.999+01:00'), '2018-03-27T15:59:59.999Z');
    assert.equal(iso('2018-03-27T15:00Z'), '2018-03-27T15:00:00.000Z');
    assert.equal(iso('2018-03-27T10:00:00-0500'), '2018-03-27T15:00:00.000Z');
  });
  it('without an offset it is Amsterdam wall time, on both sides of the switch to summer time', () => {
    assert.equal(iso('2018-03-18 23:00'), '2018-03-18T22:00:00.000Z');
    assert.equal(iso('2018-03-27 17:00'), '2018-03-27T15:00:00.000Z');
    assert.equal(iso('2018-03-27T16:30'), '2018-03-27T14:30:00.000Z');
    assert.equal(iso('2018-03-25 01:59:59.999'), '2018-03-25T00:59:59.999Z');
    assert.equal(iso('2018-03-25 03:00'), '2018-03-25T01:00:00.000Z');
  });
  it('a wall time in the spring gap does not exist', () => {
    const e = error('2018-03-25 02:30');
    assert.deepEqual(e, {
      kind: 'nonexistent',
      text: '2018-03-25 02:30',
      zone,
      before: '+01:00',
      after: '+02:00',
    });
    assert.equal(error('2018-03-25 02:00').kind, 'nonexistent');
    assert.equal(error('2018-03-25 02:59:59.999').kind, 'nonexistent');
  });
  it('a wall time in the autumn overlap is ambiguous; with an offset it is not', () => {
    assert.deepEqual(error('2018-10-28 02:30'), {
      kind: 'ambiguous',
      text: '2018-10-28 02:30',
      zone,
      offsets: ['+02:00', '+01:00'],
    });
    assert.equal(iso('2018-10-28T02:30+02:00'), '2018-10-28T00:30:00.000Z');
    assert.equal(iso('2018-10-28T02:30+01:00'), '2018-10-28T01:30:00.000Z');
    assert.equal(iso('2018-10-28 03:00'), '2018-10-28T02:00:00.000Z');
  });
  it('refuses what is no moment', () => {
    for (const text of [
      '',
      'now',
      '2018-02-30 10:00',
      '2018-03-27 24:00',
      '2018-03-27 17:60',
      '2018-03-27T17:00+25:00',
    ]) {
      assert.equal(error(text).kind, 'invalid', text);
    }
    // Mistakes common enough to get their own answer, with the fix (see test/usage.test.ts).
    assert.equal(error('2018-03-27').kind, 'date-only');
    assert.equal(error('27-03-2018 17:00').kind, 'day-first');
  });
});
