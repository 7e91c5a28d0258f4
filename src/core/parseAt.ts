import { offsetAt } from './zone.js';

export type AtResult =
  { readonly ok: true; readonly at: number } | { readonly ok: false; readonly error: AtError };

export type AtError =
  | { readonly kind: 'invalid'; readonly text: string }
  /** `25-03-2020 20:00`, the way a Dutch date is written: the fix is the same moment, year first. */
  | {
      readonly kind: 'day-first';
      readonly text: string;
      readonly date: string;
      readonly time: string | null;
    }
  /** A date without a time, or a time without a date: a moment needs both. */
  | { readonly kind: 'date-only'; readonly text: string; readonly date: string }
  | { readonly kind: 'time-only'; readonly text: string; readonly time: string }
  | {
      readonly kind: 'nonexistent';
      readonly text: string;
      readonly zone: string;
      readonly before: string;
      readonly after: string;
    }
  | {
      readonly kind: 'ambiguous';
      readonly text: string;
      readonly zone: string;
      readonly offsets: readonly [string, string];
    };

// Hours and minutes by a colon (ISO) or a dot (the Dutch "20.00", as the report itself writes times).
const pattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:T|\s+)(\d{1,2})[:.](\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const timePart = String.raw`(\d{1,2})[:.](\d{2})`;
const dayFirst = new RegExp(
  String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:(?:T|\s+)${timePart})?(?:\s*uur)?$`,
  'i',
);
const dateOnly = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const timeOnly = new RegExp(String.raw`^${timePart}(?:\s*uur)?$`, 'i');

const pad = (n: string): string => n.padStart(2, '0');

/** Mistakes a person makes often enough to deserve their own answer, with the fix spelled out. */
const mistake = (text: string): AtError => {
  const trimmed = text.trim();
  const d = dayFirst.exec(trimmed);
  if (d !== null) {
    const [, first = '', second = '', year = '', h, mi] = d;
    // Day first is the Dutch order; a second number above 12 can only be a day, written US-style.
    const [day, month] = Number(second) > 12 ? [second, first] : [first, second];
    return {
      kind: 'day-first',
      text,
      date: `${year}-${pad(month)}-${pad(day)}`,
      time: h === undefined || mi === undefined ? null : `${pad(h)}:${mi}`,
    };
  }
  const o = dateOnly.exec(trimmed);
  if (o !== null) {
    const [, year = '', month = '', day = ''] = o;
    return { kind: 'date-only', text, date: `${year}-${pad(month)}-${pad(day)}` };
  }
  const t = timeOnly.exec(trimmed);
  if (t !== null) {
    const [, h = '', mi = ''] = t;
    return { kind: 'time-only', text, time: `${pad(h)}:${mi}` };
  }
  return { kind: 'invalid', text };
};

const hour = 3_600_000;
const day = 24 * hour;

const offsetText = (ms: number): string => {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.abs(ms) / 60_000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
};

const parseOffset = (text: string): number => {
  if (text.toUpperCase() === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000;
};

/**
 * Reads `--at`: ISO 8601 with an offset is an exact instant; without one it is wall time in
 * `zone`. A wall time the zone skips (spring forward) or shows twice (fall back) is refused rather
 * than shifted — `fromZonedTime` would silently move it, and `new Date()` would read the
 * machine's own zone.
 */
export const parseAt = (text: string, zone: string): AtResult => {
  const invalid: AtResult = { ok: false, error: { kind: 'invalid', text } };
  const m = pattern.exec(text.trim());
  if (m === null) return { ok: false, error: mistake(text) };
  const [, y, mo, d, h, mi, s = '0', fraction = '', offset] = m;
  const fields = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [year, month, date, hours, minutes, seconds] = fields;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(year, month - 1, date, hours, minutes, seconds, ms);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== date ||
    check.getUTCHours() !== hours ||
    check.getUTCMinutes() !== minutes ||
    check.getUTCSeconds() !== seconds
  ) {
    return invalid;
  }
  if (offset !== undefined) {
    const off = parseOffset(offset);
    if (Math.abs(off) >= day) return invalid;
    return { ok: true, at: wall - off };
  }
  // The offsets in force a day either side bracket any transition; a wall time is valid under an
  // offset when the zone really has that offset at the instant it names.
  const candidates = [...new Set([offsetAt(zone, wall - day), offsetAt(zone, wall + day)])]
    .sort((a, b) => b - a)
    .filter((off) => offsetAt(zone, wall - off) === off);
  const [first, second] = candidates;
  if (first !== undefined && second === undefined) return { ok: true, at: wall - first };
  if (first !== undefined && second !== undefined) {
    return {
      ok: false,
      error: { kind: 'ambiguous', text, zone, offsets: [offsetText(first), offsetText(second)] },
    };
  }
  const before = offsetAt(zone, wall - day);
  const after = offsetAt(zone, wall + day);
  return {
    ok: false,
    error: {
      kind: 'nonexistent',
      text,
      zone,
      before: offsetText(before),
      after: offsetText(after),
    },
  };
};
