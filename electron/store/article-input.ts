import { InvalidArticleError, parseArticle, type Article } from '../../core/article/article';
import { StoreError, describeError } from './store-error';

/** An article a caller hands to the store, validated; StoreError saying what is wrong otherwise. */
export function validArticle(article: unknown, what = 'the article to save'): Article {
  try {
    return parseArticle(article);
  } catch (error) {
    throw invalidArticle(what, error);
  }
}

/** The StoreError for an article that failed validation. */
export function invalidArticle(what: string, error: unknown): StoreError {
  const reason = error instanceof InvalidArticleError ? error.message : describeError(error);
  return new StoreError(`${what} is not valid: ${reason}`, { cause: error });
}

/** Same text, ignoring the save time. */
export function sameText(a: Article, b: Article): boolean {
  return JSON.stringify({ ...a, updated: '' }) === JSON.stringify({ ...b, updated: '' });
}
