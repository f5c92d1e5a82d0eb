// What the store hands out; free of Node imports so the IPC contract (and so the renderer) can re-export it.
import type { Article } from '../../core/article/article';

/** One entry of the library: an article summary, or a file that could not be read. */
export interface LibraryEntry {
  id: string;
  headline: string;
  status: Article['status'];
  updated: string;
  words: number;
  /** Set when article.json could not be read; names the file and the problem. */
  error?: string;
}

/** An article as loaded, with the revision its next save must be based on. */
export interface OpenedArticle {
  article: Article;
  revision: string;
}

export type SaveResult =
  | { ok: true; revision: string; updated: string }
  | { ok: false; conflict: { theirs: Article; revision: string } };

/** One entry of an article's history. */
export interface Snapshot {
  id: string;
  taken: string;
  words: number;
  headline: string;
}

/** Unsaved text from a crash, offered back. */
export interface RecoveryEntry {
  id: string;
  headline: string;
  saved: string;
}

/** Library entries changed from outside (another program, window or desk) and articles gone. */
export interface LibraryChanges {
  entries: LibraryEntry[];
  removed: string[];
}
