import { ARTICLE_FORMAT } from '../../core/article/format';
import { articleStatuses, type ArticleStatus } from '../../core/article/status';
import { countBodyJsonWords } from '../../core/body/count-body-json';
import { scanArticleJson } from './article-json-scan';
import { ARTICLE_FILE } from './layout';

/** What the library shows of an article, or why its file could not be listed. */
export type ArticleSummary =
  { headline: string; status: ArticleStatus; updated: string; words: number } | { error: string };

const isoDate = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

/**
 * The library's fields of an article.json (headline, status, updated, word count), checking only
 * those: listing thousands of articles must not validate every body node. Opening an article
 * still validates all of it. Errors name the file, as the store's do.
 */
export function summarizeArticleJson(text: string, folderName: string, id: string): ArticleSummary {
  const label = `${ARTICLE_FILE} in "${folderName}"`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `${label} is not valid JSON: ${(error as Error).message}` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { error: `${label} is not a valid article: article: not an object` };
  const a = data as Record<string, unknown>;
  const body = a.body as { type?: unknown } | null;
  return checkSummary(a, body, label, id, () =>
    countBodyJsonWords(body, typeof a.language === 'string' ? a.language : undefined),
  );
}

/**
 * summarizeArticleJson of a file's bytes, without building the article: one scan checks the JSON
 * and collects the body's text; files the scan leaves aside are parsed in full.
 */
export function summarizeArticleBytes(
  bytes: Buffer,
  folderName: string,
  id: string,
): ArticleSummary {
  const scanned = scanArticleJson(bytes);
  if (!scanned) return summarizeArticleJson(bytes.toString('utf8'), folderName, id);
  const a = scanned.fields;
  const body = { type: scanned.bodyType };
  return checkSummary(a, body, `${ARTICLE_FILE} in "${folderName}"`, id, () =>
    scanned.words(typeof a.language === 'string' ? a.language : undefined),
  );
}

function checkSummary(
  a: Record<string, unknown>,
  body: { type?: unknown } | null,
  label: string,
  id: string,
  words: () => number,
): ArticleSummary {
  const invalid = (field: string, why: string) => ({
    error: `${label} is not a valid article: ${field}: ${why}`,
  });
  if (typeof a.format !== 'number' || !Number.isInteger(a.format) || a.format < 1)
    return invalid('format', 'not an article format');
  if (a.format > ARTICLE_FORMAT)
    return invalid(
      'format',
      `format ${a.format} is newer than this version of Newsroom reads (${ARTICLE_FORMAT}); update Newsroom to open it`,
    );
  if (a.id !== id)
    return { error: `${label} has id "${String(a.id)}", but its folder says "${id}"` };
  if (typeof a.headline !== 'string') return invalid('headline', 'not text');
  if (!articleStatuses.includes(a.status as ArticleStatus))
    return invalid('status', 'unknown status');
  if (typeof a.updated !== 'string' || !isoDate.test(a.updated))
    return invalid('updated', 'not a date and time');
  if (!body || typeof body !== 'object' || body.type !== 'doc')
    return invalid('body', 'body does not fit the body schema');
  return {
    headline: a.headline,
    status: a.status as ArticleStatus,
    updated: a.updated,
    words: words(),
  };
}
