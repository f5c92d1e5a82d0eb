// Worker thread entry: owns the search index so loading, building and querying never block the
// main process; saves it next to the library index so the next start need not rebuild it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { CorruptSearchIndexError } from '../../core/search/postings-source';
import { SearchIndex } from '../../core/search/search-index';
import { ARTICLE_FILE } from '../store/layout';
import type { SearchDocument } from '../../core/search/search-document';
import type {
  BuildStats,
  IdTableUpdate,
  ReconcileStats,
  SearchReply,
  SearchRequest,
} from './protocol';
import { fileStamp, readSearchDocument, scanWorkspace } from './scan-workspace';
import { readSearchIndex, writeSearchIndex } from './search-index-file';

if (!parentPort) throw new Error('search-worker must run as a worker thread');
const port = parentPort;
let index = new SearchIndex();
let stamps = new Map<string, string>();
// A loaded index's stamps, parsed at their first use.
let unparsedStamps: (() => Map<string, string>) | null = null;
let file: string | null = null;
let root = '';
/** The index differs from its file. */
let dirty = false;
// Requests run one at a time, in order; reconcile yields between batches so queries go first.
let queue: Promise<void> = Promise.resolve();

const reply = (message: SearchReply): void => port.postMessage(message);
// What the main thread's id table holds: which index and generation, and how many numbers.
const sent = { index: null as SearchIndex | null, generation: -1, count: 0 };
const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
const yieldToQueries = () => new Promise<void>((resolve) => setImmediate(resolve));

function build(rebuiltBecause?: string): BuildStats {
  const started = performance.now();
  const fresh = new SearchIndex();
  const freshStamps = new Map<string, string>();
  const skipped = scanWorkspace(root, (doc, stamp) => {
    fresh.put(doc);
    freshStamps.set(doc.id, stamp);
  });
  // Compressed, a finished build needs about half the memory of its growing lists.
  fresh.pack();
  index.close();
  index = fresh;
  stamps = freshStamps;
  unparsedStamps = null;
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

function stampMap(): Map<string, string> {
  if (unparsedStamps) {
    stamps = unparsedStamps();
    unparsedStamps = null;
  }
  return stamps;
}

/**
 * Runs `action` on the index; when the saved postings it reads turn out damaged, rebuilds the index
 * from the folders first and runs it again.
 */
function intact<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (!(error instanceof CorruptSearchIndexError)) throw error;
    build(error.message);
    return action();
  }
}

function save(): boolean {
  if (!file || !dirty) return false;
  const target = file;
  // The postings are read back from the new file from now on, so they need not stay in memory.
  intact(() => index.useSource(writeSearchIndex(target, { index, stamps: stampMap() })));
  dirty = false;
  return true;
}

function open(target: string | null): BuildStats {
  file = target;
  if (!file) return build();
  const started = performance.now();
  let because = 'there was no saved index';
  if (existsSync(file)) {
    try {
      const saved = readSearchIndex(file);
      index.close();
      index = saved.index;
      unparsedStamps = saved.stamps;
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
  return build(because);
}

async function reconcile(listing: Uint8Array): Promise<ReconcileStats> {
  const stats: ReconcileStats = { added: 0, updated: 0, removed: 0, skipped: [] };
  intact(stampMap);
  const listed = new Set<string>();
  let reread = 0;
  // Read in place, a line at a time: 100,000 lines split at once would all be alive together.
  const bytes = Buffer.from(listing.buffer, listing.byteOffset, listing.byteLength);
  for (let at = 0; at < bytes.length;) {
    let eol = bytes.indexOf(10, at);
    if (eol < 0) eol = bytes.length;
    const from = at;
    const tab = bytes.indexOf(9, from);
    const tab2 = tab < 0 ? -1 : bytes.indexOf(9, tab + 1);
    at = eol + 1;
    if (tab < 0 || tab2 < 0 || tab2 > eol) continue;
    const id = bytes.toString('latin1', from, tab);
    const stamp = bytes.toString('latin1', tab2 + 1, eol);
    listed.add(id);
    const known = stampMap().get(id);
    if (known === stamp && index.has(id)) continue;
    const folder = bytes.toString('latin1', tab + 1, tab2);
    let read: { doc: SearchDocument; stamp: string } | null = null;
    try {
      const stamp = fileStamp(path.join(root, folder, ARTICLE_FILE));
      read = { doc: readSearchDocument(root, folder, id), stamp };
    } catch (error) {
      stats.skipped.push(`${folder}: ${message(error)}`);
    }
    if (read) {
      const { doc, stamp } = read;
      intact(() => index.put(doc));
      stampMap().set(id, stamp);
      if (known === undefined) stats.added++;
      else stats.updated++;
    } else {
      intact(() => index.remove(id));
      stampMap().delete(id);
    }
    dirty = true;
    if (++reread % 100 === 0) await yieldToQueries();
  }
  for (const id of [...stampMap().keys()]) {
    if (listed.has(id)) continue;
    intact(() => index.remove(id));
    stampMap().delete(id);
    stats.removed++;
    dirty = true;
  }
  return stats;
}

/**
 * The ids numbered since the main thread last heard (all of them after a renumbering), so results
 * travel as numbers: thousands of id strings cost far more to join, clone and split.
 */
function tableUpdate(): IdTableUpdate | undefined {
  if (sent.index !== index || sent.generation !== index.generation) {
    sent.index = index;
    sent.generation = index.generation;
    sent.count = 0;
  }
  if (index.numbered === sent.count) return undefined;
  // Ids never contain a newline.
  const update = { from: sent.count, ids: index.idsFrom(sent.count).join('\n') };
  sent.count = index.numbered;
  return update;
}

function handle(request: SearchRequest): Promise<void> | void {
  switch (request.type) {
    case 'open':
    case 'build': {
      try {
        root = request.root;
        const stats = request.type === 'open' ? open(request.file) : build();
        reply({ type: 'built', seq: request.seq, stats });
      } catch (error) {
        reply({ type: 'failed', seq: request.seq, error: message(error) });
      }
      return;
    }
    case 'reconcile':
      root = request.root;
      return reconcile(request.listing).then(
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
      intact(() => index.put(request.doc));
      // Saved by the app: its file stamp is not known here, so the next start rereads it.
      intact(stampMap).set(request.doc.id, '');
      dirty = true;
      return;
    case 'remove':
      intact(() => index.remove(request.id));
      intact(stampMap).delete(request.id);
      dirty = true;
      return;
    case 'query': {
      const started = performance.now();
      try {
        const docs = intact(() => index.queryDocNos(request.query, request.limit));
        const result: SearchReply = { type: 'result', seq: request.seq, docs, ms: 0 };
        const table = tableUpdate();
        if (table) result.table = table;
        result.ms = performance.now() - started;
        port.postMessage(result, [docs.buffer]);
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
