import { Worker } from 'node:worker_threads';
import type { Sniffed } from '../../src/io/parseFile.js';

export interface GuardedParser {
  /** Parses on the guard's thread; rejects when the parse takes longer than the guard allows. */
  readonly parse: (
    bytes: Uint8Array,
    whole: boolean,
    complete: boolean,
    name?: string | null,
  ) => Promise<Sniffed>;
  readonly close: () => Promise<void>;
}

/**
 * A parser on a thread of its own with a time-out per parse: a parse that loops ends the thread
 * and fails the one case, instead of hanging the suite. The time-out is generous (a parse takes
 * well under a millisecond); it only tells "ends" from "never ends".
 */
export const guardedParser = (timeoutMs = 5000): GuardedParser => {
  let worker = start();
  let next = 0;
  const pending = new Map<number, (sniffed: Sniffed) => void>();
  function start(): Worker {
    const w = import.meta.url.endsWith('.ts')
      ? // Run as TypeScript (one file at a time, through tsx): a thread does not inherit the
        // loader on Node 20, so it registers tsx before it loads the worker's source.
        new Worker(
          `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./parseWorker.ts', import.meta.url).href)}); })`,
          { eval: true },
        )
      : new Worker(new URL('./parseWorker.js', import.meta.url));
    w.on('message', (m: { id: number; sniffed: Sniffed }) => pending.get(m.id)?.(m.sniffed));
    w.unref();
    return w;
  }
  return {
    parse: (bytes, whole, complete, name = null) =>
      new Promise((resolve, reject) => {
        const id = next++;
        const timer = setTimeout(() => {
          pending.delete(id);
          void worker.terminate();
          worker = start();
          reject(new Error(`the parse did not end within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, (sniffed) => {
          clearTimeout(timer);
          pending.delete(id);
          resolve(sniffed);
        });
        worker.postMessage({ id, bytes, whole, complete, name });
      }),
    close: async () => {
      await worker.terminate();
    },
  };
};
