import { parentPort, workerData } from 'node:worker_threads';
import type { Releases } from '../core/classify.js';
import { judgeFiles, newScratch } from './judgeFile.js';
import type { FoundFile } from './scanFolders.js';

/** One of the threads that read and judge files; the main thread walks and collects. */
const releases = (workerData as { releases: Releases }).releases;
const scratch = newScratch();

// A Buffer arrives as a plain Uint8Array; the file system wants a Buffer again.
const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

// Batches are judged one after another: an archive's entries are unpacked asynchronously.
let queue = Promise.resolve();
parentPort?.on('message', (batch: { id: number; files: FoundFile[] }) => {
  queue = queue.then(async () => {
    const results = await judgeFiles(
      // Only a name that is not UTF-8 travels as bytes and needs a new object.
      batch.files.map((file) =>
        typeof file.location === 'string' ? file : { ...file, location: asBuffer(file.location) },
      ),
      releases,
      scratch,
    );
    parentPort?.postMessage({ id: batch.id, results });
  });
});
