import type { SearchDocument } from '../../core/search/search-document';

/** Messages from the SearchService to its worker; the worker handles them strictly in order. */
export type SearchRequest =
  | { type: 'build'; seq: number; root: string }
  | { type: 'put'; doc: SearchDocument }
  | { type: 'remove'; id: string }
  | { type: 'query'; seq: number; query: string; limit: number };

/** What a (re)build found. */
export interface BuildStats {
  /** Articles in the index. */
  articles: number;
  /** article.json files that could not be read or parsed, each "folder: reason". */
  skipped: string[];
  /** Milliseconds spent scanning and indexing inside the worker. */
  ms: number;
}

/** Replies from the worker, matched to requests by seq. */
export type SearchReply =
  | { type: 'built'; seq: number; stats: BuildStats }
  /** ids joined by newlines (empty string for no match). */
  | { type: 'result'; seq: number; ids: string; ms: number }
  | { type: 'failed'; seq: number; error: string };
