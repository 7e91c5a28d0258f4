import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Releases } from '../core/classify.js';
import type { FileSystem } from './FileSystem.js';
import { judgeFile, newScratch, type Judged } from './judgeFile.js';
import type { FoundFile } from './scanFolders.js';

export interface JudgeOptions {
  readonly releases: Releases;
  /** Threads that read and judge; 0 or 1 judges on the main thread. */
  readonly workers: number;
  /** A file system other than the real one keeps the work on this thread (it cannot be sent). */
  readonly fileSystem?: FileSystem;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Takes files as the walk finds them; `finish` gives every judgement, in the order they came. */
export interface JudgeSession {
  readonly add: (file: FoundFile) => void;
  readonly finish: () => Promise<Judged[]>;
}

/** Files a thread is handed at a time: large enough to amortise messages, small enough to share. */
const batchSize = 256;
/** Threads start only once this many files are found: for a small tree they cost more than they save. */
const minFilesForWorkers = 2000;

export const defaultWorkers = (): number => Math.min(availableParallelism(), 8);

// Under the test runner the sources run as TypeScript; built, they run as JavaScript.
const workerUrl = new URL(
  import.meta.url.endsWith('.ts') ? './judgeWorker.ts' : './judgeWorker.js',
  import.meta.url,
);

export const startJudging = (options: JudgeOptions): JudgeSession => {
  const useWorkers = options.fileSystem === undefined && options.workers > 1;
  const pending: FoundFile[] = [];
  const batches: Judged[][] = [];
  const workers: Worker[] = [];
  let sent = 0;
  let received = 0;
  let total = 0;
  let done = 0;
  let failure: unknown = null;
  let settle: (() => void) | null = null;

  const spawn = () => {
    for (let w = 0; w < options.workers; w++) {
      const worker = new Worker(workerUrl, { workerData: { releases: options.releases } });
      worker.on('message', (message: { id: number; results: Judged[] }) => {
        batches[message.id] = message.results;
        received++;
        done += message.results.length;
        options.onProgress?.(done, total);
        settle?.();
      });
      worker.on('error', (error) => {
        failure ??= error;
        settle?.();
      });
      workers.push(worker);
    }
  };
  // Batches go to the threads in turn; each thread works through its queue while the walk goes on.
  const dispatch = (files: FoundFile[]) => {
    if (workers.length === 0) spawn();
    const worker = workers[sent % workers.length] as Worker;
    worker.postMessage({ id: sent, files });
    sent++;
  };

  return {
    add: (file) => {
      pending.push(file);
      total++;
      if (useWorkers && total >= minFilesForWorkers) {
        while (pending.length >= batchSize) dispatch(pending.splice(0, batchSize));
      }
    },
    finish: async () => {
      if (!useWorkers || sent === 0) return judgeHere(pending, options);
      if (pending.length > 0) dispatch(pending.splice(0, pending.length));
      try {
        await new Promise<void>((resolve, reject) => {
          settle = () => {
            if (failure !== null) reject(failure);
            else if (received === sent) resolve();
          };
          settle();
        });
      } finally {
        await Promise.all(workers.map((w) => w.terminate()));
      }
      return batches.flat();
    },
  };
};

const judgeHere = async (files: readonly FoundFile[], options: JudgeOptions): Promise<Judged[]> => {
  const scratch = newScratch();
  const results: Judged[] = [];
  for (const [index, file] of files.entries()) {
    if (index % batchSize === 0 && options.onProgress !== undefined) {
      options.onProgress(index, files.length);
      // A turn for the event loop, so a spinner can draw.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const judged = judgeFile(file, options.releases, scratch, options.fileSystem);
    results.push(...(Array.isArray(judged) ? judged : await judged));
  }
  options.onProgress?.(files.length, files.length);
  return results;
};
