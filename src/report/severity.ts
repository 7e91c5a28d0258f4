import type { Finding } from '../core/findings.js';
import type { Status } from '../data/types.js';

/** How each format shows a status: one table, so the formats cannot drift apart. */
export const severity = {
  open: { actionable: true, sarif: 'error', github: 'error', junit: 'failure', emoji: '⏳' },
  missed: { actionable: true, sarif: 'error', github: 'error', junit: 'failure', emoji: '❌' },
  error: { actionable: false, sarif: 'error', github: 'error', junit: 'error', emoji: '❌' },
  warning: { actionable: false, sarif: 'warning', github: 'warning', junit: 'pass', emoji: '⚠️' },
  info: { actionable: false, sarif: 'note', github: 'notice', junit: 'pass', emoji: 'ℹ️' },
} as const satisfies Record<
  Status,
  {
    /** An obligation with a deadline: the to-do list, not the list of problems. */
    actionable: boolean;
    sarif: 'error' | 'warning' | 'note';
    github: 'error' | 'warning' | 'notice';
    /** A failing test, an erring test, or a passing one that says what it saw. */
    junit: 'failure' | 'error' | 'pass';
    emoji: string;
  }
>;

export const isActionable = (f: Finding): boolean => severity[f.status].actionable;
