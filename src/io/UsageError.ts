/** A mistake in how the tool was called: reported on stderr with exit code 2, never a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
