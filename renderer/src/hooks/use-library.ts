import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../core/article/article';
import { createBodyCounter } from '../../../core/body/counts';
import { applyLibraryChanges } from '../../../core/library/apply-changes';
import type { LibraryChanges, LibraryEntry } from '../../../electron/ipc/contract';
import { readListing, type Listing } from '../api/listing';

/** Longest wait for an idle moment before a saved article's entry is updated anyway. */
const SAVED_ENTRY_TIMEOUT_MS = 1000;

export interface Library {
  entries: LibraryEntry[];
  /** False until the first listing answered (entries is empty then, not "no articles"). */
  loaded: boolean;
  /** Set when the list could not be loaded. */
  error: string | null;
  refresh(): Promise<void>;
  /** Shows a listing read elsewhere (another workspace's, when it opens). */
  replace(listing: Listing): void;
  /** Updates (or adds) the entry of an article just saved or created. */
  upsert(article: Article, updated?: string): void;
  /**
   * upsert() for an autosave, at the browser's next idle moment: counting the words and redrawing
   * the list then never share a frame with a keystroke (autosave runs while someone types).
   */
  saved(article: Article, updated: string): void;
  remove(id: string): void;
  /** Entries changed, added or removed from outside the window. */
  apply(changes: LibraryChanges): void;
}

/**
 * The workspace's article list, kept current by the editor without reloading it after every save.
 * `initial`: the listing read at start-up, if any.
 */
export function useLibrary(initial: Listing | null = null): Library {
  const [entries, setEntries] = useState<LibraryEntry[]>(initial?.entries ?? []);
  const [error, setError] = useState<string | null>(initial?.error ?? null);
  const [loaded, setLoaded] = useState(initial !== null);
  // After every save: only the blocks changed since the last one are counted again.
  const [countBody] = useState(createBodyCounter);
  // Saves not yet in the list, latest per article, and the idle callback that will add them.
  const unlisted = useRef(new Map<string, { article: Article; updated: string }>());
  const idle = useRef<number | null>(null);

  const replace = useCallback((listing: Listing) => {
    // A failed listing keeps the entries shown so far.
    if (listing.error === null) setEntries(listing.entries);
    setError(listing.error);
    setLoaded(true);
  }, []);

  const refresh = useCallback(async () => replace(await readListing()), [replace]);

  const upsert = useCallback(
    (article: Article, updated?: string) => {
      unlisted.current.delete(article.id);
      const entry: LibraryEntry = {
        id: article.id,
        headline: article.headline,
        status: article.status,
        updated: updated ?? article.updated,
        words: countBody(article.body, article.language).words,
      };
      setEntries((current) => {
        const index = current.findIndex((e) => e.id === article.id);
        if (index === -1) return [entry, ...current];
        const next = current.slice();
        next[index] = entry;
        return next;
      });
    },
    [countBody],
  );

  const saved = useCallback(
    (article: Article, updated: string) => {
      unlisted.current.set(article.id, { article, updated });
      idle.current ??= requestIdleCallback(
        () => {
          idle.current = null;
          for (const latest of [...unlisted.current.values()])
            upsert(latest.article, latest.updated);
        },
        { timeout: SAVED_ENTRY_TIMEOUT_MS },
      );
    },
    [upsert],
  );

  useEffect(
    () => () => {
      if (idle.current !== null) cancelIdleCallback(idle.current);
    },
    [],
  );

  const remove = useCallback((id: string) => {
    // A save that finished just before must not bring the entry back.
    unlisted.current.delete(id);
    setEntries((current) => current.filter((e) => e.id !== id));
  }, []);

  const apply = useCallback((changes: LibraryChanges) => {
    // This window's own pending save is newer than what the disk said a moment ago.
    const own = changes.entries.filter((e) => !unlisted.current.has(e.id));
    setEntries((current) =>
      applyLibraryChanges(current, { entries: own, removed: changes.removed }),
    );
  }, []);

  return { entries, loaded, error, refresh, replace, upsert, saved, remove, apply };
}
