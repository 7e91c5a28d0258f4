#!/usr/bin/env node
import { main } from '../dist/cli.js';

process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => Date.now(),
}).catch(() => 2);
