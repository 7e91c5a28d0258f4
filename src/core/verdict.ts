import type { Finding } from './findings.js';
import type { ExitCode, Verdict } from '../data/types.js';

/** `missed` outranks everything; an `open` obligation or an `error` keeps the verdict at not-ready. */
export const verdictOf = (findings: readonly Pick<Finding, 'status'>[]): Verdict => {
  if (findings.some((f) => f.status === 'missed')) return 'missed';
  if (findings.some((f) => f.status === 'open' || f.status === 'error')) return 'not-ready';
  return 'ready';
};

const exitCodes = { ready: 0, 'not-ready': 1, missed: 3 } as const satisfies Record<
  Verdict,
  ExitCode
>;

/** 2 is never a verdict: it is kept for "could not judge" and set at the edge. */
export const exitCodeOf = (verdict: Verdict): ExitCode => exitCodes[verdict];
