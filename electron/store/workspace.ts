import { cp, lstat, mkdir, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  InvalidArticleError,
  createArticle,
  newArticleId,
  parseArticle,
  type Article,
  type ArticleEdits,
} from '../../core/article/article';
import type {
  LibraryEntry,
  OpenedArticle,
  RecoveryEntry,
  SaveResult,
  Snapshot,
} from '../ipc/contract';
import { pathExists } from './path-exists';
import {
  articleLabel,
  parseArticleBytes,
  readArticleBytes,
  readArticleFile,
  serializeArticle,
} from './article-file';
import { atomicWrite, renameWithRetry, syncDir } from './atomic-write';
import { History, defaultHistoryOptions, type HistoryOptions } from './history';
import { KeyedMutex } from './keyed-mutex';
import {
  ARTICLE_FILE,
  PHOTOS_DIR,
  articleFolderName,
  idFromFolderName,
  metaPaths,
  type MetaPaths,
} from './layout';
import { LibraryIndex } from './library-index';
import { checkArticleId, checkPhotoName, ensureInside } from './path-safety';
import { storePhoto } from './photo-store';
import { sanitizePhotoName } from './photo-name';
import { RecoveryJournal } from './recovery-journal';
import { revisionOf } from './revision';
import { StoreError, describeError, errorCode } from './store-error';
import { storeFs, type StoreFs } from './store-fs';
import { removeTempFiles } from './temp-files';
import {
  acquireLock,
  describeHolder,
  processAlive,
  releaseLock,
  type LockInfo,
} from './workspace-lock';

export { StoreError } from './store-error';
export { defaultWorkspaceDir } from './layout';

export interface WorkspaceOptions {
  /** When another instance holds the lock: open read-only (default) or, when false, throw. */
  readOnlyIfLocked?: boolean;
  /**
   * false: do not take the lock (the CLI). Writes still happen, atomically and revision-checked,
   * but this instance never writes the index nor removes temp files another instance may own.
   */
  lock?: boolean;
  /** Create the folder when it does not exist (default true). */
  create?: boolean;
  /** File-system calls to use instead of node:fs (tests inject failures through this). */
  fs?: Partial<StoreFs>;
  /** At most one index.json write per this many ms (default 2000). */
  indexFlushMs?: number;
  history?: Partial<HistoryOptions>;
  /** The clock (tests). */
  now?: () => Date;
}

const COPY_SUFFIX = ' (copy)';

/**
 * A workspace folder: one folder per article (`<headline-slug>--<id>/article.json` + `photos/`),
 * `.trash/` for deleted articles, `.newsroom/` for the index, lock, state, history and recovery.
 */
export class Workspace {
  private readonly paths: MetaPaths;
  private readonly mutex = new KeyedMutex();
  private readonly index: LibraryIndex;
  private readonly snapshots: History;
  private readonly journal: RecoveryJournal;
  private lastArticleInMemory: string | null | undefined;
  private closed = false;
  /** Articles whose folders were cleared of temp files this session. */
  private readonly swept = new Set<string>();

  private constructor(
    readonly root: string,
    readonly readOnly: boolean,
    readonly lockedBy: string | null,
    /** Why the workspace is read-only, as a sentence fragment (null when writable). */
    readonly readOnlyReason: string | null,
    private readonly lockInfo: LockInfo | null,
    private readonly fs: StoreFs,
    private readonly now: () => Date,
    options: WorkspaceOptions,
  ) {
    this.paths = metaPaths(root);
    this.index = new LibraryIndex(root, this.paths.index, {
      fs,
      writable: lockInfo !== null,
      flushDelayMs: options.indexFlushMs ?? 2000,
    });
    this.snapshots = new History(
      this.paths.history,
      fs,
      { ...defaultHistoryOptions, ...options.history },
      now,
    );
    this.journal = new RecoveryJournal(this.paths.recovery, fs);
  }

  /** Opens (creating if needed) a workspace; takes its lock or opens read-only naming the holder. */
  static async open(dir: string, options: WorkspaceOptions = {}): Promise<Workspace> {
    const fs = storeFs(options.fs);
    const now = options.now ?? (() => new Date());
    const root = await prepareRoot(dir, options.create ?? true);
    const paths = metaPaths(root);

    let lockInfo: LockInfo | null = null;
    let afterCrash = false;
    let lockedBy: string | null = null;
    let readOnlyReason: string | null = null;
    if (options.lock !== false) {
      try {
        await mkdir(paths.meta, { recursive: true });
        const result = await acquireLock(paths.lock, now());
        if (result.held) {
          lockInfo = result.info;
          afterCrash = result.tookOver;
        } else {
          lockedBy = describeHolder(result.holder);
          if (options.readOnlyIfLocked === false)
            throw new StoreError(`workspace "${root}" is already open in ${lockedBy}`);
          readOnlyReason = `it is open in ${lockedBy}`;
        }
      } catch (error) {
        if (error instanceof StoreError) throw error;
        readOnlyReason = `its folder cannot be written: ${describeError(error)}`;
      }
    }

    const workspace = new Workspace(
      root,
      readOnlyReason !== null,
      lockedBy,
      readOnlyReason,
      lockInfo,
      fs,
      now,
      options,
    );
    if (lockInfo) await workspace.prepareLayout(afterCrash);
    else if (!workspace.readOnly) await mkdir(paths.trash, { recursive: true }).catch(() => {});
    await workspace.index.load();
    return workspace;
  }

  /** The library from the index, checked against the folders; corrupt articles are error entries. */
  async list(): Promise<LibraryEntry[]> {
    this.assertOpen();
    return this.index.refresh();
  }

  /** A new draft, written to disk before it is returned. */
  async create(init: Partial<ArticleEdits> = {}): Promise<OpenedArticle> {
    this.assertWritable('create an article');
    let article: Article;
    try {
      article = createArticle(init, this.now());
    } catch (error) {
      throw invalid('the new article', error);
    }
    return this.writeNew(article, null);
  }

  /** Loads an article; StoreError naming the file when it is missing or corrupt. */
  async read(id: string): Promise<OpenedArticle> {
    this.assertOpen();
    const folder = await this.locate(id);
    const { article, revision } = await readArticleFile(folder);
    if (article.id !== id)
      throw new StoreError(
        `${articleLabel(folder)} has id "${article.id}", but its folder says "${id}"`,
      );
    return { article, revision };
  }

  /**
   * Saves atomically when the file on disk is still `revision`; otherwise returns the conflict
   * and leaves the file alone. Renames the folder when the headline's slug changed (best effort).
   */
  save(article: Article, revision: string): Promise<SaveResult> {
    return this.mutex.run(String(article?.id), async () => {
      this.assertWritable('save');
      const valid = validArticle(article);
      let folder = await this.locate(valid.id);
      const label = articleLabel(folder);
      const current = await readArticleBytes(folder);
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
      await this.sweepArticle(valid.id, folder);
      const next: Article = { ...valid, updated: this.now().toISOString() };
      const bytes = serializeArticle(next);
      await atomicWrite(path.join(folder, ARTICLE_FILE), bytes, { fs: this.fs, label });
      folder = await this.renameFolderFor(next, folder);
      await this.afterWrite(next, folder, bytes);
      return { ok: true, revision: revisionOf(bytes), updated: next.updated };
    });
  }

  /** "Keep both": the given text as a new article (new id, headline + " (copy)", same photos). */
  async saveCopy(article: Article): Promise<OpenedArticle> {
    this.assertWritable('save a copy');
    const valid = validArticle(article);
    const stamp = this.now().toISOString();
    const headline = valid.headline.slice(0, 1_000 - COPY_SUFFIX.length) + COPY_SUFFIX;
    const copy: Article = {
      ...valid,
      id: newArticleId(),
      headline,
      created: stamp,
      updated: stamp,
    };
    const source = await this.locate(valid.id).catch(() => null);
    return this.writeNew(copy, source);
  }

  /** Moves the article's folder into .trash/ (restorable by moving it back). */
  delete(id: string): Promise<void> {
    return this.mutex.run(String(id), async () => {
      this.assertWritable('delete');
      const folder = await this.locate(id);
      await mkdir(this.paths.trash, { recursive: true });
      const target = await uniqueTrashPath(this.paths.trash, path.basename(folder), this.now());
      try {
        await renameWithRetry(this.fs, folder, target);
      } catch (error) {
        throw new StoreError(
          `could not move "${path.basename(folder)}" to the trash: ${describeError(error)}`,
          { cause: error },
        );
      }
      await syncDir(this.root, this.fs).catch(() => undefined);
      this.index.remove(id);
      await this.journal.discard(id);
      if (this.lastArticleInMemory === id) this.lastArticleInMemory = null;
    });
  }

  /** The absolute folder of an article. */
  async articleDir(id: string): Promise<string> {
    this.assertOpen();
    return this.locate(id);
  }

  /** Absolute path of photos/<file>; StoreError when the name or its real location leaves the folder. */
  async photoPath(id: string, file: string): Promise<string> {
    this.assertOpen();
    const name = checkPhotoName(file);
    const folder = await this.locate(id);
    const photos = path.join(folder, PHOTOS_DIR);
    const target = path.join(photos, name);
    const label = `photo "${name}" of "${path.basename(folder)}"`;
    await ensureInside(this.root, target, label);
    const realPhotos = await realpath(photos).catch(() => null);
    if (realPhotos) await ensureInside(realPhotos, target, label);
    return target;
  }

  /** Copies a photo into photos/ under a unique, sanitized name (extension lower-cased); returns the name. */
  addPhoto(
    id: string,
    source: { path: string } | { name: string; bytes: Uint8Array },
  ): Promise<string> {
    return this.mutex.run(String(id), () => this.copyPhoto(id, source));
  }

  private async copyPhoto(
    id: string,
    source: { path: string } | { name: string; bytes: Uint8Array },
  ): Promise<string> {
    this.assertWritable('add a photo');
    const folder = await this.locate(id);
    const photos = path.join(folder, PHOTOS_DIR);
    const original = 'path' in source ? path.basename(source.path) : source.name;
    const name = sanitizePhotoName(original);
    const shown = 'path' in source ? `"${source.path}"` : `"${source.name}"`;
    const into = `the photos of "${path.basename(folder)}"`;
    if ('path' in source) {
      const info = await stat(source.path).catch((error: unknown) => {
        throw new StoreError(`photo ${shown} cannot be read: ${describeError(error)}`);
      });
      if (!info.isFile()) throw new StoreError(`photo ${shown} is not a file`);
    }
    await mkdir(photos, { recursive: true });
    await ensureInside(this.root, photos, into);
    try {
      const stored = await storePhoto(this.fs, photos, name, source);
      await syncDir(photos, this.fs);
      return stored;
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(`could not copy photo ${shown} into ${into}: ${describeError(error)}`, {
        cause: error,
      });
    }
  }

  /** The article open when the app last closed, if it still exists. */
  async lastArticle(): Promise<string | null> {
    this.assertOpen();
    const id = this.lastArticleInMemory ?? (await this.readState()).lastArticle ?? null;
    if (!id) return null;
    try {
      await this.locate(id);
      return id;
    } catch {
      return null;
    }
  }

  async setLastArticle(id: string | null): Promise<void> {
    this.assertOpen();
    if (id !== null) checkArticleId(id);
    this.lastArticleInMemory = id;
    if (this.readOnly) return;
    const state = { ...(await this.readState()), lastArticle: id };
    await atomicWrite(this.paths.state, JSON.stringify(state, null, 2) + '\n', {
      fs: this.fs,
      label: 'the workspace state file',
    });
  }

  /** Snapshots of an article, newest first. */
  async history(id: string): Promise<Snapshot[]> {
    this.assertOpen();
    return this.historyOf(checkArticleId(id));
  }

  /** The article as it was in one snapshot (for showing what changed). */
  async readSnapshot(id: string, snapshotId: string): Promise<Article> {
    this.assertOpen();
    return this.snapshots.read(checkArticleId(id), snapshotId);
  }

  /** Makes a snapshot the current version; the current version becomes a snapshot first. */
  restore(id: string, snapshotId: string): Promise<OpenedArticle> {
    return this.mutex.run(String(id), async () => {
      this.assertWritable('restore a snapshot');
      const folder = await this.locate(id);
      const old = await this.snapshots.read(id, snapshotId);
      const current = await readArticleBytes(folder);
      await this.snapshots.take(id, current);
      const next: Article = { ...old, id, updated: this.now().toISOString() };
      const bytes = serializeArticle(next);
      await atomicWrite(path.join(folder, ARTICLE_FILE), bytes, {
        fs: this.fs,
        label: articleLabel(folder),
      });
      const final = await this.renameFolderFor(next, folder);
      await this.index.put(next, final);
      await this.snapshots.take(id, bytes);
      return { article: next, revision: revisionOf(bytes) };
    });
  }

  /** Takes a snapshot of the saved article now if it changed since the last one (e.g. when it is closed). */
  snapshot(id: string): Promise<void> {
    return this.mutex.run(String(id), async () => {
      this.assertWritable('take a snapshot');
      const folder = await this.locate(id);
      await this.snapshots.take(id, await readArticleBytes(folder));
    });
  }

  /** Keeps unsaved text in the recovery journal (atomically). */
  async writeRecovery(article: Article): Promise<void> {
    this.assertWritable('keep a recovery copy');
    await this.journal.write(validArticle(article));
  }

  /** Recovery copies that differ from, and are newer than, the saved article. */
  async recoveries(): Promise<RecoveryEntry[]> {
    this.assertOpen();
    const result: RecoveryEntry[] = [];
    for (const entry of await this.journal.entries()) {
      const state = await this.recoveryState(entry.id, entry.article, entry.written);
      if (state === 'offer')
        result.push({
          id: entry.id,
          headline: entry.article.headline,
          saved: entry.written.toISOString(),
        });
      else if (state === 'obsolete' && !this.readOnly) await this.journal.discard(entry.id);
    }
    return result.sort((a, b) => (a.saved < b.saved ? 1 : -1));
  }

  /** The article kept in the recovery journal (it stays there until it is discarded or saved over). */
  async takeRecovery(id: string): Promise<Article> {
    this.assertOpen();
    const entry = await this.journal.entry(checkArticleId(id));
    if (!entry) throw new StoreError(`there is no recovery copy of article ${id}`);
    return entry.article;
  }

  async discardRecovery(id: string): Promise<void> {
    this.assertWritable('discard a recovery copy');
    await this.journal.discard(checkArticleId(id));
  }

  /** Snapshots articles changed since their last snapshot, writes the index, releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.mutex.idle();
    try {
      if (!this.readOnly) {
        for (const id of this.snapshots.pendingIds()) {
          const folder = await this.locate(id).catch(() => null);
          if (folder)
            await this.snapshots.take(id, await readArticleBytes(folder)).catch(() => undefined);
        }
      }
      await this.index.flush();
    } finally {
      this.closed = true;
      this.index.stop();
      if (this.lockInfo) await releaseLock(this.paths.lock, this.lockInfo);
    }
  }

  // --- internals ---

  private assertOpen(): void {
    if (this.closed) throw new StoreError(`workspace "${this.root}" is closed`);
  }

  private assertWritable(action: string): void {
    this.assertOpen();
    if (this.readOnly)
      throw new StoreError(
        `cannot ${action}: workspace "${this.root}" is read-only because ${this.readOnlyReason}`,
      );
  }

  /**
   * Creates the layout and removes what an earlier crash left behind (only the lock holder
   * does). Article folders are swept here after a crash, otherwise on their first save.
   */
  private async prepareLayout(afterCrash: boolean): Promise<void> {
    const p = this.paths;
    for (const dir of [p.meta, p.trash, p.history, p.recovery])
      await mkdir(dir, { recursive: true });
    await removeDeadStaging(p.staging);
    await removeTempFiles(this.root);
    await removeTempFiles(p.meta);
    await removeTempFiles(p.recovery);
    if (!afterCrash) return;
    for (const name of await readdir(p.history).catch(() => [])) {
      await removeTempFiles(path.join(p.history, name));
    }
    for (const name of await readdir(this.root)) {
      const id = idFromFolderName(name);
      if (id) await this.sweepArticle(id, path.join(this.root, name));
    }
  }

  /** Removes temp files a killed writer (e.g. the CLI) left in an article folder; once per session. */
  private async sweepArticle(id: string, folder: string): Promise<void> {
    if (!this.lockInfo || this.swept.has(id)) return;
    this.swept.add(id);
    await removeTempFiles(folder);
    await removeTempFiles(path.join(folder, PHOTOS_DIR));
    await removeTempFiles(path.join(this.paths.history, id));
  }

  /** The folder of an article id (validated, inside the workspace, no symlink escape). */
  private async locate(id: string): Promise<string> {
    checkArticleId(id);
    let name = this.index.folderOf(id);
    if (!name || !(await isDirectory(path.join(this.root, name)))) {
      name = (await readdir(this.root)).find((n) => idFromFolderName(n) === id) ?? null;
    }
    if (!name || !(await isDirectory(path.join(this.root, name))))
      throw new StoreError(`article ${id} does not exist in workspace "${this.root}"`);
    const folder = path.join(this.root, name);
    await ensureInside(this.root, folder, `article folder "${name}"`);
    return folder;
  }

  /** Writes a brand-new article: built in .newsroom/staging, then renamed into place whole. */
  private async writeNew(article: Article, photosFrom: string | null): Promise<OpenedArticle> {
    const name = articleFolderName(article.headline, article.id);
    const staging = path.join(this.paths.staging, String(process.pid), name);
    const label = articleLabel(name);
    const bytes = serializeArticle(article);
    try {
      await mkdir(staging, { recursive: true });
      const photos = path.join(staging, PHOTOS_DIR);
      if (photosFrom && (await isDirectory(path.join(photosFrom, PHOTOS_DIR))))
        await cp(path.join(photosFrom, PHOTOS_DIR), photos, { recursive: true });
      else await mkdir(photos);
      await atomicWrite(path.join(staging, ARTICLE_FILE), bytes, { fs: this.fs, label });
      await renameWithRetry(this.fs, staging, path.join(this.root, name));
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      if (error instanceof StoreError) throw error;
      throw new StoreError(`could not create ${label}: ${describeError(error)}`, { cause: error });
    }
    await syncDir(this.root, this.fs);
    await this.index.put(article, path.join(this.root, name));
    return { article, revision: revisionOf(bytes) };
  }

  /** Renames the folder to match the headline's slug; keeps the old name if that fails. */
  private async renameFolderFor(article: Article, folder: string): Promise<string> {
    const wanted = path.join(this.root, articleFolderName(article.headline, article.id));
    if (wanted === folder) return folder;
    try {
      await lstat(wanted);
      return folder;
    } catch {
      // the wanted name is free
    }
    try {
      await renameWithRetry(this.fs, folder, wanted, [20, 60]);
      await syncDir(this.root, this.fs);
      return wanted;
    } catch {
      // The name is cosmetic (the id finds the folder); a busy folder keeps its old name.
      return folder;
    }
  }

  private async afterWrite(article: Article, folder: string, bytes: Uint8Array): Promise<void> {
    await this.index.put(article, folder);
    await this.snapshots.afterSave(article.id, bytes).catch(() => undefined);
  }

  private async historyOf(id: string): Promise<Snapshot[]> {
    return this.snapshots.list(id);
  }

  /** Whether a recovery copy should be offered, kept quietly, or is obsolete. */
  private async recoveryState(
    id: string,
    recovered: Article,
    written: Date,
  ): Promise<'offer' | 'obsolete' | 'keep'> {
    let folder: string;
    try {
      folder = await this.locate(id);
    } catch {
      return 'keep';
    }
    try {
      const { article } = await readArticleFile(folder);
      if (sameText(article, recovered)) return 'obsolete';
      const saved = (await stat(path.join(folder, ARTICLE_FILE))).mtime;
      return written.getTime() >= saved.getTime() ? 'offer' : 'obsolete';
    } catch {
      // The saved file is unreadable: the recovery copy is the best text there is.
      return 'offer';
    }
  }

  private async readState(): Promise<{ lastArticle?: string | null }> {
    try {
      const data = JSON.parse(await readFile(this.paths.state, 'utf8')) as unknown;
      if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
        const last = (data as { lastArticle?: unknown }).lastArticle;
        return { lastArticle: typeof last === 'string' ? last : null };
      }
    } catch {
      // No state yet, or an unreadable one: start fresh.
    }
    return {};
  }
}

/** Removes staging folders of processes that no longer run (a crash mid-create), and our own. */
async function removeDeadStaging(staging: string): Promise<void> {
  for (const name of await readdir(staging).catch(() => [])) {
    const pid = Number(name);
    if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) continue;
    await rm(path.join(staging, name), { recursive: true, force: true });
  }
}

async function prepareRoot(dir: string, create: boolean): Promise<string> {
  const absolute = path.resolve(dir);
  try {
    const info = await stat(absolute);
    if (!info.isDirectory()) throw new StoreError(`workspace "${absolute}" is not a folder`);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (errorCode(error) !== 'ENOENT' || !create)
      throw new StoreError(`workspace "${absolute}" cannot be opened: ${describeError(error)}`);
    try {
      await mkdir(absolute, { recursive: true });
    } catch (mkdirError) {
      throw new StoreError(
        `workspace "${absolute}" could not be created: ${describeError(mkdirError)}`,
      );
    }
  }
  return realpath(absolute);
}

function validArticle(article: unknown): Article {
  try {
    return parseArticle(article);
  } catch (error) {
    throw invalid('the article to save', error);
  }
}

function invalid(what: string, error: unknown): StoreError {
  if (error instanceof InvalidArticleError)
    return new StoreError(`${what} is not valid: ${error.message}`, { cause: error });
  return new StoreError(`${what} is not valid: ${describeError(error)}`, { cause: error });
}

/** Same text, ignoring the save time. */
function sameText(a: Article, b: Article): boolean {
  return JSON.stringify({ ...a, updated: '' }) === JSON.stringify({ ...b, updated: '' });
}

async function uniqueTrashPath(trash: string, name: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  for (let n = 0; ; n++) {
    const candidate = path.join(trash, n === 0 ? name : `${name}--deleted-${stamp}-${n}`);
    if (!(await pathExists(candidate))) return candidate;
  }
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
