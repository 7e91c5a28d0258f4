import type { AtError } from '../core/parseAt.js';
import { formatInZone } from '../core/zone.js';
import { UsageError } from '../io/UsageError.js';

/** A bad `--at` as a usage error, with today's date for the example that a time alone needs. */
export const atError = (error: AtError, now: number, zone: string): UsageError =>
  new UsageError({ code: 'at', error, today: formatInZone(now, zone, 'yyyy-MM-dd') });
