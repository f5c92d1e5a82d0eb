// Worker thread entry: owns the search index so building and querying never block the main process.
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { SearchIndex } from '../../core/search/search-index';
import type { SearchReply, SearchRequest } from './protocol';
import { scanWorkspace } from './scan-workspace';

if (!parentPort) throw new Error('search-worker must run as a worker thread');
const port = parentPort;
let index = new SearchIndex();

const reply = (message: SearchReply): void => port.postMessage(message);

port.on('message', (request: SearchRequest) => {
  switch (request.type) {
    case 'build': {
      const started = performance.now();
      try {
        const fresh = new SearchIndex();
        const skipped = scanWorkspace(request.root, (doc) => fresh.put(doc));
        index = fresh;
        const ms = performance.now() - started;
        reply({ type: 'built', seq: request.seq, stats: { articles: fresh.size, skipped, ms } });
      } catch (error) {
        reply({ type: 'failed', seq: request.seq, error: message(error) });
      }
      return;
    }
    case 'put':
      index.put(request.doc);
      return;
    case 'remove':
      index.remove(request.id);
      return;
    case 'query': {
      const started = performance.now();
      try {
        const ids = index.query(request.query, request.limit);
        // One string clones far faster than thousands of small ones; ids never contain a newline.
        reply({
          type: 'result',
          seq: request.seq,
          ids: ids.join('\n'),
          ms: performance.now() - started,
        });
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
