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

/** The article as format 1 stored it: no language. */
function asFormatOne(article: Article): Record<string, unknown> {
  const { language: _language, ...rest } = article;
  return { ...rest, format: 1 };
}

describe('article format migration', () => {
  it('is at format 2, the first with a language', () => {
    expect(ARTICLE_FORMAT).toBe(2);
  });

  it('reads a format 1 file as English, everything else unchanged', async () => {
    const data: unknown = JSON.parse(await readFile(formatOneFile, 'utf8'));
    const article = parseArticle(data);
    expect(article.format).toBe(2);
    expect(article.language).toBe('en');
    expect(article).toEqual(sampleArticle());
    // The file's key order is kept, with the language after the id.
    expect(Object.keys(article).slice(0, 4)).toEqual(['format', 'id', 'language', 'kicker']);
  });

  it('reads every article of the hostile corpus written as format 1', () => {
    for (const article of payloads.map(hostileArticle))
      expect(parseArticle(asFormatOne(article))).toEqual({ ...article, language: 'en' });
  });

  it('leaves current files alone and keeps their language', () => {
    const arabic = sampleArticle({ language: 'ar' });
    expect(parseArticle(JSON.parse(JSON.stringify(arabic)))).toEqual(arabic);
  });

  it('refuses a newer format by name instead of guessing', () => {
    const future = { ...sampleArticle(), format: 3 };
    expect(() => parseArticle(future)).toThrow(InvalidArticleError);
    expect(() => parseArticle(future)).toThrow(/^format: format 3 is newer than .* reads \(2\)/);
  });

  it('refuses formats that never existed', () => {
    expect(() => parseArticle({ ...asFormatOne(sampleArticle()), format: 0 })).toThrow(
      /^format: format 0 is not an article format/,
    );
    expect(() => parseArticle({ ...sampleArticle(), format: '2' })).toThrow(/^format:/);
  });

  it('keeps a language a format 1 file already carries, validated like any other', () => {
    const withLanguage = { ...asFormatOne(sampleArticle()), language: 'AR' };
    expect(parseArticle(withLanguage).language).toBe('ar');
    expect(() => parseArticle({ ...withLanguage, language: 'Arabic!' })).toThrow(/^language:/);
  });
});
