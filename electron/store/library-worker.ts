// Worker thread: reads article folders for the library index, so a rebuild of thousands of
// articles runs on every core and never blocks the main process.
import { parentPort } from 'node:worker_threads';
import { readEntry } from './library-read';
import type { LibraryReadReply, LibraryReadRequest, ReadEntry } from './library-worker-protocol';

if (!parentPort) throw new Error('library-worker must run as a worker thread');
const port = parentPort;
const BATCH = 200;

const reply = (message: LibraryReadReply): void => port.postMessage(message);

port.on('message', ({ root, folders }: LibraryReadRequest) => {
  try {
    let batch: ReadEntry[] = [];
    for (const { id, name } of folders) {
      batch.push(readEntry(root, id, name));
      if (batch.length === BATCH) {
        reply({ type: 'entries', entries: batch });
        batch = [];
      }
    }
    if (batch.length) reply({ type: 'entries', entries: batch });
    reply({ type: 'done' });
  } catch (error) {
    reply({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
});
