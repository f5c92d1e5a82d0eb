// Worker thread entry: owns the MiniSearch index so building and querying never block the main process.
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import {
  createSearchIndex,
  putDocument,
  queryIndex,
  removeDocument,
} from '../../core/search/search-index';
import type { SearchReply, SearchRequest } from './protocol';
import { scanWorkspace } from './scan-workspace';

if (!parentPort) throw new Error('search-worker must run as a worker thread');
const port = parentPort;
let index = createSearchIndex();

const reply = (message: SearchReply): void => port.postMessage(message);

port.on('message', (request: SearchRequest) => {
  switch (request.type) {
    case 'build': {
      const started = performance.now();
      try {
        const { docs, skipped } = scanWorkspace(request.root);
        const fresh = createSearchIndex();
        fresh.addAll(docs);
        index = fresh;
        const ms = performance.now() - started;
        reply({ type: 'built', seq: request.seq, stats: { articles: docs.length, skipped, ms } });
      } catch (error) {
        reply({ type: 'failed', seq: request.seq, error: message(error) });
      }
      return;
    }
    case 'put':
      putDocument(index, request.doc);
      return;
    case 'remove':
      removeDocument(index, request.id);
      return;
    case 'query': {
      const started = performance.now();
      try {
        const ids = queryIndex(index, request.query, request.limit);
        reply({ type: 'result', seq: request.seq, ids, ms: performance.now() - started });
      } catch (error) {
        reply({ type: 'failed', seq: request.seq, error: message(error) });
      }
      return;
    }
  }
});

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
