import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { Worker as NodeWorker } from 'node:worker_threads';
import { startWorker } from '../workers/start-worker';
import type { LibraryReadReply, LibraryReadRequest, ReadEntry } from './library-worker-protocol';

/** mtime/size/inode of an article.json. */
export interface FileIdentity {
  mtimeMs: number;
  size: number;
  ino: number;
}

/** Threads for a pass over the folders: one per core, at most four (the disk is shared too). */
export function libraryThreads(): number {
  const cores =
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, cores));
}

// Plain JavaScript, so it starts in milliseconds from source and from the build alike.
const statWorkerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const { root, names, sep } = workerData;
const list = names.split('\\n');
const out = new Float64Array(list.length * 3);
for (let i = 0; i < list.length; i++) {
  try {
    const s = statSync(root + sep + list[i] + sep + 'article.json', { throwIfNoEntry: false });
    if (s) { out[i * 3] = s.mtimeMs; out[i * 3 + 1] = s.size; out[i * 3 + 2] = s.ino; }
    else out[i * 3] = NaN;
  } catch (error) {
    out[i * 3] = error && error.code === 'ENOTDIR' ? -Infinity : NaN;
  }
}
parentPort.postMessage(out, [out.buffer]);
`;

/** What statInWorkers puts in a name's mtime slot when the name is a file, not a folder. */
export const NOT_A_FOLDER = -Infinity;

/**
 * Stats `<root>/<name>/article.json` for every name in worker threads (synchronous stat calls,
 * split evenly): mtimeMs, size and inode at 3×i, 3×i+1, 3×i+2; the mtime is NaN when the file is
 * missing and NOT_A_FOLDER when `name` is a file. Numbers, not an object per file: at 100,000
 * articles the objects cost more memory than the check itself.
 */
export async function statInWorkers(
  root: string,
  sep: string,
  names: string[],
  threads = libraryThreads(),
): Promise<Float64Array> {
  const per = Math.ceil(names.length / threads);
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const slice = names.slice(t * per, (t + 1) * per);
      if (slice.length === 0) return Promise.resolve(new Float64Array(0));
      const worker = new NodeWorker(statWorkerSource, {
        eval: true,
        execArgv: [],
        workerData: { root, names: slice.join('\n'), sep },
      });
      return once<Float64Array>(worker);
    }),
  );
  const out = new Float64Array(names.length * 3);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// Built app: out/main/library-worker.js beside the bundle; from source, the .ts file.
const startLibraryWorker = () =>
  startWorker(
    new URL('./library-worker.js', import.meta.url),
    new URL('./library-worker.ts', import.meta.url),
  );

/**
 * Reads and summarizes article folders in parallel worker threads, calling `onEntries` with each
 * batch as it arrives (for progress). Resolves when every folder is done.
 */
export async function readInWorkers(
  root: string,
  folders: { id: string; name: string }[],
  onEntries: (entries: ReadEntry[]) => void,
  threads = libraryThreads(),
): Promise<void> {
  // Interleaved shares: neighbouring folders (often one day's articles) are alike in size.
  const shares = Array.from({ length: Math.min(threads, folders.length) }, (_, t) =>
    folders.filter((_, i) => i % threads === t),
  );
  await Promise.all(
    shares.map(async (share) => {
      const worker = startLibraryWorker();
      try {
        await new Promise<void>((resolve, reject) => {
          worker.on('message', (reply: LibraryReadReply) => {
            if (reply.type === 'entries') onEntries(reply.entries);
            else if (reply.type === 'done') resolve();
            else reject(new Error(reply.error));
          });
          worker.on('error', reject);
          worker.on('exit', (code) =>
            reject(new Error(`library worker stopped (exit code ${code})`)),
          );
          const request: LibraryReadRequest = { root, folders: share };
          worker.postMessage(request);
        });
      } finally {
        await worker.terminate();
      }
    }),
  );
}

function once<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (value: T) => resolve(value));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`library worker stopped (exit code ${code})`)));
  });
}
