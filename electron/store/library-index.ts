import path from 'node:path';
import { Low } from 'lowdb';
import type { Article } from '../../core/article/article';
import { articleStatuses } from '../../core/article/status';
import { countBody } from '../../core/body/counts';
import { articleLabel, readArticleFile } from './article-file';
import { IndexFile, type IndexFileData } from './index-file-adapter';
import { ARTICLE_FILE, idFromFolderName } from './layout';
import type { ArticleSummary } from './library-summary';
import { NOT_A_FOLDER, readInWorkers, statInWorkers, type FileIdentity } from './library-workers';
import { isDirectory } from './path-exists';
import { ensureInside } from './path-safety';
import { StoreError } from './store-error';
import type { StoreFs } from './store-fs';
import type { LibraryEntry } from './store-types';

const INDEX_VERSION = 1;

/** One article in index.json. */
export interface IndexEntry extends FileIdentity {
  folder: string;
  headline: string;
  status: Article['status'];
  updated: string;
  words: number;
  error?: string;
}

type IndexData = IndexFileData<IndexEntry>;

/** How far a rebuild has got: article files read of those that need reading. */
export interface IndexProgress {
  done: number;
  total: number;
}

/**
 * One article a check (re)read: its entry, and the article unless it could not be read, or
 * `undefined` when a bulk reread in worker threads read only the library's fields of it.
 */
export interface IndexChange {
  entry: LibraryEntry;
  article: Article | null | undefined;
}

/** What a check of the folders changed in the index. */
export interface IndexChanges {
  put: IndexChange[];
  removed: string[];
}

export interface LibraryIndexOptions {
  fs: StoreFs;
  /** Whether this instance may write index.json (only the lock holder does). */
  writable: boolean;
  /** At most one index write per this many ms while articles change. */
  flushDelayMs: number;
  /** Called while many article files are reread (a missing or stale index), and at the end. */
  onProgress?: ((progress: IndexProgress) => void) | undefined;
  /** From this many folders on, they are stat-ed (and many changes reread) in worker threads; default 1,000. */
  parallelFrom?: number | undefined;
}

/** From this many changed files on, a parallel check rereads them in worker threads. */
const BULK_REREAD = 64;

/**
 * The library index (.newsroom/index.json, lowdb): a cache of headline, status, updated and
 * words per article. Saves update it in memory; it reaches the disk in batches (at most one
 * write per flushDelayMs, and on close). Every listing checks it against the folders
 * (folder set and article.json mtime/size/inode, stat only) and rereads only what changed; a
 * large library is stat-ed, and a missing index reread, in worker threads, with progress.
 */
export class LibraryIndex {
  private readonly db: Low<IndexData>;
  private readonly file: IndexFile<IndexEntry>;
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private checking: Promise<IndexChanges> | null = null;
  /** Ids saved or removed while a check runs: what it read of them is older. */
  private touched = new Set<string>();
  /** The listing, newest first, until something changes. */
  private sorted: LibraryEntry[] | null = null;
  /** How many times index.json was written (for tests and diagnostics). */
  writes = 0;

  constructor(
    private readonly root: string,
    indexFile: string,
    private readonly options: LibraryIndexOptions,
  ) {
    this.file = new IndexFile<IndexEntry>(indexFile, options.fs);
    this.db = new Low<IndexData>(this.file, emptyIndex());
  }

  /** Loads index.json; a missing, corrupt or outdated file starts empty (it is rebuilt by refresh). */
  async load(): Promise<void> {
    try {
      await this.db.read();
    } catch {
      this.db.data = emptyIndex();
    }
    if (!isIndexData(this.db.data)) {
      this.db.data = emptyIndex();
      this.markDirty();
    } else if (this.file.otherLayout) this.markDirty();
    this.sorted = null;
  }

  /** Brings the index in line with the article folders and returns the library, newest first. */
  async refresh(): Promise<LibraryEntry[]> {
    await this.check();
    return this.entries();
  }

  /** Brings the index in line with every article folder (stat, reading only what changed); returns what changed. */
  check(): Promise<IndexChanges> {
    // Callers arriving while a check runs share it: a second pass would find nothing new.
    this.checking ??= this.checkAll().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async checkAll(): Promise<IndexChanges> {
    const articles = this.db.data.articles;
    const { fs } = this.options;
    const changes = new ChangeSet();
    this.touched = new Set();
    // Names and ids side by side, not an object per folder: at 100,000 articles every
    // allocation here is counted in the app's peak memory.
    const names: string[] = [];
    const ids: string[] = [];
    for (const name of await fs.readdir(this.root)) {
      const id = idFromFolderName(name);
      if (id === null) continue;
      names.push(name);
      ids.push(id);
    }
    // A large library is stat-ed in worker threads (synchronous calls, no promise per file).
    const parallel = names.length >= (this.options.parallelFrom ?? 1_000);
    // With nothing indexed every file is read anyway, and reading gives its identity too.
    if (parallel && names.length >= BULK_REREAD && isEmpty(articles) && uniqueIds(ids)) {
      await this.rereadInWorkers(
        names.map((name, i) => ({ id: ids[i]!, name, identity: null })),
        changes,
      );
      return changes.result();
    }
    const stats = parallel
      ? await statInWorkers(this.root, path.sep, names)
      : await statEach(fs, this.root, names);
    const seen = new Set<string>();
    const changed: { id: string; name: string; identity: FileIdentity | null }[] = [];
    for (let i = 0; i < names.length; i++) {
      const id = ids[i]!;
      const mtimeMs = stats[i * 3]!;
      if (mtimeMs === NOT_A_FOLDER || seen.has(id)) continue;
      seen.add(id);
      const size = stats[i * 3 + 1]!;
      const ino = stats[i * 3 + 2]!;
      const known = articles[id];
      const missing = Number.isNaN(mtimeMs);
      if (
        known &&
        known.folder === names[i] &&
        !missing &&
        known.mtimeMs === mtimeMs &&
        known.size === size &&
        known.ino === ino
      )
        continue;
      changed.push({ id, name: names[i]!, identity: missing ? null : { mtimeMs, size, ino } });
    }
    for (const id in articles) {
      if (!seen.has(id) && !this.touched.has(id)) {
        delete articles[id];
        changes.removed(id);
        this.markDirty();
      }
    }
    if (parallel && changed.length >= BULK_REREAD) await this.rereadInWorkers(changed, changes);
    else
      for (const { id, name, identity } of changed) {
        if (!this.touched.has(id)) await this.reread(id, name, identity, changes);
      }
    return changes.result();
  }

  // Many changed files (a missing or stale index): read in worker threads, with progress.
  private async rereadInWorkers(
    changed: { id: string; name: string; identity: FileIdentity | null }[],
    changes: ChangeSet,
  ): Promise<void> {
    const total = changed.length;
    let done = 0;
    const report = this.options.onProgress;
    report?.({ done, total });
    await readInWorkers(this.root, changed, (read) => {
      for (const { id, name, summary, identity } of read) {
        if (summary === null || this.touched.has(id)) continue;
        const entry = indexEntry(name, summary, identity);
        this.db.data.articles[id] = entry;
        changes.put(toLibraryEntry(id, entry), 'error' in summary ? null : undefined);
        this.markDirty();
      }
      done += read.length;
      report?.({ done, total });
    });
  }

  /**
   * Brings the index in line with the named top-level folders only (those a file-system watch
   * reported): a folder that is gone drops its article unless the article now lives elsewhere.
   */
  async checkFolders(names: Iterable<string>): Promise<IndexChanges> {
    const articles = this.db.data.articles;
    const changes = new ChangeSet();
    for (const name of names) {
      const id = idFromFolderName(name);
      if (!id) continue;
      const folder = path.join(this.root, name);
      const identity = (await isDirectory(this.options.fs, folder))
        ? await fileIdentity(this.options.fs, path.join(folder, ARTICLE_FILE))
        : 'not-a-folder';
      const known = Object.hasOwn(articles, id) ? articles[id]! : undefined;
      if (identity === 'not-a-folder') {
        if (known?.folder !== name) continue;
        // Renamed rather than removed: the same id in another folder takes over.
        const moved = (await this.options.fs.readdir(this.root)).find(
          (other) => other !== name && idFromFolderName(other) === id,
        );
        if (moved) await this.reread(id, moved, await this.identityOf(moved), changes);
        else {
          delete articles[id];
          changes.removed(id);
          this.markDirty();
        }
        continue;
      }
      if (known && known.folder === name && identity && sameIdentity(known, identity)) continue;
      // A new folder whose article.json has not arrived yet (a sync tool's mkdir): its write is seen next.
      if (!identity && !known) continue;
      await this.reread(id, name, identity, changes);
    }
    return changes.result();
  }

  private async identityOf(name: string): Promise<FileIdentity | null> {
    const identity = await fileIdentity(this.options.fs, path.join(this.root, name, ARTICLE_FILE));
    return identity === 'not-a-folder' ? null : identity;
  }

  private async reread(
    id: string,
    name: string,
    identity: FileIdentity | null,
    changes: ChangeSet,
  ): Promise<void> {
    const { entry, article } = await entryFromDisk(
      this.options.fs,
      this.root,
      path.join(this.root, name),
      id,
      identity,
    );
    this.db.data.articles[id] = entry;
    changes.put(toLibraryEntry(id, entry), article);
    this.markDirty();
  }

  /** The library from memory, newest first. */
  entries(): LibraryEntry[] {
    if (!this.sorted) {
      const articles = this.db.data.articles;
      const list: LibraryEntry[] = [];
      for (const id in articles) list.push(toLibraryEntry(id, articles[id]!));
      this.sorted = list.sort((a, b) =>
        a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0,
      );
    }
    return this.sorted.slice();
  }

  /**
   * "id\tfolder\tmtimeMs:size:ino" per readable article, one a line, as bytes (see
   * Articles.fileStamps): written line by line into one buffer, which the search worker is handed
   * without a copy, so no line outlives its loop turn.
   */
  stamps(): Uint8Array<ArrayBuffer> {
    const articles = this.db.data.articles;
    const line = (id: string, e: IndexEntry) =>
      `${id}\t${e.folder}\t${e.mtimeMs}:${e.size}:${e.ino}\n`;
    // Measured first, so the one buffer is the listing's size (no outgrown copies left behind).
    let size = 0;
    for (const id in articles)
      if (articles[id]!.error === undefined) size += line(id, articles[id]!).length;
    const bytes = Buffer.allocUnsafeSlow(size);
    let used = 0;
    // Ids and folder names are ASCII (see layout.ts), and so are the numbers.
    for (const id in articles)
      if (articles[id]!.error === undefined)
        used += bytes.write(line(id, articles[id]!), used, 'latin1');
    return new Uint8Array(bytes.buffer, bytes.byteOffset, Math.max(0, used - 1));
  }

  /** The folder name of an article, when known. */
  folderOf(id: string): string | null {
    return Object.hasOwn(this.db.data.articles, id) ? this.db.data.articles[id]!.folder : null;
  }

  /** Records a just-written article (called after every save). */
  async put(article: Article, folder: string): Promise<void> {
    const identity = await fileIdentity(this.options.fs, path.join(folder, ARTICLE_FILE));
    this.touched.add(article.id);
    this.db.data.articles[article.id] = {
      folder: path.basename(folder),
      ...summary(article),
      ...(identity && identity !== 'not-a-folder' ? identity : { mtimeMs: 0, size: 0, ino: 0 }),
    };
    this.markDirty();
  }

  remove(id: string): void {
    if (!Object.hasOwn(this.db.data.articles, id)) return;
    this.touched.add(id);
    delete this.db.data.articles[id];
    this.markDirty();
  }

  /** Whether the index in memory differs from index.json. */
  get unsaved(): boolean {
    return this.dirty;
  }

  /**
   * Writes index.json now if anything changed; `lockedForIt` when an instance without the lock
   * took it for this write.
   */
  async flush(lockedForIt = false): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.flushing) await this.flushing;
    if (!this.dirty || !(this.options.writable || lockedForIt)) return;
    this.dirty = false;
    this.flushing = this.db
      .write()
      .then(() => {
        this.writes++;
      })
      .catch((error: unknown) => {
        // The index is only a cache; a failed write is retried with the next batch.
        this.dirty = true;
        if (!(error instanceof StoreError)) throw error;
      })
      .finally(() => {
        this.flushing = null;
      });
    await this.flushing;
  }

  /** Stops the batch timer (the caller flushes first when it wants the changes kept). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private markDirty(): void {
    this.sorted = null;
    this.dirty = true;
    if (!this.options.writable || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch(() => undefined);
    }, this.options.flushDelayMs);
    this.timer.unref();
  }
}

/** Collects what a check changed; an article changed twice keeps its last state. */
class ChangeSet {
  private readonly changes = new Map<string, IndexChange | null>();

  put(entry: LibraryEntry, article: Article | null | undefined): void {
    this.changes.set(entry.id, { entry, article });
  }

  removed(id: string): void {
    this.changes.set(id, null);
  }

  result(): IndexChanges {
    const put: IndexChange[] = [];
    const removed: string[] = [];
    for (const [id, change] of this.changes) {
      if (change) put.push(change);
      else removed.push(id);
    }
    return { put, removed };
  }
}

function isEmpty(articles: Record<string, IndexEntry>): boolean {
  for (const _ in articles) return false;
  return true;
}

function uniqueIds(ids: string[]): boolean {
  return new Set(ids).size === ids.length;
}

function emptyIndex(): IndexData {
  return { version: INDEX_VERSION, articles: {} };
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

// Checked by hand: a schema library spent over a second on 100,000 entries.
function isIndexData(data: unknown): data is IndexData {
  if (!data || typeof data !== 'object') return false;
  const { version, articles } = data as Partial<IndexData>;
  if (version !== INDEX_VERSION || !articles || typeof articles !== 'object') return false;
  if (Array.isArray(articles)) return false;
  for (const id in articles) {
    const e = articles[id] as Partial<IndexEntry> | null;
    if (
      !e ||
      typeof e !== 'object' ||
      !isText(e.folder) ||
      idFromFolderName(e.folder) !== id ||
      !isText(e.headline) ||
      !articleStatuses.includes(e.status!) ||
      !isText(e.updated) ||
      !Number.isInteger(e.words) ||
      e.words! < 0 ||
      (e.error !== undefined && !isText(e.error)) ||
      !isNumber(e.mtimeMs) ||
      !isNumber(e.size) ||
      !isNumber(e.ino) ||
      keyCount(e) !== (e.error === undefined ? 8 : 9)
    )
      return false;
  }
  return true;
}

// Counted, not Object.keys(): no array per entry when 100,000 are checked.
function keyCount(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/** The index entry for what was read of a folder; an unreadable one shows its error. */
function indexEntry(
  folder: string,
  read: ArticleSummary,
  identity: FileIdentity | null,
): IndexEntry {
  const base = { folder, ...(identity ?? { mtimeMs: 0, size: 0, ino: 0 }) };
  if (!('error' in read)) return { ...base, ...read };
  const updated = identity ? new Date(identity.mtimeMs).toISOString() : new Date(0).toISOString();
  return { ...base, headline: folder, status: 'draft', updated, words: 0, error: read.error };
}

function summary(article: Article) {
  return {
    headline: article.headline,
    status: article.status,
    updated: article.updated,
    words: countBody(article.body, article.language).words,
  };
}

async function entryFromDisk(
  fs: StoreFs,
  root: string,
  folder: string,
  id: string,
  identity: FileIdentity | null,
): Promise<{ entry: IndexEntry; article: Article | null }> {
  const base = { folder: path.basename(folder), ...(identity ?? { mtimeMs: 0, size: 0, ino: 0 }) };
  try {
    await ensureInside(fs, root, path.join(folder, ARTICLE_FILE), articleLabel(folder));
    const { article } = await readArticleFile(fs, folder);
    if (article.id !== id)
      throw new StoreError(
        `article.json in "${path.basename(folder)}" has id "${article.id}", but its folder says "${id}"`,
      );
    return { entry: { ...base, ...summary(article) }, article };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const updated = identity ? new Date(identity.mtimeMs).toISOString() : new Date(0).toISOString();
    const entry = { ...base, headline: base.folder, status: 'draft' as const, updated, words: 0 };
    return { entry: { ...entry, error: message }, article: null };
  }
}

function toLibraryEntry(id: string, e: IndexEntry): LibraryEntry {
  const entry: LibraryEntry = {
    id,
    headline: e.headline,
    status: e.status,
    updated: e.updated,
    words: e.words,
  };
  if (e.error !== undefined) entry.error = e.error;
  return entry;
}

/** mtime/size/inode of a file; null when missing; 'not-a-folder' when its parent is not a folder. */
async function fileIdentity(
  fs: StoreFs,
  file: string,
): Promise<FileIdentity | null | 'not-a-folder'> {
  try {
    const s = await fs.stat(file);
    return { mtimeMs: s.mtimeMs, size: s.size, ino: s.ino };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return 'not-a-folder';
    return null;
  }
}

/** fileIdentity of every `<root>/<name>/article.json`, laid out as statInWorkers lays it out. */
async function statEach(fs: StoreFs, root: string, names: string[]): Promise<Float64Array> {
  const identities = await mapLimit(names, 32, (name) =>
    fileIdentity(fs, path.join(root, name, ARTICLE_FILE)),
  );
  const out = new Float64Array(names.length * 3);
  for (const [i, identity] of identities.entries()) {
    if (identity === 'not-a-folder') out[i * 3] = NOT_A_FOLDER;
    else if (identity === null) out[i * 3] = NaN;
    else out.set([identity.mtimeMs, identity.size, identity.ino], i * 3);
  }
  return out;
}

/** Maps with at most `limit` calls in flight, keeping the order. */
async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  return a.mtimeMs === b.mtimeMs && a.size === b.size && a.ino === b.ino;
}
