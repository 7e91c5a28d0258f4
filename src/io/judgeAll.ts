import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MessageInfo, Releases } from '../core/classify.js';
import type { FileSystem } from './FileSystem.js';
import { judgeFile, newScratch, type Judged, type JudgeScratch } from './judgeFile.js';
import type { FoundFile } from './scanFolders.js';

export interface JudgeOptions {
  readonly releases: Releases;
  /** Threads that read and judge, this one included; 1 judges on this thread alone. */
  readonly threads: number;
  /** A file system other than the real one keeps the work on this thread (it cannot be sent). */
  readonly fileSystem?: FileSystem;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Takes files as the walk finds them; `finish` gives every judgement, in the order they came. */
export interface JudgeSession {
  readonly add: (file: FoundFile) => void;
  readonly finish: () => Promise<Judged[]>;
}

/** Files judged at a time: large enough to amortise messages, small enough to share. */
const batchSize = 256;
/** Helper threads start only once this many files are found: for a small tree they cost more. */
const minFilesForWorkers = 2000;
/** Batches a helper thread holds at once, so it never waits for the next. */
const inFlight = 2;

/**
 * Keeps a judgement small while a hundred thousand wait to be evaluated: the codes, dates and
 * names that recur from file to file are held once, not once a file (a thread's answers arrive
 * as fresh copies of every string).
 */
const compactor = () => {
  const strings = new Map<string, string>();
  const intern = <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const known = strings.get(value);
    if (known !== undefined) return known as T;
    strings.set(value, value);
    return value;
  };
  const none: readonly string[] = Object.freeze([]);
  // In place: the judgements are this thread's own (fresh from a helper, or just made), and a
  // copy of a hundred thousand of them would only make more garbage.
  return (judged: Judged): Judged => {
    const info = judged.info as Mutable<MessageInfo> | null;
    if (info === null) return judged;
    info.standard = intern(info.standard);
    info.message = intern(info.message);
    info.berichtCode = intern(info.berichtCode);
    info.release = intern(info.release);
    info.kind = intern(info.kind);
    info.afzender = intern(info.afzender);
    info.ontvanger = intern(info.ontvanger);
    info.dagtekening = intern(info.dagtekening);
    info.sender = intern(info.sender);
    info.receiver = intern(info.receiver);
    info.retourCodes = info.retourCodes.length === 0 ? none : info.retourCodes.map(intern);
    return judged;
  };
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const defaultThreads = (): number => Math.min(availableParallelism(), 8);

// Under the test runner the sources run as TypeScript; built, they run as JavaScript.
const workerUrl = new URL(
  import.meta.url.endsWith('.ts') ? './judgeWorker.ts' : './judgeWorker.js',
  import.meta.url,
);

interface Helper {
  readonly worker: Worker;
  busy: number;
}

/**
 * Judges files on this thread and on `threads - 1` helper threads. Batches wait in one queue;
 * each helper holds a few, and this thread takes the next one itself whenever it has nothing
 * else to do — so the work balances itself, and no thread sits idle while another has a queue.
 */
export const startJudging = (options: JudgeOptions): JudgeSession => {
  const canHelp = options.fileSystem === undefined && options.threads > 1;
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
  };
  const spawn = () => {
    for (let n = 1; n < options.threads; n++) {
      const helper: Helper = {
        worker: new Worker(workerUrl, { workerData: { releases: options.releases } }),
        busy: 0,
      };
      helper.worker.on('message', (message: { id: number; results: Judged[] }) => {
        helper.busy--;
        record(message.id, message.results);
        feed(helper);
      });
      helper.worker.on('error', (error) => {
        failure ??= error;
        wake?.();
      });
      helpers.push(helper);
    }
  };
  const enqueue = (files: FoundFile[]) => {
    queue.push({ id: batches++, files });
    if (canHelp && total >= minFilesForWorkers) {
      if (helpers.length === 0) spawn();
      for (const helper of helpers) feed(helper);
    }
  };
  const judgeBatch = async (files: readonly FoundFile[], here: JudgeScratch): Promise<Judged[]> => {
    const judged: Judged[] = [];
    for (const file of files) {
      const result = judgeFile(file, options.releases, here, options.fileSystem);
      judged.push(...(Array.isArray(result) ? result : await result));
    }
    return judged;
  };

  return {
    add: (file) => {
      pending.push(file);
      total++;
      if (pending.length >= batchSize) {
        enqueue(pending);
        pending = [];
      }
    },
    finish: async () => {
      if (pending.length > 0) enqueue(pending);
      pending = [];
      try {
        while (finished < batches && failure === null) {
          const batch = queue.shift();
          if (batch !== undefined) {
            record(batch.id, await judgeBatch(batch.files, scratch));
            // A turn for the event loop: helpers' answers come in, a spinner draws.
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
        await Promise.all(helpers.map((h) => h.worker.terminate()));
      }
      if (failure !== null) throw failure;
      return results.flat();
    },
  };
};
