import { formatInTimeZone } from 'date-fns-tz';

/*
 * date-fns-tz's getTimezoneOffset reads its date argument as wall time (it uses the machine's
 * local fields), so it is wrong for an exact instant near a transition. formatInTimeZone is exact
 * for any instant in any machine zone, so every zone question here goes through it.
 */

/**
 * Reports name the same few deadlines thousands of times, and each formatting costs tens of
 * microseconds: the answers are remembered, a bounded number of them.
 */
const remembered = new Map<string, string>();
const rememberedLimit = 1024;
const format = (instant: number, zone: string, pattern: string): string => {
  const key = `${instant}|${zone}|${pattern}`;
  let text = remembered.get(key);
  if (text === undefined) {
    text = formatInTimeZone(instant, zone, pattern);
    if (remembered.size >= rememberedLimit) remembered.clear();
    remembered.set(key, text);
  }
  return text;
};

/** The zone's offset from UTC at an exact instant, in milliseconds. */
export const offsetAt = (zone: string, instant: number): number => {
  const text = format(instant, zone, 'xxx');
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(4, 6))) * 60_000;
};

/** ISO 8601 in the zone, with its offset; milliseconds only when they are not zero. */
export const isoInZone = (instant: number, zone: string): string =>
  format(
    instant,
    zone,
    instant % 1000 === 0 ? "yyyy-MM-dd'T'HH:mm:ssxxx" : "yyyy-MM-dd'T'HH:mm:ss.SSSxxx",
  );

/** Formats an instant in the zone with a date-fns pattern (locale-free unless one is passed). */
export const formatInZone = (instant: number, zone: string, pattern: string): string =>
  format(instant, zone, pattern);
