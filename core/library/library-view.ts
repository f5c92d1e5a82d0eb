import type { ArticleStatus } from '../article/status';
import type { LibraryItem } from './library-item';

/** The orders the library offers. */
export const librarySorts = ['updated-desc', 'updated-asc', 'headline', 'status'] as const;
export type LibrarySort = (typeof librarySorts)[number];

/** What narrows and orders the library; every part applies together. */
export interface LibraryQuery {
  /** Filter text: every word in the headline or status, or the article among `hits`. */
  text: string;
  /** Ids the full-text search found for `text` (when it has answered). */
  hits?: ReadonlySet<string>;
  status: ArticleStatus | 'all';
  /** Updated at or after this instant (ISO 8601), or no lower bound. */
  from: string | null;
  /** Updated before this instant (ISO 8601), or no upper bound. */
  to: string | null;
  sort: LibrarySort;
}

export const defaultLibraryQuery: LibraryQuery = {
  text: '',
  status: 'all',
  from: null,
  to: null,
  sort: 'updated-desc',
};

/** The entries to list and the counts to show beside them. */
export interface LibraryView<E extends LibraryItem> {
  entries: E[];
  /** Every entry of the library. */
  total: number;
  /** Entries the query lets through (entries.length). */
  shown: number;
}

/** True when the query narrows the library (text, status or dates), not just orders it. */
export function isFiltered(query: LibraryQuery): boolean {
  return words(query.text).length > 0 || query.status !== 'all' || !!query.from || !!query.to;
}

/**
 * The library as the query asks: filtered by text, status and date range together, then sorted.
 * Unreadable articles stay listed (last) whatever the filter, so a broken file is never hidden.
 */
export function libraryView<E extends LibraryItem>(
  entries: readonly E[],
  query: LibraryQuery,
): LibraryView<E> {
  const wanted = words(query.text);
  const from = query.from ? Date.parse(query.from) : -Infinity;
  const to = query.to ? Date.parse(query.to) : Infinity;
  const dated = query.from !== null || query.to !== null;
  const matches = (entry: E): boolean => {
    if (entry.error) return true;
    if (query.status !== 'all' && entry.status !== query.status) return false;
    if (dated) {
      const time = Date.parse(entry.updated);
      if (!(time >= from && time < to)) return false;
    }
    if (wanted.length === 0 || query.hits?.has(entry.id)) return true;
    const text = filterText(entry);
    return wanted.every((word) => text.includes(word));
  };
  const shown = entries.filter(matches);
  sortEntries(shown, query.sort);
  return { entries: shown, total: entries.length, shown: shown.length };
}

/** Sorts in place: broken files last, then by the chosen order, newest first among equals. */
export function sortEntries<E extends LibraryItem>(entries: E[], sort: LibrarySort): E[] {
  const newest = (a: E, b: E) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0);
  const compare: (a: E, b: E) => number =
    sort === 'updated-desc'
      ? newest
      : sort === 'updated-asc'
        ? (a, b) => newest(b, a)
        : sort === 'status'
          ? (a, b) => statusRank[a.status] - statusRank[b.status] || newest(a, b)
          : (a, b) => {
              const x = headlineKey(a);
              const y = headlineKey(b);
              return x < y ? -1 : x > y ? 1 : newest(a, b);
            };
  // ISO timestamps and folded keys sort as plain strings: localeCompare is ~10× slower at 100,000.
  return entries.sort((a, b) => {
    if (Boolean(a.error) !== Boolean(b.error)) return a.error ? 1 : -1;
    return compare(a, b);
  });
}

// Drafts (still to do) before ready ones.
const statusRank: Record<ArticleStatus, number> = { draft: 0, ready: 1 };

// Folded once per entry object: an entry is replaced, never changed, when its article changes.
const headlineKeys = new WeakMap<LibraryItem, string>();
function headlineKey(entry: LibraryItem): string {
  let key = headlineKeys.get(entry);
  if (key === undefined) {
    // Untitled articles go last in A–Z.
    key = entry.headline.trim() ? normalize(entry.headline.trim()) : '\uffff';
    headlineKeys.set(entry, key);
  }
  return key;
}

const filterTexts = new WeakMap<LibraryItem, string>();
function filterText(entry: LibraryItem): string {
  let text = filterTexts.get(entry);
  if (text === undefined) {
    text = normalize(`${entry.headline} ${entry.status}`);
    filterTexts.set(entry, text);
  }
  return text;
}

function words(text: string): string[] {
  return normalize(text).split(/\s+/).filter(Boolean);
}

// Case- and accent-insensitive, so "cafe" finds "Café".
function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The instants bounding whole local days `from`…`to` (YYYY-MM-DD, both included), as the date
 * fields give them; an empty or invalid day leaves that side open.
 */
export function dayRange(
  fromDay: string,
  toDay: string,
): { from: string | null; to: string | null } {
  const start = localDay(fromDay);
  const end = localDay(toDay);
  if (end) end.setDate(end.getDate() + 1);
  return { from: start?.toISOString() ?? null, to: end?.toISOString() ?? null };
}

function localDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}
