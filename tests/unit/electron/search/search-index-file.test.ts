import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorruptSearchIndexError } from '../../../../core/search/postings-source';
import type { SearchDocument } from '../../../../core/search/search-document';
import { SearchIndex } from '../../../../core/search/search-index';
import {
  readSearchIndex,
  SEARCH_INDEX_VERSION,
  writeSearchIndex,
  type SavedSearchIndex,
} from '../../../../electron/search/search-index-file';
import { tempDir } from '../store/temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
const opened: { index: SearchIndex }[] = [];

beforeEach(async () => ({ dir, cleanup } = await tempDir('newsroom-search-file-')));
afterEach(async () => {
  for (const saved of opened.splice(0)) saved.index.close();
  await cleanup();
});

const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
  id,
  headline: '',
  standfirst: '',
  byline: '',
  body: '',
  ...fields,
});

const words = ['harbour', 'harvest', 'hare', 'zürich', 'o’brien', 'tram', 'vote', 'council'];
const docs = Array.from({ length: 300 }, (_, i) =>
  doc(`id${i.toString().padStart(4, '0')}`, {
    headline: `${words[i % 8]} ${words[(i * 3) % 8]}`,
    body: Array.from({ length: 5 + (i % 11) }, (_, k) => words[(i + k * k) % 8]).join(' '),
    byline: i % 10 === 0 ? 'Zoë Brennan' : '',
  }),
);
const queries = ['harbour', 'har', 'ha', 'zurich', 'obrien', 'brennan council', 'tram vote', 'q'];

function saved(): SavedSearchIndex {
  const index = new SearchIndex();
  for (const d of docs) index.put(d);
  index.remove('id0007');
  const stamps = new Map(docs.map((d, i) => [d.id, i % 2 ? `${i}.5:${i * 10}:${i + 1}` : '']));
  return { index, stamps };
}

const read = (file: string) => {
  const loaded = readSearchIndex(file);
  opened.push(loaded);
  return loaded;
};

describe('search index file', () => {
  it('round-trips ids, stamps and every answer in its order; the postings stay in the file', () => {
    const file = path.join(dir, 'search-index.bin');
    const original = saved();
    const answers = queries.map((q) => original.index.query(q));
    original.index.useSource(writeSearchIndex(file, original));
    opened.push(original);
    expect(queries.map((q) => original.index.query(q))).toEqual(answers);

    const loaded = read(file);
    expect(loaded.index.size).toBe(299);
    expect(queries.map((q) => loaded.index.query(q))).toEqual(answers);
    expect(answers[0]!.length).toBeGreaterThan(10);
    expect(loaded.stamps().get('id0003')).toBe('3.5:30:4');
    expect(loaded.stamps().get('id0002')).toBe('');
    expect(loaded.stamps().has('id0007')).toBe(false);
    // Changes after loading land beside the frozen postings and are saved with them.
    loaded.index.put(doc('new', { headline: 'harbour gala' }));
    loaded.index.remove('id0001');
    const stamps = loaded.stamps();
    stamps.set('new', '1:2:3');
    const file2 = path.join(dir, 'again.bin');
    loaded.index.useSource(writeSearchIndex(file2, { index: loaded.index, stamps }));
    const again = read(file2);
    expect(again.index.query('gala')).toEqual(['new']);
    expect(again.index.size).toBe(299);
    expect(again.index.query('harbour')).toEqual(loaded.index.query('harbour'));
    expect(again.stamps().get('new')).toBe('1:2:3');
  });

  it('saves and loads an empty index', () => {
    const file = path.join(dir, 'empty.bin');
    const empty = { index: new SearchIndex(), stamps: new Map<string, string>() };
    writeSearchIndex(file, empty).close();
    const loaded = read(file);
    expect(loaded.index.size).toBe(0);
    expect(loaded.index.query('anything')).toEqual([]);
  });

  it.each([
    [
      'of another version',
      (b: Buffer) => b.writeUInt32LE(SEARCH_INDEX_VERSION - 1, 4),
      /version 2/,
    ],
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 1), /wrong size/],
    ['with a flipped dictionary byte', (b: Buffer) => b.writeUInt8(b[100]! ^ 1, 100), /checksum/],
    ['too short', (b: Buffer) => b.subarray(0, 20), /too short/],
    ['not an index', () => Buffer.alloc(200, 7), /not a search index/],
  ])('is refused when %s', (_name, damage, reason) => {
    const file = path.join(dir, 'search-index.bin');
    writeSearchIndex(file, saved()).close();
    const bytes = readFileSync(file);
    const damaged = damage(bytes);
    writeFileSync(file, Buffer.isBuffer(damaged) ? damaged : bytes);
    expect(() => readSearchIndex(file)).toThrow(reason);
  });

  it('loads with damaged postings, then refuses the damaged term when a query reads it', () => {
    const file = path.join(dir, 'search-index.bin');
    writeSearchIndex(file, saved()).close();
    const bytes = readFileSync(file);
    const last = bytes.length - 1;
    bytes[last] = bytes[last]! ^ 0x40;
    writeFileSync(file, bytes);
    const loaded = read(file);
    // Terms are stored in order: the last byte belongs to the last term, "zurich".
    expect(loaded.index.query('tram').length).toBeGreaterThan(0);
    expect(() => loaded.index.query('zurich')).toThrow(CorruptSearchIndexError);
    expect(() => loaded.index.query('zu')).toThrow(/checksum/);
  });
});
