import { describe, expect, it } from 'vitest';
import { createArticle } from '../../../../core/article/article';
import {
  bodySearchText,
  searchDocument,
  type SearchDocument,
} from '../../../../core/search/search-document';
import {
  createSearchIndex,
  putDocument,
  queryIndex,
  removeDocument,
} from '../../../../core/search/search-index';

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

describe('search index', () => {
  const index = createSearchIndex();
  putDocument(index, doc('a', { headline: 'Tramway approved', body: bodySearchText(body) }));
  putDocument(
    index,
    doc('b', { headline: 'Budget', standfirst: 'The council cuts the tramway budget' }),
  );
  putDocument(index, doc('c', { headline: 'Elections', byline: 'Zoë Brennan' }));

  it('finds exact words in every field', () => {
    expect(queryIndex(index, 'tramway').sort()).toEqual(['a', 'b']);
    expect(queryIndex(index, 'brennan')).toEqual(['c']);
    expect(queryIndex(index, 'protesters')).toEqual(['a']);
  });

  it('matches prefixes and folds accents in queries', () => {
    expect(queryIndex(index, 'elect')).toEqual(['c']);
    expect(queryIndex(index, 'ZOE')).toEqual(['c']);
  });

  it('requires every word and ranks headline matches first', () => {
    expect(queryIndex(index, 'council budget')).toEqual(['b']);
    expect(queryIndex(index, 'tramway')[0]).toBe('a');
  });

  it('returns nothing for a query without words, and honours the limit', () => {
    expect(queryIndex(index, ' ,. ')).toEqual([]);
    expect(queryIndex(index, 'tramway', 1)).toHaveLength(1);
  });

  it('replaces and removes documents', () => {
    putDocument(index, doc('c', { headline: 'Referendum' }));
    expect(queryIndex(index, 'elections')).toEqual([]);
    expect(queryIndex(index, 'referendum')).toEqual(['c']);
    removeDocument(index, 'c');
    removeDocument(index, 'missing');
    expect(queryIndex(index, 'referendum')).toEqual([]);
  });
});
