import { main, type Stream } from '../../src/cli.js';
import { projectDir } from './runBin.js';

export interface MainRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const capture = (): { stream: Stream; text: () => string } => {
  let text = '';
  return { stream: { write: (chunk: string) => (text += chunk) }, text: () => text };
};

/**
 * Runs the CLI in-process, as the bin would from `cwd` (the project folder unless told), with a
 * clean English-neutral environment unless told otherwise and a clock that must not be read.
 */
export const callMain = async (
  argv: readonly string[],
  { env = { LANG: 'C' }, cwd = projectDir }: { env?: Record<string, string>; cwd?: string } = {},
): Promise<MainRun> => {
  const out = capture();
  const err = capture();
  const code = await main({
    argv,
    cwd,
    env,
    stdout: out.stream,
    stderr: err.stream,
    now: () => Date.UTC(2018, 2, 28, 18),
  });
  return { code, stdout: out.text(), stderr: err.text() };
};
