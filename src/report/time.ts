import { formatInZone } from '../core/zone.js';
import type { Words } from './words/Words.js';

/** A moment as the language writes it, in the timetable's zone: "wo 25 mrt 2020 17.00 uur". */
export const formatMoment = (
  instant: number,
  zone: string,
  w: Words,
  options: { readonly year: boolean } = { year: true },
): string => {
  const [isoWeekday, day, month, year, hh, mm] = formatInZone(
    instant,
    zone,
    'i d M yyyy HH mm',
  ).split(' ');
  return w.dateTime({
    weekday: w.weekdays[Number(isoWeekday) - 1] ?? '',
    day: Number(day),
    month: w.months[Number(month) - 1] ?? '',
    year: options.year ? (year ?? '') : null,
    hh: hh ?? '',
    mm: mm ?? '',
  });
};

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** Time left until a deadline as people say it, rounded down: days of 24 hours and hours, under an hour minutes. */
export const formatTimeLeft = (now: number, deadline: number, w: Words): string => {
  const left = deadline - now;
  if (left <= 0) return w.passed;
  return w.timeLeft({
    days: Math.floor(left / day),
    hours: Math.floor((left % day) / hour),
    minutes: Math.floor((left % hour) / minute),
  });
};
