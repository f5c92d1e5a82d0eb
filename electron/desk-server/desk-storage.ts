import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, open, readFile, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import type { Article } from '../../core/article/article';
import type { BodyNodeJSON } from '../../core/body/schema';
import { articleFromDoc } from '../../core/desk/article-from-doc';
import { formatDeskLogEntry, type DeskLogEntry } from '../../core/desk/desk-history';
import { seedDoc } from '../../core/desk/seed-doc';
import { atomicWrite } from '../store/atomic-write';
import { StoreError } from '../store/store-error';
import type { Workspace } from '../store/workspace';
import { linkPhoto, namedPhotoPath, photoPoolPath } from './photo-pool';

/** Folder of an article's Yjs state files, beside article.json. */
export const DESK_STATE_DIR = 'yjs';
/** Who changed what: one JSON line per stored change (core/desk/desk-history.ts). */
export const DESK_LOG_FILE = 'desk-log.jsonl';
const STATE_SUFFIX = '.update';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * The desk's documents in a workspace folder. Each article keeps its Yjs state as whole-state
 * files in `<folder>/yjs/`: a store writes a new file and then removes only the files it had
 * merged, so two servers sharing the folder never lose each other's changes, and a crash leaves
 * the old files. article.json is derived from the document after every store.
 */
export class DeskStorage {
  /** State files merged into the in-memory document, per article: the next store may remove them. */
  private readonly merged = new Map<string, Set<string>>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly ws: Workspace,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The stored state of an article (seeding it once from article.json), or null when it is new. */
  load(id: string): Promise<Uint8Array | null> {
    return this.serial(id, async () => {
      const folder = await this.folderOf(id);
      if (!folder) return null;
      const files = await this.stateFiles(folder);
      if (files.length > 0) {
        const updates = await Promise.all(
          files.map((f) => readFile(path.join(folder, DESK_STATE_DIR, f))),
        );
        this.merged.set(id, new Set(files));
        return Y.mergeUpdates(updates);
      }
      const { article } = await this.ws.articles.read(id);
      const seed = seedDoc(article);
      const name = await this.writeState(folder, seed);
      this.merged.set(id, new Set([name]));
      await this.appendLog(folder, [
        { time: this.now().toISOString(), user: '', role: null, update: seed },
      ]);
      return seed;
    });
  }

  /**
   * Stores the document: merges state files other servers wrote meanwhile into `doc`, writes its
   * whole state, appends `changes` to the log, derives article.json, and links the photos it uses.
   */
  store(id: string, doc: Y.Doc, changes: DeskLogEntry[]): Promise<void> {
    return this.serial(id, async () => {
      let folder = await this.folderOf(id);
      const merged = this.merged.get(id) ?? new Set<string>();
      if (folder) {
        for (const file of await this.stateFiles(folder)) {
          if (merged.has(file)) continue;
          const bytes = await readFile(path.join(folder, DESK_STATE_DIR, file)).catch(() => null);
          if (bytes) Y.applyUpdate(doc, bytes, this);
          merged.add(file);
        }
      }
      let article: Article | null = null;
      try {
        article = articleFromDoc(doc, { id, updated: this.now().toISOString() });
      } catch {
        // Not an article yet (a new document still empty): keep its state, derive nothing.
      }
      if (!folder) {
        if (!article) return;
        await this.ws.articles.adopt(article);
        folder = await this.ws.articles.folder(id);
      }
      const name = await this.writeState(folder, Y.encodeStateAsUpdate(doc));
      for (const file of merged) {
        if (file !== name)
          await unlink(path.join(folder, DESK_STATE_DIR, file)).catch(() => undefined);
      }
      this.merged.set(id, new Set([name]));
      await this.appendLog(folder, changes);
      if (!article) return;
      await this.saveArticle(article);
      await this.linkPhotos(id, article);
    });
  }

  /** Resolves once every load and store under way has finished. */
  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.all(this.queues.values());
  }

  /** Forgets an unloaded document's merged files (a reload reads them all again). */
  forget(id: string): void {
    this.merged.delete(id);
  }

  private async saveArticle(article: Article): Promise<void> {
    // Another server sharing the folder may write between our read and save: read again and retry.
    for (let attempt = 0; attempt < 5; attempt++) {
      const { revision } = await this.ws.articles.read(article.id);
      const result = await this.ws.articles.save(article, revision);
      if (result.ok) return;
    }
    throw new StoreError(`article.json of ${article.id} kept changing while the desk wrote it`);
  }

  /** Photos named in the article that came through the desk are linked into its photos/ folder. */
  private async linkPhotos(id: string, article: Article): Promise<void> {
    const names = new Set<string>();
    if (article.leadPhoto) names.add(article.leadPhoto.file);
    const walk = (node: BodyNodeJSON) => {
      if (node.type === 'figure' && typeof node.attrs?.src === 'string') names.add(node.attrs.src);
      node.content?.forEach(walk);
    };
    article.body.content?.forEach(walk);
    for (const name of names) {
      // A photo by SHA-256 comes from the pool; one an old article.json named, as a laptop sent it.
      let source: string | null = photoPoolPath(this.ws.root, name);
      try {
        source ??= namedPhotoPath(this.ws.root, id, name);
      } catch {
        continue;
      }
      const target = await this.ws.photos.path(id, name).catch(() => null);
      if (target) await linkPhoto(source, target);
    }
  }

  private async folderOf(id: string): Promise<string | null> {
    try {
      return await this.ws.articles.folder(id);
    } catch (error) {
      if (error instanceof StoreError && /does not exist/.test(error.message)) return null;
      throw error;
    }
  }

  private async stateFiles(folder: string): Promise<string[]> {
    const names = await readdir(path.join(folder, DESK_STATE_DIR)).catch((error: unknown) => {
      if (isMissing(error)) return [];
      throw error;
    });
    return names.filter((n) => n.endsWith(STATE_SUFFIX)).sort();
  }

  private async writeState(folder: string, update: Uint8Array): Promise<string> {
    const dir = path.join(folder, DESK_STATE_DIR);
    await mkdir(dir, { recursive: true });
    const stamp = this.now().toISOString().replace(/[-:.]/g, '');
    const name = `${stamp}-${randomBytes(6).toString('hex')}${STATE_SUFFIX}`;
    await atomicWrite(path.join(dir, name), update, {
      label: `the desk state of "${path.basename(folder)}"`,
    });
    return name;
  }

  private async appendLog(folder: string, entries: DeskLogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const file = path.join(folder, DESK_LOG_FILE);
    await appendFile(file, entries.map((e) => formatDeskLogEntry(e) + '\n').join(''));
    const handle = await open(file, 'r');
    await handle.sync().finally(() => handle.close());
  }

  private serial<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return next;
  }
}
