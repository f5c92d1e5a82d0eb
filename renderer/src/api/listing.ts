import type { LibraryEntry } from '../../../electron/ipc/contract';
import { call, errorMessage } from './newsroom';

/** The workspace's article list, or why it could not be read. */
export interface Listing {
  entries: LibraryEntry[];
  error: string | null;
}

/** Lists the workspace's articles; never throws (a failure becomes `error`). */
export async function readListing(): Promise<Listing> {
  try {
    return { entries: await call('article:list'), error: null };
  } catch (err) {
    return { entries: [], error: `Could not list the articles: ${errorMessage(err)}` };
  }
}
