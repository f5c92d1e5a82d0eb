import { z } from 'zod';
import { bodyNode, emptyBody, type BodyJSON } from '../body/schema';
import { FALLBACK_LANGUAGE, languageTag } from '../language/language-tag';
import { ArticleFormatError, migrateArticle } from './migrate';
import { newArticleId } from './article-id';
import { keywordsSchema } from './keywords';
import { photoSchema } from './photo';
import { ARTICLE_FORMAT } from './format';
import { articleStatuses } from './status';

export { articleStatuses, type ArticleStatus } from './status';

export { ARTICLE_FORMAT } from './format';

/** Article ids are lowercase base-32, so they are safe as file names on every platform. */
export const articleId = z.string().regex(/^[0-9a-z]{16}$/, 'not an article id');

const isoDateTime = z.iso.datetime({ offset: true });

const bodySchemaZ = z.custom<BodyJSON>((value) => {
  try {
    bodyNode(value);
    return true;
  } catch {
    return false;
  }
}, 'body does not fit the body schema');

export const articleSchema = z.strictObject({
  format: z.literal(ARTICLE_FORMAT),
  id: articleId,
  /** BCP 47 tag of the language the article is written in (canonical form: `en-GB`, `ar`, `nb`). */
  language: languageTag,
  kicker: z.string().max(500),
  headline: z.string().max(1_000),
  standfirst: z.string().max(5_000),
  byline: z.string().max(500),
  dateline: z.string().max(500),
  /** Words and names the article is about, for search and the exports' subjects. */
  keywords: keywordsSchema,
  published: isoDateTime.nullable(),
  status: z.enum(articleStatuses),
  body: bodySchemaZ,
  leadPhoto: photoSchema.nullable(),
  created: isoDateTime,
  updated: isoDateTime,
});

export type Article = z.infer<typeof articleSchema>;

/** The fields a writer edits; everything else is managed by the store. */
export type ArticleEdits = Omit<Article, 'format' | 'id' | 'created' | 'updated'>;

/** Thrown when data does not describe a valid article; the message names the first problem. */
export class InvalidArticleError extends Error {
  override name = 'InvalidArticleError';
}

/**
 * Validates unknown data as an article, bringing earlier formats up to date first; throws
 * InvalidArticleError naming the field at fault.
 */
export function parseArticle(data: unknown): Article {
  let current: unknown;
  try {
    current = migrateArticle(data, ARTICLE_FORMAT);
  } catch (error) {
    if (error instanceof ArticleFormatError)
      throw new InvalidArticleError(`format: ${error.message}`);
    throw error;
  }
  const result = articleSchema.safeParse(current);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : 'article';
  throw new InvalidArticleError(`${where}: ${issue.message}`);
}

export { newArticleId } from './article-id';

/** A new empty draft. */
export function createArticle(init: Partial<ArticleEdits> = {}, now = new Date()): Article {
  const stamp = now.toISOString();
  return parseArticle({
    format: ARTICLE_FORMAT,
    id: newArticleId(),
    language: FALLBACK_LANGUAGE,
    kicker: '',
    headline: '',
    standfirst: '',
    byline: '',
    dateline: '',
    keywords: [],
    published: null,
    status: 'draft',
    body: emptyBody(),
    leadPhoto: null,
    created: stamp,
    updated: stamp,
    ...init,
  });
}
