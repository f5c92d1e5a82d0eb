import type { SearchDocument } from '../../core/search/search-document';

/** Messages from the SearchService to its worker; the worker handles them strictly in order. */
export type SearchRequest =
  /** Loads the saved index from `file` when it is there and sound, else builds (and saves) it. */
  | { type: 'open'; seq: number; root: string; file: string | null }
  | { type: 'build'; seq: number; root: string }
  /** The workspace's articles as the library sees them, "id\tfolder\tstamp" a line: reread what differs. */
  | { type: 'reconcile'; seq: number; root: string; listing: Uint8Array }
  /** Writes the index to its file when it changed since it was read or written. */
  | { type: 'save'; seq: number }
  | { type: 'put'; doc: SearchDocument }
  | { type: 'remove'; id: string }
  | { type: 'query'; seq: number; query: string; limit: number };

/** What a (re)build or load found. */
export interface BuildStats {
  /** Articles in the index. */
  articles: number;
  /** article.json files that could not be read or parsed, each "folder: reason". */
  skipped: string[];
  /** Milliseconds spent scanning and indexing (or loading) inside the worker. */
  ms: number;
  /** 'loaded' from the saved file, or 'built' from the article folders. */
  source: 'loaded' | 'built';
  /** Why a saved index was not used (missing, another version, corrupt), when it was built. */
  rebuiltBecause?: string;
}

/** What a reconcile changed. */
export interface ReconcileStats {
  added: number;
  updated: number;
  removed: number;
  skipped: string[];
}

/**
 * The worker's document numbers → ids, sent with results as they change so the main thread can
 * map numbers itself: ids from number `from` on ('' for removed ones), newline-separated; `from`
 * 0 starts the table over.
 */
export interface IdTableUpdate {
  from: number;
  ids: string;
}

/** Replies from the worker, matched to requests by seq. */
export type SearchReply =
  | { type: 'built'; seq: number; stats: BuildStats }
  | { type: 'reconciled'; seq: number; stats: ReconcileStats }
  | { type: 'saved'; seq: number; written: boolean }
  /** Document numbers, best first (mapped to ids with the table the worker keeps sending). */
  | {
      type: 'result';
      seq: number;
      docs: Uint32Array<ArrayBuffer>;
      table?: IdTableUpdate;
      ms: number;
    }
  | { type: 'failed'; seq: number; error: string };
