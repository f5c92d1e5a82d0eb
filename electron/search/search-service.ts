import type { Worker } from 'node:worker_threads';
import { searchDocument, type SearchableArticle } from '../../core/search/search-document';
import type { BuildStats, SearchReply, SearchRequest } from './protocol';
import { startWorker } from '../workers/start-worker';

/** Thrown when the search worker fails or has been closed. */
export class SearchError extends Error {
  override name = 'SearchError';
}

interface Pending {
  resolve(value: SearchReply): void;
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
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private failure: SearchError | null = null;

  private constructor(private readonly root: string) {
    this.worker = startSearchWorker();
    this.worker.on('message', (message: SearchReply) => this.settle(message));
    this.worker.on('error', (error) => this.fail(`search index stopped: ${error.message}`));
    this.worker.on('exit', (code) => this.fail(`search index stopped (exit code ${code})`));
    this.worker.unref();
    this.ready = this.rebuild();
    // Callers that never await ready still see failures through query().
    this.ready.catch(() => undefined);
  }

  /** Starts indexing the workspace at `ws.root` off the main thread. */
  static open(ws: { readonly root: string }): SearchService {
    return new SearchService(ws.root);
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
    if (reply.type !== 'result') throw new SearchError('search index: unexpected reply to query');
    return { ids: reply.ids ? reply.ids.split('\n') : [], ms: reply.ms };
  }

  /** Stops the worker; pending and later calls fail with SearchError. */
  async close(): Promise<void> {
    if (this.failure) return;
    this.failure = new SearchError('search index is closed');
    this.rejectAll(this.failure);
    await this.worker.terminate();
  }

  private post(message: SearchRequest): void {
    if (this.failure) throw this.failure;
    this.worker.postMessage(message);
  }

  private request(make: (seq: number) => SearchRequest): Promise<SearchReply> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = ++this.seq;
    return new Promise<SearchReply>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      // Keep the process alive only while an answer is awaited.
      this.worker.ref();
      this.worker.postMessage(make(seq));
    });
  }

  private settle(reply: SearchReply): void {
    const waiting = this.pending.get(reply.seq);
    if (!waiting) return;
    this.pending.delete(reply.seq);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.type === 'failed') waiting.reject(new SearchError(`search index: ${reply.error}`));
    else waiting.resolve(reply);
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
