import { test } from 'node:test';

/**
 * The shared iStandaarden and CI-schema copies live beside the project, not in it. A clone on its
 * own skips the tests that read them, with the reason; CI runs next to them, and there a missing
 * copy is a failure, never a quiet skip.
 */
export const sharedSkip = (present: boolean, what: string): string | false => {
  if (present) return false;
  const reason = `${what} are not beside the project (../shared)`;
  // A failing test, not an error thrown while the file loads: test files share a process, and
  // the error would take the other files' tests with it.
  if (process.env.CI === 'true' || process.env.CI === '1')
    test(`${what} are beside the project, as CI has them`, () => {
      throw new Error(`CI runs next to ../shared, yet ${reason}`);
    });
  return reason;
};
