import type { DeskArticleEntry, DeskState, LibraryEntry } from '../../../electron/ipc/contract';
import type { DeskArticleChannel } from '../desk/desk-article';
import { call, errorMessage } from './newsroom';

/** The desk this window works with, or null when it works solo (or the main process has no desk). */
export async function readDeskState(): Promise<DeskState | null> {
  try {
    const state = await call('desk:state');
    return state.url === null ? null : state;
  } catch {
    return null;
  }
}

/** A desk article as the library lists it (the desk does not count words). */
export function deskLibraryEntry(entry: DeskArticleEntry): LibraryEntry {
  return {
    id: entry.id,
    headline: entry.headline,
    status: entry.status === 'ready' ? 'ready' : 'draft',
    updated: entry.updated,
    words: 0,
  };
}

/** The desk's articles as the library lists them, or why they could not be listed (entries null). */
export async function readDeskListing(): Promise<{
  entries: LibraryEntry[] | null;
  error: string | null;
}> {
  try {
    return { entries: (await call('desk:list')).map(deskLibraryEntry), error: null };
  } catch (err) {
    return { entries: null, error: `Could not list the desk’s articles: ${errorMessage(err)}` };
  }
}

/** The desk's side of an open article, through the main process. */
export const deskChannel: DeskArticleChannel = {
  update: (id, update, generation) => call('desk:update', { id, update, generation }),
  heard: (id, update) => call('desk:heard', { id, update }),
  awareness: (id, update) => call('desk:awareness', { id, update }),
  inStep: (id) => call('desk:in-step', { id, inStep: true }),
  outOfStep: (id, stateVector) => call('desk:in-step', { id, inStep: false, stateVector }),
  close: (id) => call('desk:close', { id }),
};
