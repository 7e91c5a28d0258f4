import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
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

/** Amsterdam wall time of an instant, by Intl alone: an oracle independent of the code under test. */
const wallFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const wallOf = (instant: number): string => {
  const part = Object.fromEntries(
    wallFormat.formatToParts(instant).map(({ type, value }) => [type, value]),
  );
  const ms = String(((instant % 1000) + 1000) % 1000).padStart(3, '0');
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}.${ms}`;
};
const hour = 3_600_000;
// 1990 to 2037: summer time as today's rules have it.
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2037, 11, 31) });

describe('--at as Amsterdam wall time, round trip', () => {
  it('every instant written as wall time reads back to itself, or is refused as ambiguous exactly when that wall time occurs twice', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          instant,
          // Near the autumn transitions, where the hour repeats.
          fc
            .tuple(
              fc.integer({ min: 1996, max: 2037 }),
              fc.integer({ min: -2 * hour, max: 2 * hour }),
            )
            .map(([year, delta]) => {
              const lastSunday = 31 - new Date(Date.UTC(year, 9, 31)).getUTCDay();
              return Date.UTC(year, 9, lastSunday, 1) + delta;
            }),
        ),
        (t) => {
          const wall = wallOf(t);
          const twice = wallOf(t - hour) === wall || wallOf(t + hour) === wall;
          const result = parseAt(wall, zone);
          if (twice) assert.ok(!result.ok && result.error.kind === 'ambiguous', wall);
          else assert.deepEqual(result, { ok: true, at: t }, wall);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('a wall time is read as the instant that shows it, or refused as nonexistent exactly when none does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1996, max: 2037 }),
        fc.constantFrom(2, 9),
        fc.integer({ min: 24, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (year, month, day, h, m) => {
          const pad = (n: number) => String(n).padStart(2, '0');
          const wall = `${year}-${pad(month + 1)}-${pad(day)} ${pad(h)}:${pad(m)}:00.000`;
          // The instants that could show it: the wall time read as UTC, less one or two hours.
          const naive = Date.UTC(year, month, day, h, m);
          const shown = [naive - hour, naive - 2 * hour].filter((t) => wallOf(t) === wall);
          const result = parseAt(wall, zone);
          if (shown.length === 0)
            assert.ok(!result.ok && result.error.kind === 'nonexistent', wall);
          else if (shown.length === 2)
            assert.ok(!result.ok && result.error.kind === 'ambiguous', wall);
          else assert.deepEqual(result, { ok: true, at: shown[0] }, wall);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
