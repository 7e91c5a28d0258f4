// `npm start`: the two bundled demo organisations, judged on the eve of 29 March 2018.
// The demo organisations are not ready on purpose; the demo itself succeeds when the tool could
// judge both (exit 0, 1 or 3), and fails only when it could not (2).
import { main } from '../dist/cli.js';

const at = '2018-03-28 20:00';
const demos = ['demo-aanbieder', 'demo-gemeente'];
const codes = [];
for (const demo of demos) {
  process.stdout.write(
    `\n$ check-ready --outbox fixtures/${demo}/outbox --inbox fixtures/${demo}/inbox --at "${at}"\n\n`,
  );
  const code = await main({
    argv: ['--outbox', `fixtures/${demo}/outbox`, '--inbox', `fixtures/${demo}/inbox`, '--at', at],
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => Date.now(),
  });
  process.stdout.write(`\n(exit code ${code})\n`);
  codes.push(code);
}
process.exitCode = codes.every((code) => code !== 2) ? 0 : 2;
