import type { Worker } from 'node:worker_threads';
import { searchDocument, type SearchableArticle } from '../../core/search/search-document';
import path from 'node:path';
import { metaPaths } from '../store/layout';
import type {
  BuildStats,
  IdTableUpdate,
  ReconcileStats,
  SearchReply,
  SearchRequest,
} from './protocol';
import { SEARCH_INDEX_FILE } from './search-index-file-name';
import { startWorker } from '../workers/start-worker';

/** Thrown when the search worker fails or has been closed. */
export class SearchError extends Error {
  override name = 'SearchError';
}

/** A reply as the caller sees it: a result already mapped to ids. */
type Settled =
  | Exclude<SearchReply, { type: 'result' | 'failed' }>
  | { type: 'answer'; ids: string[]; ms: number };

interface Pending {
  resolve(value: Settled): void;
  reject(error: Error): void;
}

// Built app: out/main/search-worker.js beside the bundle; from source, the .ts file.
const startSearchWorker = () =>
  startWorker(
    new URL('./search-worker.js', import.meta.url),
    new URL('./search-worker.ts', import.meta.url),
  );

/**
 * Full-text search over a workspace's articles (headline, standfirst, byline, body), kept in a
 * worker thread: the index is built there from the article folders and updated as articles change.
 */
export class SearchService {
  /** Resolves when the first index build is done (queries sent earlier simply wait for it). */
  readonly ready: Promise<BuildStats>;

  /**
   * Resolves when the index agrees with the library's files (a loaded index has reread what
   * changed since it was saved); without a library to compare with, when it is ready.
   */
  readonly current: Promise<ReconcileStats | null>;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private failure: SearchError | null = null;
  /** The worker's document numbers → ids (see IdTableUpdate). */
  private table: string[] = [];

  private constructor(
    private readonly root: string,
    private readonly file: string | null,
    listing: (() => Promise<Uint8Array<ArrayBuffer>>) | null,
  ) {
    this.worker = startSearchWorker();
    this.worker.on('message', (message: SearchReply) => this.settle(message));
    this.worker.on('error', (error) => this.fail(`search index stopped: ${error.message}`));
    this.worker.on('exit', (code) => this.fail(`search index stopped (exit code ${code})`));
    this.worker.unref();
    this.ready = this.openIndex();
    this.current = listing
      ? this.ready.then(async () => this.reconcile(await listing()))
      : this.ready.then(() => null);
    // Callers that never await ready still see failures through query().
    this.ready.catch(() => undefined);
    this.current.catch(() => undefined);
    // A fresh build is saved once it is current, so a crash later does not cost another.
    if (file)
      void Promise.all([this.ready, this.current])
        .then(([stats]) => (stats.source === 'built' ? this.save() : false))
        .catch(() => undefined);
  }

  /**
   * Starts the search index of a workspace off the main thread. With `persist`, it is loaded from
   * `.newsroom/search-index.bin` when that is sound (else built from the folders and saved), brought
   * up to date with the library's files (`ws.articles.fileStamps()`), and saved again on close.
   */
  static open(
    ws: {
      readonly root: string;
      readonly articles?: { fileStamps(): Promise<Uint8Array<ArrayBuffer>> };
    },
    options: { persist?: boolean } = {},
  ): SearchService {
    const file = options.persist ? path.join(metaPaths(ws.root).meta, SEARCH_INDEX_FILE) : null;
    const articles = ws.articles;
    return new SearchService(ws.root, file, articles ? () => articles.fileStamps() : null);
  }

  private async openIndex(): Promise<BuildStats> {
    const reply = await this.request((seq) => ({
      type: 'open',
      seq,
      root: this.root,
      file: this.file,
    }));
    if (reply.type !== 'built') throw new SearchError('search index: unexpected reply to open');
    return reply.stats;
  }

  /**
   * Rereads the articles whose files differ from `listing` ("id\tfolder\tstamp" lines, ASCII) and
   * drops those not in it; the listing's buffer moves to the worker (it is unusable here after).
   */
  async reconcile(listing: Uint8Array<ArrayBuffer>): Promise<ReconcileStats> {
    const reply = await this.request(
      (seq) => ({ type: 'reconcile', seq, root: this.root, listing }),
      [listing.buffer],
    );
    if (reply.type !== 'reconciled')
      throw new SearchError('search index: unexpected reply to reconcile');
    return reply.stats;
  }

  /** Writes the index to its file when it changed (off the main thread); false when nothing was written. */
  async save(): Promise<boolean> {
    const reply = await this.request((seq) => ({ type: 'save', seq }));
    if (reply.type !== 'saved') throw new SearchError('search index: unexpected reply to save');
    return reply.written;
  }

  /** Re-reads every article folder and swaps in the new index (e.g. after an import or outside changes). */
  async rebuild(): Promise<BuildStats> {
    const reply = await this.request((seq) => ({ type: 'build', seq, root: this.root }));
    if (reply.type !== 'built') throw new SearchError('search index: unexpected reply to build');
    return reply.stats;
  }

  /** Adds or replaces an article in the index (call after create, save, restore, import). */
  update(article: SearchableArticle): void {
    // Extracting the text here sends a few strings instead of cloning the whole body tree.
    this.post({ type: 'put', doc: searchDocument(article) });
  }

  /** Drops an article from the index (call after delete). */
  remove(id: string): void {
    this.post({ type: 'remove', id });
  }

  /** Ids of the articles matching every word of `query` (whole words or prefixes), best first. */
  async query(query: string, options: { limit?: number } = {}): Promise<string[]> {
    return (await this.queryTimed(query, options)).ids;
  }

  /** Like query, plus the milliseconds the worker spent on it. */
  async queryTimed(
    query: string,
    options: { limit?: number } = {},
  ): Promise<{ ids: string[]; ms: number }> {
    const limit = options.limit ?? 0;
    const reply = await this.request((seq) => ({
      type: 'query',
      seq,
      query,
      limit: limit > 0 ? limit : Infinity,
    }));
    if (reply.type !== 'answer') throw new SearchError('search index: unexpected reply to query');
    return { ids: reply.ids, ms: reply.ms };
  }

  /** Saves the index when it is persisted and changed, then stops the worker; later calls fail with SearchError. */
  async close(): Promise<void> {
    if (this.failure) return;
    // The index is a cache: a failed save only means a rebuild at the next start.
    if (this.file) await this.save().catch(() => undefined);
    if (this.failure) return;
    this.failure = new SearchError('search index is closed');
    this.rejectAll(this.failure);
    await this.worker.terminate();
  }

  private post(message: SearchRequest): void {
    if (this.failure) throw this.failure;
    this.worker.postMessage(message);
  }

  private request(
    make: (seq: number) => SearchRequest,
    transfer: ArrayBuffer[] = [],
  ): Promise<Settled> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = ++this.seq;
    return new Promise<Settled>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      // Keep the process alive only while an answer is awaited.
      this.worker.ref();
      this.worker.postMessage(make(seq), transfer);
    });
  }

  private settle(reply: SearchReply): void {
    // Every table update counts, even one whose query nobody awaits any more.
    if (reply.type === 'result' && reply.table) this.updateTable(reply.table);
    const waiting = this.pending.get(reply.seq);
    if (!waiting) return;
    this.pending.delete(reply.seq);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.type === 'failed') waiting.reject(new SearchError(`search index: ${reply.error}`));
    else if (reply.type === 'result') {
      const table = this.table;
      const ids = new Array<string>(reply.docs.length);
      for (let i = 0; i < ids.length; i++) ids[i] = table[reply.docs[i]!]!;
      waiting.resolve({ type: 'answer', ids, ms: reply.ms });
    } else waiting.resolve(reply);
  }

  private updateTable({ from, ids }: IdTableUpdate): void {
    if (from === 0) this.table = [];
    else if (from !== this.table.length) {
      this.fail('search index: its document numbers are out of step');
      return;
    }
    for (const id of ids.split('\n')) this.table.push(id);
  }

  private fail(reason: string): void {
    if (this.failure) return;
    this.failure = new SearchError(reason);
    this.rejectAll(this.failure);
  }

  private rejectAll(error: SearchError): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
