import type { LibraryEntry } from '../../../electron/ipc/contract';

/** True when two listings show the same rows: one read again unchanged need not be drawn again. */
export function sameListing(a: readonly LibraryEntry[], b: readonly LibraryEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, i) => {
      const other = b[i]!;
      return (
        entry.id === other.id &&
        entry.headline === other.headline &&
        entry.status === other.status &&
        entry.updated === other.updated &&
        entry.words === other.words &&
        entry.error === other.error
      );
    })
  );
}
