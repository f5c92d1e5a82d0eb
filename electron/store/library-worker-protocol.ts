import type { ArticleSummary } from './library-summary';
import type { FileIdentity } from './library-workers';

/** What the main process asks a library worker: summarize these article folders. */
export interface LibraryReadRequest {
  root: string;
  folders: { id: string; name: string }[];
}

/**
 * One folder read by a worker: its summary (or error) and the identity of the file it read; a
 * null summary when the name is a file, not a folder.
 */
export interface ReadEntry {
  id: string;
  name: string;
  summary: ArticleSummary | null;
  identity: FileIdentity | null;
}

export type LibraryReadReply =
  { type: 'entries'; entries: ReadEntry[] } | { type: 'done' } | { type: 'failed'; error: string };
