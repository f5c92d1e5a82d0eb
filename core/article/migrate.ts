import { FALLBACK_LANGUAGE } from '../language/language-tag';

/** Thrown when article data cannot be brought to the current format; the message says why. */
export class ArticleFormatError extends Error {
  override name = 'ArticleFormatError';
}

type Fields = Record<string, unknown>;

// One step per format: step[n] turns a format-n article into format n + 1.
const steps: Record<number, (article: Fields) => Fields> = {
  // Format 1 had no language; its exports all said English, so that is what it was published as.
  1: ({ format: _format, id, ...rest }) => ({
    format: 2,
    id,
    language: FALLBACK_LANGUAGE,
    ...rest,
  }),
  // Format 2 had no keywords; an article without them has none.
  2: ({ format: _format, ...rest }) => withKeywordsAfterDateline({ format: 3, ...rest }),
};

/** The article with an empty `keywords` after its dateline, where format 3 writes it. */
function withKeywordsAfterDateline(article: Fields): Fields {
  const entries = Object.entries(article);
  const at = entries.findIndex(([key]) => key === 'dateline');
  entries.splice(at === -1 ? entries.length : at + 1, 0, ['keywords', []]);
  return Object.fromEntries(entries);
}

/**
 * Brings article data of any earlier format up to `current`; data already current, or not an
 * object, is returned as it is for validation to judge. Newer formats are refused by name.
 */
export function migrateArticle(data: unknown, current: number): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  let article = data as Fields;
  const format = article.format;
  if (typeof format !== 'number' || !Number.isInteger(format) || format === current) return data;
  if (format > current)
    throw new ArticleFormatError(
      `format ${format} is newer than this version of Newsroom reads (${current}); update Newsroom to open it`,
    );
  for (let version = format; version < current; version++) {
    const step = steps[version];
    if (!step) throw new ArticleFormatError(`format ${format} is not an article format`);
    article = step(article);
  }
  return article;
}
