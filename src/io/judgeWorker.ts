import { parentPort, workerData } from 'node:worker_threads';
import type { Releases } from '../core/classify.js';
import { judgeFile, newScratch } from './judgeFile.js';
import type { FoundFile } from './scanFolders.js';

/** One of the threads that read and judge files; the main thread walks and collects. */
const releases = (workerData as { releases: Releases }).releases;
const scratch = newScratch();

// A Buffer arrives as a plain Uint8Array; the file system wants a Buffer again.
const asLocation = (location: string | Uint8Array): string | Buffer =>
  typeof location === 'string'
    ? location
    : Buffer.from(location.buffer, location.byteOffset, location.byteLength);

parentPort?.on('message', (batch: { id: number; files: FoundFile[] }) => {
  const results = batch.files.map((file) =>
    judgeFile(
      { box: file.box, path: file.path, location: asLocation(file.location) },
      releases,
      scratch,
    ),
  );
  parentPort?.postMessage({ id: batch.id, results });
});
