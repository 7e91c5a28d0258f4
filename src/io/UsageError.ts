import type { UsageProblem } from '../core/UsageProblem.js';

/**
 * A mistake in how the tool was called: reported on stderr with exit code 2, never a stack trace.
 * It carries a code and its arguments; the words are chosen in the user's language where it is
 * caught.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(readonly problem: UsageProblem) {
    super(problem.code);
  }
}
