import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../core/article/article';
import { parseArticleBytes, serializeArticle } from './article-file';
import { atomicWrite } from './atomic-write';
import { StoreError } from './store-error';
import type { StoreFs } from './store-fs';

export interface JournalEntry {
  id: string;
  article: Article;
  /** When the entry was last written. */
  written: Date;
}

/**
 * Unsaved text, per article, in .newsroom/recovery/<id>.json: the editor writes here every
 * second while typing, so a crash loses at most a second of work.
 */
export class RecoveryJournal {
  constructor(
    private readonly dir: string,
    private readonly fs: StoreFs,
  ) {}

  async write(article: Article): Promise<void> {
    await atomicWrite(this.file(article.id), serializeArticle(article), {
      fs: this.fs,
      label: `the recovery copy of "${article.headline || article.id}"`,
    });
  }

  /** Every readable entry (damaged entries are skipped, not deleted). */
  async entries(): Promise<JournalEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
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
  async entry(id: string): Promise<JournalEntry | null> {
    const file = this.file(id);
    let bytes: Uint8Array;
    let written: Date;
    try {
      bytes = new Uint8Array(await readFile(file));
      written = (await stat(file)).mtime;
    } catch {
      return null;
    }
    const article = parseArticleBytes(bytes, `the recovery copy of ${id}`);
    if (article.id !== id) throw new StoreError(`the recovery copy of ${id} holds another article`);
    return { id, article, written };
  }

  async discard(id: string): Promise<void> {
    await rm(this.file(id), { force: true });
  }

  private file(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }
}
