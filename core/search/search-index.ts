import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { SearchDocument } from './search-document';
import { tokenize } from './tokenize';

/** The indexed fields, most telling first. */
export const searchFields = ['headline', 'standfirst', 'byline', 'body'] as const;

/** How a query is run: every word must match, each as a whole word or as the start of one. */
export const searchOptions: SearchOptions = {
  // One-letter prefixes would match most of the vocabulary; they are matched exactly.
  prefix: (term) => term.length > 1,
  fuzzy: false,
  combineWith: 'AND',
  boost: { headline: 4, standfirst: 2, byline: 2, body: 1 },
  weights: { fuzzy: 0.45, prefix: 0.5 },
};

const indexOptions: Options<SearchDocument> = {
  idField: 'id',
  fields: [...searchFields],
  storeFields: [],
  tokenize,
  // tokenize already normalizes; MiniSearch calls processTerm once per token.
  processTerm: (term) => term,
  searchOptions,
  autoVacuum: { minDirtCount: 200, minDirtFactor: 0.1, batchSize: 1000, batchWait: 10 },
};

/** An empty MiniSearch index over headline, standfirst, byline and body. */
export function createSearchIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>(indexOptions);
}

/** Adds the document, or replaces the one with the same id. */
export function putDocument(index: MiniSearch<SearchDocument>, doc: SearchDocument): void {
  if (index.has(doc.id)) index.replace(doc);
  else index.add(doc);
}

/** Removes a document if present. */
export function removeDocument(index: MiniSearch<SearchDocument>, id: string): void {
  if (index.has(id)) index.discard(id);
}

/** Ids of the articles matching every word of the query, best first; [] for a query with no words. */
export function queryIndex(
  index: MiniSearch<SearchDocument>,
  query: string,
  limit = Infinity,
): string[] {
  if (tokenize(query).length === 0) return [];
  const results = index.search(query);
  const n = Math.min(limit, results.length);
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) ids[i] = results[i]!.id as string;
  return ids;
}
