// Worker thread entry: owns the search index so loading, building and querying never block the
// main process; saves it next to the library index so the next start need not rebuild it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { SearchIndex } from '../../core/search/search-index';
import { ARTICLE_FILE } from '../store/layout';
import type { BuildStats, ReconcileStats, SearchReply, SearchRequest } from './protocol';
import { fileStamp, readSearchDocument, scanWorkspace } from './scan-workspace';
import { readSearchIndex, writeSearchIndex } from './search-index-file';

if (!parentPort) throw new Error('search-worker must run as a worker thread');
const port = parentPort;
let index = new SearchIndex();
let stamps = new Map<string, string>();
let file: string | null = null;
/** The index differs from its file. */
let dirty = false;
// Requests run one at a time, in order; reconcile yields between batches so queries go first.
let queue: Promise<void> = Promise.resolve();

const reply = (message: SearchReply): void => port.postMessage(message);
const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
const yieldToQueries = () => new Promise<void>((resolve) => setImmediate(resolve));

function build(root: string, rebuiltBecause?: string): BuildStats {
  const started = performance.now();
  const fresh = new SearchIndex();
  const freshStamps = new Map<string, string>();
  const skipped = scanWorkspace(root, (doc, stamp) => {
    fresh.put(doc);
    freshStamps.set(doc.id, stamp);
  });
  // Growth room in every postings list is a third of the memory; a finished build needs none.
  fresh.pack();
  index = fresh;
  stamps = freshStamps;
  dirty = true;
  const stats: BuildStats = {
    articles: fresh.size,
    skipped,
    ms: performance.now() - started,
    source: 'built',
  };
  if (rebuiltBecause) stats.rebuiltBecause = rebuiltBecause;
  return stats;
}

function save(): boolean {
  if (!file || !dirty) return false;
  writeSearchIndex(file, { index, stamps });
  dirty = false;
  return true;
}

function open(root: string, target: string | null): BuildStats {
  file = target;
  if (!file) return build(root);
  const started = performance.now();
  let because = 'there was no saved index';
  if (existsSync(file)) {
    try {
      ({ index, stamps } = readSearchIndex(file));
      dirty = false;
      return {
        articles: index.size,
        skipped: [],
        ms: performance.now() - started,
        source: 'loaded',
      };
    } catch (error) {
      because = message(error);
    }
  }
  return build(root, because);
}

async function reconcile(root: string, listing: string): Promise<ReconcileStats> {
  const stats: ReconcileStats = { added: 0, updated: 0, removed: 0, skipped: [] };
  const listed = new Set<string>();
  let read = 0;
  for (const line of listing ? listing.split('\n') : []) {
    const [id, folder, stamp] = line.split('\t') as [string, string, string];
    listed.add(id);
    const known = stamps.get(id);
    if (known === stamp && index.has(id)) continue;
    try {
      const current = fileStamp(path.join(root, folder, ARTICLE_FILE));
      index.put(readSearchDocument(root, folder, id));
      stamps.set(id, current);
      if (known === undefined) stats.added++;
      else stats.updated++;
    } catch (error) {
      index.remove(id);
      stamps.delete(id);
      stats.skipped.push(`${folder}: ${message(error)}`);
    }
    dirty = true;
    if (++read % 100 === 0) await yieldToQueries();
  }
  for (const id of [...stamps.keys()]) {
    if (listed.has(id)) continue;
    index.remove(id);
    stamps.delete(id);
    stats.removed++;
    dirty = true;
  }
  return stats;
}

function handle(request: SearchRequest): Promise<void> | void {
  switch (request.type) {
    case 'open':
    case 'build': {
      try {
        const stats =
          request.type === 'open' ? open(request.root, request.file) : build(request.root);
        reply({ type: 'built', seq: request.seq, stats });
      } catch (error) {
        reply({ type: 'failed', seq: request.seq, error: message(error) });
      }
      return;
    }
    case 'reconcile':
      return reconcile(request.root, request.listing).then(
        (stats) => reply({ type: 'reconciled', seq: request.seq, stats }),
        (error: unknown) => reply({ type: 'failed', seq: request.seq, error: message(error) }),
      );
    case 'save':
      try {
        reply({ type: 'saved', seq: request.seq, written: save() });
      } catch (error) {
        reply({ type: 'failed', seq: request.seq, error: message(error) });
      }
      return;
    case 'put':
      index.put(request.doc);
      // Saved by the app: its file stamp is not known here, so the next start rereads it.
      stamps.set(request.doc.id, '');
      dirty = true;
      return;
    case 'remove':
      index.remove(request.id);
      stamps.delete(request.id);
      dirty = true;
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
}

port.on('message', (request: SearchRequest) => {
  // Queries answer at once (they read the index as it is); everything else keeps its order.
  if (request.type === 'query') return void handle(request);
  queue = queue.then(() => handle(request));
});
