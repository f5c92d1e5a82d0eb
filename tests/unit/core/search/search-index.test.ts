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
