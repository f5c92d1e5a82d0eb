import path from 'node:path';
import type { Article } from '../../core/article/article';
import type { Articles } from './articles';
import { StoreError } from './store-error';

/**
 * Saves like Articles.save but turns a conflict into a StoreError, for callers with no one
 * to ask (the CLI): a file that changed on disk since it was read is never overwritten.
 */
export async function saveOrRefuse(
  articles: Articles,
  article: Article,
  revision: string,
): Promise<{ revision: string; updated: string }> {
  const result = await articles.save(article, revision);
  if (result.ok) return { revision: result.revision, updated: result.updated };
  const folder = await articles.folder(article.id).catch(() => article.id);
  throw new StoreError(
    `article.json in "${path.basename(folder)}" changed on disk since it was read; it was not overwritten`,
  );
}
