import path from 'node:path';
import type { Article } from '../../core/article/article';
import { validArticle, sameText } from './article-input';
import { parseArticleBytes, readArticleFile, serializeArticle } from './article-file';
import type { ArticleFolders } from './article-folders';
import { atomicWrite } from './atomic-write';
import { ARTICLE_FILE } from './layout';
import { checkArticleId } from './path-safety';
import type { StoreContext } from './store-context';
import { StoreError } from './store-error';
import type { RecoveryEntry } from './store-types';

interface JournalEntry {
  id: string;
  article: Article;
  /** When the entry was last written. */
  written: Date;
}

/**
 * Unsaved text, per article, in .newsroom/recovery/<id>.json: the editor writes here every
 * second while typing, so a crash loses at most a second of work. After a restart the copies
 * newer than the saved articles, or whose article is gone, are offered back.
 */
export class Recovery {
  constructor(
    private readonly ctx: StoreContext,
    private readonly folders: ArticleFolders,
  ) {}

  /** Keeps unsaved text in the recovery journal (atomically). */
  async write(article: Article): Promise<void> {
    this.ctx.access.assertWritable('keep a recovery copy');
    const valid = validArticle(article);
    await atomicWrite(this.file(valid.id), serializeArticle(valid), {
      fs: this.ctx.fs,
      label: `the recovery copy of "${valid.headline || valid.id}"`,
    });
  }

  /** Recovery copies that differ from, and are newer than, the saved article. */
  async list(): Promise<RecoveryEntry[]> {
    this.ctx.access.assertOpen();
    const result: RecoveryEntry[] = [];
    for (const entry of await this.entries()) {
      const state = await this.state(entry);
      if (state === 'offer')
        result.push({
          id: entry.id,
          headline: entry.article.headline,
          saved: entry.written.toISOString(),
        });
      else if (state === 'obsolete' && !this.ctx.access.readOnly) await this.remove(entry.id);
    }
    return result.sort((a, b) => (a.saved < b.saved ? 1 : -1));
  }

  /** The article kept in the recovery journal (it stays there until it is discarded or saved over). */
  async take(id: string): Promise<Article> {
    this.ctx.access.assertOpen();
    const entry = await this.entry(checkArticleId(id));
    if (!entry) throw new StoreError(`there is no recovery copy of article ${id}`);
    return entry.article;
  }

  async discard(id: string): Promise<void> {
    this.ctx.access.assertWritable('discard a recovery copy');
    await this.remove(checkArticleId(id));
  }

  /** Drops an article's recovery copy without the checks (its article was just deleted). */
  async remove(id: string): Promise<void> {
    await this.ctx.fs.rm(this.file(id));
  }

  /** Whether a recovery copy should be offered or is obsolete. */
  private async state(entry: JournalEntry): Promise<'offer' | 'obsolete'> {
    let folder: string;
    try {
      folder = await this.folders.locate(entry.id);
    } catch {
      // Deleted outside while open: the copy is the only text left (restoring saves it as a new article).
      return 'offer';
    }
    try {
      const { article } = await readArticleFile(this.ctx.fs, folder);
      if (sameText(article, entry.article)) return 'obsolete';
      const saved = (await this.ctx.fs.stat(path.join(folder, ARTICLE_FILE))).mtime;
      return entry.written.getTime() >= saved.getTime() ? 'offer' : 'obsolete';
    } catch {
      // The saved file is unreadable: the recovery copy is the best text there is.
      return 'offer';
    }
  }

  /** Every readable entry (damaged entries are skipped, not deleted). */
  private async entries(): Promise<JournalEntry[]> {
    let names: string[];
    try {
      names = await this.ctx.fs.readdir(this.ctx.paths.recovery);
    } catch {
      return [];
    }
    const entries: JournalEntry[] = [];
    for (const name of names) {
      const id = /^([0-9a-z]{16})\.json$/.exec(name)?.[1];
      if (!id) continue;
      const entry = await this.entry(id).catch(() => null);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  /** The entry of one article, or null when there is none; StoreError when it is damaged. */
  private async entry(id: string): Promise<JournalEntry | null> {
    const file = this.file(id);
    let bytes: Uint8Array;
    let written: Date;
    try {
      bytes = new Uint8Array(await this.ctx.fs.readFile(file));
      written = (await this.ctx.fs.stat(file)).mtime;
    } catch {
      return null;
    }
    const article = parseArticleBytes(bytes, `the recovery copy of ${id}`);
    if (article.id !== id) throw new StoreError(`the recovery copy of ${id} holds another article`);
    return { id, article, written };
  }

  private file(id: string): string {
    return path.join(this.ctx.paths.recovery, `${id}.json`);
  }
}
