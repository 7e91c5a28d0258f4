import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Releases } from '../core/classify.js';
import { compactor } from './compactor.js';
import type { FileSystem } from './FileSystem.js';
import { judgeFiles, newScratch, type Judged } from './judgeFile.js';
import type { FoundFile } from './scanFolders.js';

export interface JudgeOptions {
  readonly releases: Releases;
  /**
   * Threads that read and judge. 1 judges on this thread alone; more start that many helper
   * threads, and this one only walks, hands out and collects.
   */
  readonly threads: number;
  /** Helper threads start only once this many files are found (default 2,000): for a small tree they cost more. */
  readonly minFilesForWorkers?: number;
  /** A file system other than the real one keeps the work on this thread (it cannot be sent). */
  readonly fileSystem?: FileSystem;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Takes files as the walk finds them; `finish` gives every judgement, in the order they came. */
export interface JudgeSession {
  /** A promise means: wait for it before adding more. */
  readonly add: (file: FoundFile) => Promise<void> | undefined;
  readonly finish: () => Promise<Judged[]>;
  /** Stops the helper threads without waiting for their answers: the walk failed. */
  readonly cancel: () => Promise<void>;
}

/** Files judged at a time: large enough to amortise messages, small enough to share. */
const batchSize = 256;
const defaultMinFilesForWorkers = 2000;
/** Batches a helper thread holds at once, so it never waits for the next. */
const inFlight = 2;
/** The young generation of a helper's heap, in MB; V8's default is several times larger. */
const helperYoungGenerationMb = 4;
/** Batches waiting for a helper before the walk pauses. */
const maxQueued = 8;

export const defaultThreads = (): number => Math.min(availableParallelism(), 8);

/**
 * Built, the worker is the bundle beside this one in dist/. Under the test runner the sources run
 * as TypeScript, and on Node 20 a thread does not inherit the runner's loader: it registers tsx
 * itself before it loads the worker's source.
 */
const newWorker = (options: ConstructorParameters<typeof Worker>[1]): Worker => {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./judgeWorker.js', import.meta.url), options);
  const source = new URL('./judgeWorker.ts', import.meta.url).href;
  return new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`,
    { ...options, eval: true },
  );
};

interface Helper {
  readonly worker: Worker;
  busy: number;
}

/**
 * Judges files on `threads` helper threads, or on this thread alone for one thread or a small
 * tree. Batches wait in one queue and each helper holds a few, so the work balances itself: no
 * helper sits idle while another has a queue.
 */
export const startJudging = (options: JudgeOptions): JudgeSession => {
  const canHelp = options.fileSystem === undefined && options.threads > 1;
  const minFilesForWorkers = options.minFilesForWorkers ?? defaultMinFilesForWorkers;
  const scratch = newScratch();
  const queue: { id: number; files: FoundFile[] }[] = [];
  const results: Judged[][] = [];
  const helpers: Helper[] = [];
  let pending: FoundFile[] = [];
  let batches = 0;
  let finished = 0;
  let total = 0;
  let done = 0;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  let room: (() => void) | null = null;
  let stopping = false;

  const compact = compactor();
  const record = (id: number, judged: Judged[]) => {
    results[id] = judged.map(compact);
    finished++;
    done += judged.length;
    options.onProgress?.(done, total);
    wake?.();
  };
  const feed = (helper: Helper) => {
    while (helper.busy < inFlight && queue.length > 0) {
      const batch = queue.shift() as { id: number; files: FoundFile[] };
      helper.busy++;
      helper.worker.postMessage(batch);
    }
    if (queue.length <= maxQueued) room?.();
  };
  const fail = (error: unknown) => {
    failure ??= error;
    wake?.();
    room?.();
  };
  const spawn = () => {
    for (let n = 0; n < options.threads; n++) {
      const helper: Helper = {
        worker: newWorker({
          workerData: { releases: options.releases },
          // What a helper makes for one file is garbage before the next: a small young
          // generation keeps its memory small, for some more collecting (README, "Performance").
          resourceLimits: { maxYoungGenerationSizeMb: helperYoungGenerationMb },
        }),
        busy: 0,
      };
      helper.worker.on('message', (message: { id: number; results: Judged[] }) => {
        helper.busy--;
        record(message.id, message.results);
        feed(helper);
      });
      helper.worker.on('error', fail);
      helper.worker.on('exit', (code) => {
        if (!stopping) fail(new Error(`a thread that judges files stopped (exit code ${code})`));
      });
      helpers.push(helper);
    }
  };
  /** Ends the helper threads; an exit from here on is no failure. */
  const stop = async () => {
    stopping = true;
    await Promise.all(helpers.map((h) => h.worker.terminate()));
  };
  /** On this thread: the next batch in the queue, or nothing when it is empty. */
  const judgeNext = async (): Promise<void> => {
    const batch = queue.shift();
    if (batch !== undefined)
      record(
        batch.id,
        await judgeFiles(batch.files, options.releases, scratch, options.fileSystem),
      );
  };
  /** A promise when the walk should wait: while this thread judges, or while the queue is long. */
  const enqueue = (files: FoundFile[]): Promise<void> | undefined => {
    queue.push({ id: batches++, files });
    // Alone, this thread judges each batch as it is made, and the walk waits for it.
    if (!canHelp) return judgeNext();
    if (total >= minFilesForWorkers) {
      if (helpers.length === 0) spawn();
      for (const helper of helpers) feed(helper);
    }
    // A walk far ahead of the reading would only hold a hundred thousand names in memory.
    if (helpers.length === 0 || queue.length <= maxQueued || failure !== null) return undefined;
    return new Promise<void>((resolve) => {
      room = () => {
        room = null;
        resolve();
      };
    });
  };

  return {
    add: (file) => {
      pending.push(file);
      total++;
      if (pending.length < batchSize) return undefined;
      const files = pending;
      pending = [];
      return enqueue(files);
    },
    cancel: async () => {
      queue.length = 0;
      await stop();
    },
    finish: async () => {
      const last = pending.length > 0 ? enqueue(pending) : undefined;
      pending = [];
      if (last !== undefined) await last;
      try {
        while (finished < batches && failure === null) {
          // Once helpers run, this thread leaves the reading to them: it collects their answers,
          // and a turn it spends judging is a turn their next batches wait.
          if (helpers.length === 0 && queue.length > 0) {
            await judgeNext();
            // A turn for the event loop, so that a spinner draws.
            await new Promise((resolve) => setImmediate(resolve));
          } else {
            await new Promise<void>((resolve) => {
              wake = resolve;
              if (finished === batches || failure !== null) resolve();
            });
            wake = null;
          }
        }
      } finally {
        await stop();
      }
      if (failure !== null) throw failure;
      return results.flat();
    },
  };
};
