import path from 'node:path';
import type { Article } from '../../core/article/article';
import { renameWithRetry, syncDir } from './atomic-write';
import { articleFolderName } from './layout';
import { pathExists } from './path-exists';
import type { StoreContext } from './store-context';

/**
 * Renames an article folder to `<headline-slug>--<id>` after its headline changed; returns the
 * folder's name now. The old name stays when the new one is taken or the rename fails.
 */
export async function renameToHeadline(
  ctx: StoreContext,
  article: Article,
  folder: string,
): Promise<string> {
  const wanted = path.join(ctx.root, articleFolderName(article.headline, article.id));
  if (wanted === folder || (await pathExists(ctx.fs, wanted))) return folder;
  try {
    await renameWithRetry(ctx.fs, folder, wanted, [20, 60]);
    await syncDir(ctx.root, ctx.fs);
    return wanted;
  } catch {
    // The name is cosmetic (the id finds the folder); a busy folder keeps its old name.
    return folder;
  }
}
