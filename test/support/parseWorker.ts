import { parentPort } from 'node:worker_threads';
import { parseFile } from '../../src/io/parseFile.js';

/** Parses on a thread of its own, so that a parse that never ends shows as a time-out, not a stuck suite. */
parentPort?.on(
  'message',
  (job: {
    id: number;
    bytes: Uint8Array;
    whole: boolean;
    complete: boolean;
    name: string | null;
  }) => {
    parentPort?.postMessage({
      id: job.id,
      sniffed: parseFile(job.bytes, job.whole, job.complete, true, job.name),
    });
  },
);
