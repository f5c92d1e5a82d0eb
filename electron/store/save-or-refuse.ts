import type { Article } from '../../core/article/article';
import { StoreError } from './store-error';
import type { Workspace } from './workspace';

/**
 * Saves like Workspace.save but turns a conflict into a StoreError, for callers with no one
 * to ask (the CLI): a file that changed on disk since it was read is never overwritten.
 */
export async function saveOrRefuse(
  ws: Workspace,
  article: Article,
  revision: string,
): Promise<{ revision: string; updated: string }> {
  const result = await ws.save(article, revision);
  if (result.ok) return { revision: result.revision, updated: result.updated };
  const folder = await ws.articleDir(article.id).catch(() => article.id);
  throw new StoreError(
    `article.json in "${folder.split(/[\\/]/).pop()}" changed on disk since it was read; it was not overwritten`,
  );
}
