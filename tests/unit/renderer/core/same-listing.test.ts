import { expect, it } from 'vitest';
import type { LibraryEntry } from '../../../../electron/ipc/contract';
import { sameListing } from '../../../../renderer/src/core/same-listing';

const entry: LibraryEntry = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  headline: 'Floods in the valley',
  status: 'draft',
  updated: '2026-12-07T10:00:00.000Z',
  words: 0,
};

it('a listing read again unchanged is the same, even as new objects', () => {
  expect(sameListing([entry], [{ ...entry }])).toBe(true);
  expect(sameListing([], [])).toBe(true);
});

it('any shown difference makes it another listing', () => {
  const changes: Partial<LibraryEntry>[] = [
    { id: 'c0ffee00-0000-4000-8000-000000000002' },
    { headline: 'Floods in the valley, farms cut off' },
    { status: 'ready' },
    { updated: '2026-12-07T10:00:01.000Z' },
    { words: 1 },
    { error: 'article.json could not be read' },
  ];
  for (const change of changes) expect(sameListing([entry], [{ ...entry, ...change }])).toBe(false);
  expect(
    sameListing([entry], [entry, { ...entry, id: 'c0ffee00-0000-4000-8000-000000000003' }]),
  ).toBe(false);
  expect(
    sameListing([entry, { ...entry, headline: 'B' }], [{ ...entry, headline: 'B' }, entry]),
  ).toBe(false);
});
