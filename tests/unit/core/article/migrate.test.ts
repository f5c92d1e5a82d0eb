import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_FORMAT,
  InvalidArticleError,
  parseArticle,
  type Article,
} from '../../../../core/article/article';
import { hostileArticle, payloads } from '../../../e2e/hostile-corpus';
import { sampleArticle } from '../export/sample-article';

const formatOneFile = new URL('../../../fixtures/format-1/article.json', import.meta.url);

/** The article as format 1 stored it: no language, no keywords. */
function asFormatOne(article: Article): Record<string, unknown> {
  const { language: _language, keywords: _keywords, ...rest } = article;
  return { ...rest, format: 1 };
}

/** The article as format 2 stored it: no keywords. */
function asFormatTwo(article: Article): Record<string, unknown> {
  const { keywords: _keywords, ...rest } = article;
  return { ...rest, format: 2 };
}

describe('article format migration', () => {
  it('is at format 3, the first with keywords', () => {
    expect(ARTICLE_FORMAT).toBe(3);
  });

  it('reads a format 1 file as English without keywords, everything else unchanged', async () => {
    const data: unknown = JSON.parse(await readFile(formatOneFile, 'utf8'));
    const article = parseArticle(data);
    expect(article.format).toBe(3);
    expect(article.language).toBe('en');
    expect(article).toEqual(sampleArticle({ keywords: [] }));
    // The file's key order is kept, with the language after the id, the keywords after the dateline.
    expect(Object.keys(article).slice(0, 4)).toEqual(['format', 'id', 'language', 'kicker']);
    expect(Object.keys(article).indexOf('keywords')).toBe(
      Object.keys(article).indexOf('dateline') + 1,
    );
  });

  it('reads a format 2 file with no keywords, everything else unchanged', () => {
    const arabic = sampleArticle({ language: 'ar', keywords: [] });
    expect(parseArticle(JSON.parse(JSON.stringify(asFormatTwo(arabic))))).toEqual(arabic);
  });

  it('reads every article of the hostile corpus written as format 1 or 2', () => {
    for (const article of payloads.map(hostileArticle)) {
      expect(parseArticle(asFormatOne(article))).toEqual({
        ...article,
        language: 'en',
        keywords: [],
      });
      expect(parseArticle(asFormatTwo(article))).toEqual({ ...article, keywords: [] });
    }
  });

  it('leaves current files alone and keeps their language', () => {
    const arabic = sampleArticle({ language: 'ar' });
    expect(parseArticle(JSON.parse(JSON.stringify(arabic)))).toEqual(arabic);
  });

  it('refuses a newer format by name instead of guessing', () => {
    const future = { ...sampleArticle(), format: 4 };
    expect(() => parseArticle(future)).toThrow(InvalidArticleError);
    expect(() => parseArticle(future)).toThrow(/^format: format 4 is newer than .* reads \(3\)/);
  });

  it('refuses keywords the field could not hold', () => {
    for (const keywords of [[''], [' padded'], ['a,b'], ['line\nbreak'], ['Oslo', 'oslo']])
      expect(() => parseArticle({ ...sampleArticle(), keywords })).toThrow(/^keywords/);
  });

  it('refuses formats that never existed', () => {
    expect(() => parseArticle({ ...asFormatOne(sampleArticle()), format: 0 })).toThrow(
      /^format: format 0 is not an article format/,
    );
    expect(() => parseArticle({ ...sampleArticle(), format: '3' })).toThrow(/^format:/);
  });

  it('keeps a language a format 1 file already carries, validated like any other', () => {
    const withLanguage = { ...asFormatOne(sampleArticle()), language: 'AR' };
    expect(parseArticle(withLanguage).language).toBe('ar');
    expect(() => parseArticle({ ...withLanguage, language: 'Arabic!' })).toThrow(/^language:/);
  });
});
