import type { ArticleStatus } from '../article/status';

/** What the library shows of an article (the store's LibraryEntry has this shape). */
export interface LibraryItem {
  id: string;
  headline: string;
  status: ArticleStatus;
  /** ISO 8601 time of the last save. */
  updated: string;
  words: number;
  /** Set when the article's file could not be read. */
  error?: string;
}
