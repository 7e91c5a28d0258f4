#!/usr/bin/env node
import { main } from '../dist/cli.js';

// A reader that stops early (`check-ready … | head`) closes the pipe: the rest of the report is
// not wanted, which is no failure of the tool. Any other stream error still is.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => Date.now(),
}).catch(() => 2);
