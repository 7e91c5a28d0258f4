import { parentPort, workerData } from 'node:worker_threads';
import type { Releases } from '../core/classify.js';
import { judgeFiles, newScratch } from './judgeFile.js';
import type { FoundFile } from './scanFolders.js';

/** One of the threads that read and judge files; the main thread walks and collects. */
const releases = (workerData as { releases: Releases }).releases;
const scratch = newScratch();

// A Buffer arrives as a plain Uint8Array; the file system wants a Buffer again.
const asLocation = (location: string | Uint8Array): string | Buffer =>
  typeof location === 'string'
    ? location
    : Buffer.from(location.buffer, location.byteOffset, location.byteLength);

// Batches are judged one after another: an archive's entries are unpacked asynchronously.
let queue = Promise.resolve();
parentPort?.on('message', (batch: { id: number; files: FoundFile[] }) => {
  queue = queue.then(async () => {
    const results = await judgeFiles(
      batch.files.map((file) => ({ ...file, location: asLocation(file.location) })),
      releases,
      scratch,
    );
    parentPort?.postMessage({ id: batch.id, results });
  });
});
