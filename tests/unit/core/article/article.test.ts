import { describe, expect, it } from 'vitest';
import { createArticle, InvalidArticleError, parseArticle } from '../../../../core/article/article';
import { slugify } from '../../../../core/article/slug';

describe('article model', () => {
  it('creates a valid empty draft', () => {
    const article = createArticle({ headline: 'Floods in Dhaka' });
    expect(article.status).toBe('draft');
    expect(article.id).toMatch(/^[0-9a-z]{16}$/);
    expect(parseArticle(JSON.parse(JSON.stringify(article)))).toEqual(article);
  });

  it('names the field at fault', () => {
    const bad = { ...createArticle(), status: 'published' };
    expect(() => parseArticle(bad)).toThrow(InvalidArticleError);
    expect(() => parseArticle(bad)).toThrow(/^status:/);
  });

  it('refuses unknown keys and bodies that do not fit the schema', () => {
    expect(() => parseArticle({ ...createArticle(), extra: 1 })).toThrow(/Unrecognized key/);
    const body = { type: 'doc', content: [{ type: 'script', text: 'x' }] };
    expect(() => parseArticle({ ...createArticle(), body })).toThrow(/^body:/);
  });

  it('slugs headlines', () => {
    expect(slugify('Léon wins: the 2026 Tour!')).toBe('leon-wins-the-2026-tour');
    expect(slugify('  ')).toBe('untitled');
  });
});
