import type { LibraryItem } from './library-item';

/** Entries changed elsewhere (replacing those with the same id, or new) and ids that are gone. */
export interface LibraryItemChanges<E extends LibraryItem> {
  entries: readonly E[];
  removed: readonly string[];
}

/** The library after outside changes: one pass over the entries, order kept, new ones first. */
export function applyLibraryChanges<E extends LibraryItem>(
  entries: readonly E[],
  changes: LibraryItemChanges<E>,
): E[] {
  if (changes.entries.length === 0 && changes.removed.length === 0) return entries.slice();
  const changed = new Map(changes.entries.map((e) => [e.id, e]));
  const removed = new Set(changes.removed);
  const next: E[] = [];
  for (const entry of entries) {
    if (removed.has(entry.id)) continue;
    const replacement = changed.get(entry.id);
    if (replacement) changed.delete(entry.id);
    next.push(replacement ?? entry);
  }
  return changed.size ? [...changed.values(), ...next] : next;
}
