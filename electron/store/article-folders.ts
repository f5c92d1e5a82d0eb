import path from 'node:path';
import type { Article } from '../../core/article/article';
import { articleLabel, serializeArticle } from './article-file';
import { atomicWrite, renameWithRetry, syncDir } from './atomic-write';
import { renameToHeadline } from './folder-rename';
import { ARTICLE_FILE, PHOTOS_DIR, articleFolderName, idFromFolderName } from './layout';
import type { LibraryIndex } from './library-index';
import { isDirectory } from './path-exists';
import { checkArticleId, ensureInside } from './path-safety';
import type { StoreContext } from './store-context';
import { StoreError, describeError } from './store-error';

/** A written article: its folder now and the bytes of its article.json. */
export interface WrittenArticle {
  folder: string;
  bytes: Uint8Array;
}

/**
 * Article folders on disk: finds the folder of an id, creates a new folder whole, and writes
 * article.json in place (renaming the folder when the headline changed). Keeps the index in step.
 */
export class ArticleFolders {
  constructor(
    private readonly ctx: StoreContext,
    private readonly index: LibraryIndex,
  ) {}

  /** The folder of an article id (validated, inside the workspace, no symlink escape). */
  async locate(id: string): Promise<string> {
    const { root, fs } = this.ctx;
    checkArticleId(id);
    let name = this.index.folderOf(id);
    if (!name || !(await isDirectory(fs, path.join(root, name)))) {
      name = (await fs.readdir(root)).find((n) => idFromFolderName(n) === id) ?? null;
    }
    if (!name || !(await isDirectory(fs, path.join(root, name))))
      throw new StoreError(`article ${id} does not exist in workspace "${root}"`);
    const folder = path.join(root, name);
    await ensureInside(fs, root, folder, `article folder "${name}"`);
    return folder;
  }

  /**
   * Writes a brand-new article folder (with the photos of `photosFrom`, if given): built in
   * .newsroom/staging, then renamed into place whole, so no half-made folder is ever listed.
   */
  async create(article: Article, photosFrom: string | null): Promise<WrittenArticle> {
    const { root, fs, paths } = this.ctx;
    const name = articleFolderName(article.headline, article.id);
    const staging = path.join(paths.staging, String(process.pid), name);
    const label = articleLabel(name);
    const bytes = serializeArticle(article);
    try {
      await fs.mkdir(staging);
      const photos = path.join(staging, PHOTOS_DIR);
      if (photosFrom && (await isDirectory(fs, path.join(photosFrom, PHOTOS_DIR))))
        await fs.copyDir(path.join(photosFrom, PHOTOS_DIR), photos);
      else await fs.mkdir(photos);
      await atomicWrite(path.join(staging, ARTICLE_FILE), bytes, { fs, label });
      await renameWithRetry(fs, staging, path.join(root, name));
    } catch (error) {
      await fs.rm(staging, { recursive: true });
      if (error instanceof StoreError) throw error;
      throw new StoreError(`could not create ${label}: ${describeError(error)}`, { cause: error });
    }
    await syncDir(root, fs);
    const folder = path.join(root, name);
    await this.index.put(article, folder);
    return { folder, bytes };
  }

  /** Replaces article.json atomically, then renames the folder to match the headline. */
  async write(article: Article, folder: string): Promise<WrittenArticle> {
    const bytes = serializeArticle(article);
    await atomicWrite(path.join(folder, ARTICLE_FILE), bytes, {
      fs: this.ctx.fs,
      label: articleLabel(folder),
    });
    const final = await renameToHeadline(this.ctx, article, folder);
    await this.index.put(article, final);
    return { folder: final, bytes };
  }

  /** Forgets an article that left the workspace (moved to the trash). */
  removed(id: string): void {
    this.index.remove(id);
  }
}
