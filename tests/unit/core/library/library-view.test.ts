import { describe, expect, it } from 'vitest';
import { applyLibraryChanges } from '../../../../core/library/apply-changes';
import type { LibraryItem } from '../../../../core/library/library-item';
import {
  dayRange,
  defaultLibraryQuery,
  isFiltered,
  libraryView,
  type LibraryQuery,
} from '../../../../core/library/library-view';

const entry = (
  id: string,
  headline: string,
  updated: string,
  status: LibraryItem['status'] = 'draft',
  error?: string,
): LibraryItem => ({ id, headline, status, updated, words: 0, ...(error ? { error } : {}) });

const entries = [
  entry('a', 'Café reopens on the square', '2026-01-02T00:00:00.000Z', 'ready'),
  entry('b', 'council votes budget', '2026-01-03T00:00:00.000Z'),
  entry('c', '', '2026-01-01T00:00:00.000Z', 'draft', 'c/article.json: not JSON'),
  entry('d', 'Àbove all, a ferry strike', '2025-12-30T12:00:00.000Z', 'ready'),
  entry('e', '', '2025-12-31T00:00:00.000Z'),
];
const ids = (query: Partial<LibraryQuery>) =>
  libraryView(entries, { ...defaultLibraryQuery, ...query }).entries.map((e) => e.id);

describe('libraryView', () => {
  it('sorts newest first by default, oldest first on request, broken files last', () => {
    expect(ids({})).toEqual(['b', 'a', 'e', 'd', 'c']);
    expect(ids({ sort: 'updated-asc' })).toEqual(['d', 'e', 'a', 'b', 'c']);
  });

  it('sorts headlines A–Z ignoring case and accents, untitled last', () => {
    expect(ids({ sort: 'headline' })).toEqual(['d', 'a', 'b', 'e', 'c']);
  });

  it('sorts by status, drafts first, newest first within', () => {
    expect(ids({ sort: 'status' })).toEqual(['b', 'e', 'a', 'd', 'c']);
  });

  it('matches every word, ignoring case and accents, and keeps error entries visible', () => {
    expect(ids({ text: 'cafe SQUARE' })).toEqual(['a', 'c']);
    expect(ids({ text: 'nothing' })).toEqual(['c']);
  });

  it('includes full-text search hits', () => {
    expect(ids({ text: 'treasurer', hits: new Set(['b']) })).toEqual(['b', 'c']);
  });

  it('filters by status and date range together with the text', () => {
    expect(ids({ status: 'ready' })).toEqual(['a', 'd', 'c']);
    const range = { from: '2025-12-31T00:00:00.000Z', to: '2026-01-03T00:00:00.000Z' };
    expect(ids(range)).toEqual(['a', 'e', 'c']);
    expect(ids({ ...range, status: 'ready' })).toEqual(['a', 'c']);
    expect(ids({ ...range, status: 'ready', text: 'ferry' })).toEqual(['c']);
    expect(ids({ status: 'ready', text: 'ferry' })).toEqual(['d', 'c']);
  });

  it('counts the whole library and what the query lets through', () => {
    const view = libraryView(entries, { ...defaultLibraryQuery, status: 'draft' });
    expect(view).toMatchObject({ total: 5, shown: 3 });
    expect(view.entries).toHaveLength(view.shown);
    expect(isFiltered({ ...defaultLibraryQuery, sort: 'headline' })).toBe(false);
    expect(isFiltered({ ...defaultLibraryQuery, text: '  ' })).toBe(false);
    expect(isFiltered({ ...defaultLibraryQuery, status: 'draft' })).toBe(true);
    expect(isFiltered({ ...defaultLibraryQuery, from: '2026-01-01T00:00:00.000Z' })).toBe(true);
  });

  it('stays right at 100,000 entries', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      entry(
        `id${i}`,
        `Story ${i % 997}`,
        new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
        i % 3 === 0 ? 'ready' : 'draft',
      ),
    );
    const view = libraryView(many, {
      ...defaultLibraryQuery,
      status: 'ready',
      from: new Date(Date.UTC(2020, 0, 1) + 50_000 * 60_000).toISOString(),
      sort: 'headline',
    });
    // Ready is every third, from entry 50,000 on (50,001 is the first multiple of 3).
    expect(view.shown).toBe(many.slice(50_000).filter((e) => e.status === 'ready').length);
    expect(view.entries[0]!.headline).toBe('Story 0');
    expect(view.total).toBe(100_000);
  });
});

describe('dayRange', () => {
  it('bounds whole local days, both included, and leaves empty sides open', () => {
    const { from, to } = dayRange('2026-03-01', '2026-03-02');
    expect(new Date(from!).getTime()).toBe(new Date(2026, 2, 1).getTime());
    expect(new Date(to!).getTime()).toBe(new Date(2026, 2, 3).getTime());
    expect(dayRange('', '')).toEqual({ from: null, to: null });
    expect(dayRange('2026-13-45x', '').from).toBeNull();
  });
});

describe('applyLibraryChanges', () => {
  it('replaces changed entries in place, adds new ones first and drops removed ones', () => {
    const next = applyLibraryChanges(entries, {
      entries: [entry('b', 'Budget passes', '2026-01-04T00:00:00.000Z'), entry('z', 'New', 'x')],
      removed: ['d', 'unknown'],
    });
    expect(next.map((e) => e.id)).toEqual(['z', 'a', 'b', 'c', 'e']);
    expect(next.find((e) => e.id === 'b')?.headline).toBe('Budget passes');
    expect(entries.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
