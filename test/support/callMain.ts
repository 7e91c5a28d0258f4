import { runMain } from './runMain.js';

/**
 * `runMain` with options by name and a fixed clock (wo 28 mrt 2018 20.00 uur), for the usage and
 * config tests, whose answers must not depend on today.
 */
export const callMain = (
  argv: readonly string[],
  { env = {}, cwd }: { env?: Record<string, string>; cwd?: string } = {},
) => runMain(argv, env, cwd, () => Date.UTC(2018, 2, 28, 18));
