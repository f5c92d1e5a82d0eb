import {
  createArticle,
  newArticleId,
  type Article,
  type ArticleEdits,
} from '../../core/article/article';
import { invalidArticle, sameText, validArticle } from './article-input';
import { articleLabel, parseArticleBytes, readArticleBytes, readArticleFile } from './article-file';
import type { ArticleFolders } from './article-folders';
import { moveToTrash } from './article-trash';
import type { History } from './history';
import type { Leftovers } from './leftovers';
import type { LibraryIndex } from './library-index';
import { LibraryWatch, type LibraryWatchOptions } from './library-watch';
import type { Recovery } from './recovery';
import { revisionOf } from './revision';
import type { StoreContext } from './store-context';
import type { WorkspaceSettings } from './workspace-settings';
import { StoreError } from './store-error';
import type { LibraryEntry, OpenedArticle, SaveResult } from './store-types';

const COPY_SUFFIX = ' (copy)';

/** What the article parts need from the rest of the workspace. */
export interface ArticlesDeps {
  index: LibraryIndex;
  folders: ArticleFolders;
  leftovers: Leftovers;
  history: History;
  recovery: Recovery;
  settings: WorkspaceSettings;
}

/** The articles of a workspace: list, create, read, save (revision-checked), copy and delete. */
export class Articles {
  private readonly watches = new Set<LibraryWatch>();

  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: ArticlesDeps,
  ) {}

  /**
   * Every readable article as "id\tfolder\tmtimeMs:size:ino" lines (ASCII bytes), after checking
   * the folders: what the search index compares its saved stamps with.
   */
  async fileStamps(): Promise<Uint8Array<ArrayBuffer>> {
    this.ctx.access.assertOpen();
    await this.deps.index.check();
    return this.deps.index.stamps();
  }

  /** The library from the index, checked against the folders; corrupt articles are error entries. */
  async list(): Promise<LibraryEntry[]> {
    this.ctx.access.assertOpen();
    return this.deps.index.refresh();
  }

  /** Watches the folders for changes made from outside; every watch stops when the workspace closes. */
  watch(options: LibraryWatchOptions): LibraryWatch {
    this.ctx.access.assertOpen();
    const watch = new LibraryWatch(this.ctx, this.deps.index, options);
    this.watches.add(watch);
    return watch;
  }

  /** Stops every watch (on close). */
  stopWatching(): void {
    for (const watch of this.watches) watch.stop();
    this.watches.clear();
  }

  /** A new draft in the workspace's default language unless `init` names one, written to disk before it is returned. */
  async create(init: Partial<ArticleEdits> = {}): Promise<OpenedArticle> {
    this.ctx.access.assertWritable('create an article');
    const { language } = await this.deps.settings.read();
    let article: Article;
    try {
      article = createArticle({ language, ...init }, this.ctx.now());
    } catch (error) {
      throw invalidArticle('the new article', error);
    }
    const { bytes } = await this.deps.folders.create(article, null);
    return { article, revision: revisionOf(bytes) };
  }

  /** Writes a new folder for an article that already has its id (one arriving from a desk); StoreError when it exists. */
  adopt(article: Article): Promise<OpenedArticle> {
    return this.ctx.mutex.run(String(article?.id), async () => {
      this.ctx.access.assertWritable('add an article');
      const valid = validArticle(article, 'the article to add');
      const exists = await this.deps.folders.locate(valid.id).then(
        () => true,
        () => false,
      );
      if (exists)
        throw new StoreError(`article ${valid.id} already exists in workspace "${this.ctx.root}"`);
      const { bytes } = await this.deps.folders.create(valid, null);
      return { article: valid, revision: revisionOf(bytes) };
    });
  }

  /** Loads an article; StoreError naming the file when it is missing or corrupt. */
  async read(id: string): Promise<OpenedArticle> {
    this.ctx.access.assertOpen();
    const folder = await this.deps.folders.locate(id);
    const { article, revision } = await readArticleFile(this.ctx.fs, folder);
    if (article.id !== id)
      throw new StoreError(
        `${articleLabel(folder)} has id "${article.id}", but its folder says "${id}"`,
      );
    return { article, revision };
  }

  /** The absolute folder of an article. */
  async folder(id: string): Promise<string> {
    this.ctx.access.assertOpen();
    return this.deps.folders.locate(id);
  }

  /**
   * Saves atomically when the file on disk is still `revision`; otherwise returns the conflict
   * and leaves the file alone. Renames the folder when the headline's slug changed (best effort).
   */
  save(article: Article, revision: string): Promise<SaveResult> {
    return this.ctx.mutex.run(String(article?.id), async () => {
      this.ctx.access.assertWritable('save');
      const valid = validArticle(article);
      const { folders, leftovers, history } = this.deps;
      const folder = await folders.locate(valid.id);
      const label = articleLabel(folder);
      const current = await readArticleBytes(this.ctx.fs, folder);
      const currentRevision = revisionOf(current);
      if (currentRevision !== revision) {
        let theirs: Article;
        try {
          theirs = parseArticleBytes(current, label);
        } catch (error) {
          throw new StoreError(
            `${label} changed on disk and is not a valid article any more, so it was not overwritten: ${(error as Error).message}`,
          );
        }
        return { ok: false, conflict: { theirs, revision: currentRevision } };
      }
      const saved = parseArticleBytes(current, label);
      // Nothing changed (a save on blur, say): report it saved without touching the disk.
      if (sameText(saved, valid))
        return { ok: true, revision: currentRevision, updated: saved.updated };
      await leftovers.sweepArticle(valid.id, folder);
      const next: Article = { ...valid, updated: this.ctx.now().toISOString() };
      const { bytes } = await folders.write(next, folder);
      await history.afterSave(next.id, bytes).catch(() => undefined);
      return { ok: true, revision: revisionOf(bytes), updated: next.updated };
    });
  }

  /** "Keep both": the given text as a new article (new id, headline + " (copy)", same photos). */
  async saveCopy(article: Article): Promise<OpenedArticle> {
    this.ctx.access.assertWritable('save a copy');
    const valid = validArticle(article);
    const stamp = this.ctx.now().toISOString();
    const headline = valid.headline.slice(0, 1_000 - COPY_SUFFIX.length) + COPY_SUFFIX;
    const copy: Article = {
      ...valid,
      id: newArticleId(),
      headline,
      created: stamp,
      updated: stamp,
    };
    const source = await this.deps.folders.locate(valid.id).catch(() => null);
    const { bytes } = await this.deps.folders.create(copy, source);
    return { article: copy, revision: revisionOf(bytes) };
  }

  /** Moves the article's folder into .trash/ (restorable by moving it back) and drops its recovery copy. */
  delete(id: string): Promise<void> {
    return this.ctx.mutex.run(String(id), async () => {
      this.ctx.access.assertWritable('delete');
      const folder = await this.deps.folders.locate(id);
      await moveToTrash(this.ctx, folder);
      this.deps.folders.removed(id);
      await this.deps.recovery.remove(id);
    });
  }
}
