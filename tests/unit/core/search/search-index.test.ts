import { describe, expect, it } from 'vitest';
import { createArticle } from '../../../../core/article/article';
import {
  bodySearchText,
  searchDocument,
  type SearchDocument,
} from '../../../../core/search/search-document';
import { SearchIndex } from '../../../../core/search/search-index';

const body = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The council ' },
        { type: 'text', text: 'approved', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' the tramway.' },
      ],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Reactions' }] },
    {
      type: 'figure',
      attrs: { src: 'a.jpg', caption: 'Protesters outside city hall', credit: 'AFP' },
    },
  ],
};

function doc(id: string, fields: Partial<SearchDocument>): SearchDocument {
  return { id, headline: '', standfirst: '', byline: '', body: '', ...fields };
}

describe('searchDocument', () => {
  it('extracts body text block by block, with figure captions but not credits', () => {
    const text = bodySearchText(body);
    expect(text).toContain('The council approved the tramway.\n');
    expect(text).toContain('Reactions\n');
    expect(text).toContain('Protesters outside city hall');
    expect(text).not.toContain('AFP');
  });

  it('reads an Article and tolerates junk', () => {
    const article = createArticle({ headline: 'Tram vote', byline: 'Ana Ruiz' });
    expect(searchDocument(article)).toMatchObject({
      id: article.id,
      headline: 'Tram vote',
      byline: 'Ana Ruiz',
    });
    expect(searchDocument({ id: 'x', headline: 3, body: 'nope' })).toEqual(doc('x', {}));
  });
});

describe('SearchIndex', () => {
  const build = () => {
    const index = new SearchIndex();
    index.put(doc('a', { headline: 'Tramway approved', body: bodySearchText(body) }));
    index.put(doc('b', { headline: 'Budget', standfirst: 'The council cuts the tramway budget' }));
    index.put(doc('c', { headline: 'Elections', byline: 'Zoë Brennan' }));
    return index;
  };

  it('finds exact words in every field', () => {
    const index = build();
    expect(index.size).toBe(3);
    expect(index.query('tramway').sort()).toEqual(['a', 'b']);
    expect(index.query('brennan')).toEqual(['c']);
    expect(index.query('protesters')).toEqual(['a']);
  });

  it('matches prefixes from two letters, and folds accents in queries', () => {
    const index = build();
    expect(index.query('elect')).toEqual(['c']);
    expect(index.query('ZOE')).toEqual(['c']);
    expect(index.query('br')).toEqual(['c']);
    // One letter is matched as a whole word only.
    expect(index.query('b')).toEqual([]);
  });

  it('requires every word, across fields, and ranks headline matches first', () => {
    const index = build();
    expect(index.query('council budget')).toEqual(['b']);
    expect(index.query('elections brennan')).toEqual(['c']);
    expect(index.query('tramway')[0]).toBe('a');
    expect(index.query('budget')).toEqual(['b']);
  });

  it('ranks an exact word above a longer word it starts', () => {
    const index = new SearchIndex();
    index.put(doc('long', { body: 'councillors' }));
    index.put(doc('exact', { body: 'council' }));
    expect(index.query('council')).toEqual(['exact', 'long']);
  });

  it('returns nothing for a query without words, and honours the limit', () => {
    const index = build();
    expect(index.query(' ,. ')).toEqual([]);
    expect(index.query('tramway', 1)).toHaveLength(1);
  });

  it('replaces and removes documents', () => {
    const index = build();
    index.put(doc('c', { headline: 'Referendum' }));
    expect(index.size).toBe(3);
    expect(index.query('elections')).toEqual([]);
    expect(index.query('referendum')).toEqual(['c']);
    index.remove('c');
    index.remove('missing');
    expect(index.query('referendum')).toEqual([]);
    expect(index.has('c')).toBe(false);
  });

  it('stays correct through many replacements (compaction)', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 50; i++) index.put(doc(`d${i}`, { headline: `storm ${i}` }));
    for (let round = 0; round < 60; round++)
      for (let i = 0; i < 50; i++) index.put(doc(`d${i}`, { headline: `storm round${round}` }));
    expect(index.size).toBe(50);
    expect(index.query('storm')).toHaveLength(50);
    expect(index.query('round59')).toHaveLength(50);
    expect(index.query('round58')).toEqual([]);
  });
});

describe('SearchIndex, frozen and added', () => {
  // Deterministic pseudo-random words from a small vocabulary, so prefixes and words overlap.
  const vocabulary = ['council', 'councillor', 'count', 'court', 'cost', 'tram', 'trams', 'vote'];
  const pick = (seed: number, n: number) =>
    Array.from({ length: n }, (_, i) => vocabulary[(seed * 7 + i * 13 + ((seed * i) % 5)) % 8]!);
  const docs = Array.from({ length: 60 }, (_, i) =>
    doc(`d${i}`, {
      headline: pick(i, 1 + (i % 3)).join(' '),
      body: pick(i + 100, 3 + (i % 7)).join(' '),
    }),
  );
  const queries = ['council', 'co', 'cou', 'tram', 'tr', 'vote co', 'court tram', 'cost', 'x'];

  it('answers the same, in the same order, before and after packing', () => {
    const index = new SearchIndex();
    for (const d of docs) index.put(d);
    const before = queries.map((q) => index.query(q));
    index.pack();
    expect(queries.map((q) => index.query(q))).toEqual(before);
    expect(before.some((ids) => ids.length > 1)).toBe(true);
  });

  it('mixes frozen documents with ones added, replaced and removed since', () => {
    const mixed = new SearchIndex();
    for (const d of docs.slice(0, 40)) mixed.put(d);
    mixed.pack();
    for (const d of docs.slice(40)) mixed.put(d);
    mixed.put(doc('d3', { headline: 'quorum', body: 'tram' }));
    mixed.remove('d5');
    mixed.remove('d45');

    const fresh = new SearchIndex();
    for (const d of docs) if (d.id !== 'd5' && d.id !== 'd45' && d.id !== 'd3') fresh.put(d);
    fresh.put(doc('d3', { headline: 'quorum', body: 'tram' }));
    for (const q of [...queries, 'quorum', 'quo']) {
      expect(new Set(mixed.query(q)), q).toEqual(new Set(fresh.query(q)));
    }
    expect(mixed.query('quorum')).toEqual(['d3']);
    expect(mixed.size).toBe(58);
    mixed.pack();
    expect(mixed.size).toBe(58);
    expect(mixed.query('quo')).toEqual(['d3']);
    expect(mixed.has('d5')).toBe(false);
  });

  it('finds exactly the documents holding every word, whole or as a prefix', () => {
    const index = new SearchIndex();
    for (const d of docs.slice(0, 30)) index.put(d);
    index.pack();
    for (const d of docs.slice(30)) index.put(d);
    const words = (d: SearchDocument) => `${d.headline} ${d.body}`.split(' ');
    for (const q of queries) {
      const expected = docs
        .filter((d) =>
          q
            .split(' ')
            .every((w) => words(d).some((t) => t === w || (w.length > 1 && t.startsWith(w)))),
        )
        .map((d) => d.id)
        .sort();
      expect(index.query(q).sort(), q).toEqual(expected);
    }
  });

  it('ranks by field weight × (1 + log tf), frozen and added alike', () => {
    const index = new SearchIndex();
    index.put(doc('body-once', { body: 'storm' }));
    index.put(doc('headline', { headline: 'storm' }));
    index.put(doc('body-thrice', { body: 'storm storm storm' }));
    index.pack();
    index.put(doc('standfirst', { standfirst: 'storm' }));
    expect(index.query('storm')).toEqual([
      'headline', // 4
      'body-thrice', // 1 + log 3 ≈ 2.1
      'standfirst', // 2
      'body-once', // 1
    ]);
  });

  it('expands a prefix to its most frequent terms only, within the postings budget', () => {
    const index = new SearchIndex({ prefixPostings: 5 });
    // "cat" is in 4 documents, "cab" in 2, "cap" in 1: a budget of 5 takes "cat" alone.
    ['cat', 'cat', 'cat', 'cat cab', 'cab', 'cap'].forEach((body, i) =>
      index.put(doc(`d${i}`, { body })),
    );
    index.pack();
    expect(index.query('ca').sort()).toEqual(['d0', 'd1', 'd2', 'd3']);
    // The exact word always counts, and a longer prefix has fewer terms to choose from.
    expect(index.query('cap')).toEqual(['d5']);
    expect(index.query('cab').sort()).toEqual(['d3', 'd4']);
    // A budget that holds every expansion changes nothing.
    const wide = new SearchIndex({ prefixPostings: 100 });
    ['cat', 'cat', 'cat', 'cat cab', 'cab', 'cap'].forEach((body, i) =>
      wide.put(doc(`d${i}`, { body })),
    );
    expect(wide.query('ca').sort()).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5']);
  });
});
