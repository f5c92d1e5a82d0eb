import path from 'node:path';
import { ArticleFolders } from './article-folders';
import { ArticlePhotos } from './article-photos';
import { DeskDictionary } from './desk-dictionary';
import { Articles } from './articles';
import { History, defaultHistoryOptions, type HistoryOptions } from './history';
import { KeyedMutex } from './keyed-mutex';
import { LastArticle } from './last-article';
import { Leftovers } from './leftovers';
import { metaPaths } from './layout';
import { LibraryIndex, type IndexProgress } from './library-index';
import { pathExists } from './path-exists';
import { Recovery } from './recovery';
import type { StoreContext } from './store-context';
import { StoreError, describeError, errorCode } from './store-error';
import { storeFs, type StoreFs } from './store-fs';
import { WorkspaceAccess } from './workspace-access';
import { WorkspaceSettings } from './workspace-settings';
import { acquireLock, describeHolder, releaseLock, type LockInfo } from './workspace-lock';

export { StoreError } from './store-error';
export { defaultWorkspaceDir } from './layout';
export type { IndexProgress } from './library-index';

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
  /** Progress of a long index rebuild (a missing or stale index over many articles). */
  onIndexProgress?: (progress: IndexProgress) => void;
  /** From this many article folders on, the listing checks and rereads them in worker threads (default 1,000). */
  indexParallelFrom?: number;
  history?: Partial<HistoryOptions>;
  /** The clock (tests). */
  now?: () => Date;
}

/** Who holds the workspace after an open: us (lockInfo), another instance, or nobody (no lock). */
interface LockOutcome {
  lockInfo: LockInfo | null;
  /** The lock of a crashed instance was taken over: its leftovers need cleaning up. */
  afterCrash: boolean;
  lockedBy: string | null;
  readOnlyReason: string | null;
}

/**
 * An open workspace folder: one folder per article (`<headline-slug>--<id>/article.json` +
 * `photos/`), `.trash/` for deleted articles, `.newsroom/` for the index, lock, state, history
 * and recovery. Opening takes the lock (or opens read-only naming the holder); each job is one
 * part: articles, photos, history, recovery, lastArticle, settings, dictionary.
 */
export class Workspace {
  readonly articles: Articles;
  readonly photos: ArticlePhotos;
  readonly history: History;
  readonly recovery: Recovery;
  readonly lastArticle: LastArticle;
  readonly settings: WorkspaceSettings;
  readonly dictionary: DeskDictionary;
  /** Who holds the lock when another instance does (host and process). */
  readonly lockedBy: string | null;
  /** Why the workspace is read-only, as a sentence fragment (null when writable). */
  readonly readOnlyReason: string | null;
  private readonly ctx: StoreContext;
  private readonly index: LibraryIndex;
  private readonly leftovers: Leftovers;

  private constructor(
    readonly root: string,
    private readonly lock: LockOutcome,
    fs: StoreFs,
    now: () => Date,
    options: WorkspaceOptions,
  ) {
    this.lockedBy = lock.lockedBy;
    this.readOnlyReason = lock.readOnlyReason;
    const paths = metaPaths(root);
    const access = new WorkspaceAccess(root, lock.readOnlyReason);
    this.ctx = { root, paths, fs, now, access, mutex: new KeyedMutex() };
    const holdsLock = lock.lockInfo !== null;
    this.index = new LibraryIndex(root, paths.index, {
      fs,
      writable: holdsLock,
      flushDelayMs: options.indexFlushMs ?? 2000,
      onProgress: options.onIndexProgress,
      parallelFrom: options.indexParallelFrom,
    });
    const folders = new ArticleFolders(this.ctx, this.index);
    this.leftovers = new Leftovers(this.ctx, holdsLock);
    this.history = new History(this.ctx, folders, { ...defaultHistoryOptions, ...options.history });
    this.recovery = new Recovery(this.ctx, folders);
    this.photos = new ArticlePhotos(this.ctx, folders);
    this.lastArticle = new LastArticle(this.ctx, folders);
    this.settings = new WorkspaceSettings(this.ctx);
    this.dictionary = new DeskDictionary(this.ctx);
    this.articles = new Articles(this.ctx, {
      settings: this.settings,
      index: this.index,
      folders,
      leftovers: this.leftovers,
      history: this.history,
      recovery: this.recovery,
    });
  }

  get readOnly(): boolean {
    return this.ctx.access.readOnly;
  }

  /** Opens (creating if needed) a workspace; takes its lock or opens read-only naming the holder. */
  static async open(dir: string, options: WorkspaceOptions = {}): Promise<Workspace> {
    const fs = storeFs(options.fs);
    const now = options.now ?? (() => new Date());
    const root = await prepareRoot(fs, dir, options.create ?? true);
    const paths = metaPaths(root);
    const lock: LockOutcome =
      options.lock === false
        ? { lockInfo: null, afterCrash: false, lockedBy: null, readOnlyReason: null }
        : await takeLock(fs, root, now(), options.readOnlyIfLocked !== false);
    const ws = new Workspace(root, lock, fs, now, options);
    if (lock.lockInfo) {
      for (const dir of [paths.meta, paths.trash, paths.history, paths.recovery])
        await fs.mkdir(dir);
      await ws.leftovers.afterOpen(lock.afterCrash);
    } else if (!ws.readOnly) await fs.mkdir(paths.trash).catch(() => {});
    await ws.index.load();
    return ws;
  }

  /**
   * For an instance opened without the lock (the CLI): writes the index it built, under the lock
   * for that moment, when no one holds the workspace (no lock file, not even a dead one, whose
   * leftovers the next app to open must still sweep). A running app keeps its own index. Returns
   * whether it wrote; the index is a cache, so a failure is not an error.
   */
  async saveIndex(): Promise<boolean> {
    if (this.lock.lockInfo || this.readOnly || !this.index.unsaved) return false;
    const { fs, paths } = this.ctx;
    try {
      if (await pathExists(fs, paths.lock)) return false;
      await fs.mkdir(paths.meta);
      const lock = await acquireLock(fs, paths.lock, this.ctx.now());
      if (!lock.held) return false;
      try {
        await this.index.flush(true);
      } finally {
        await releaseLock(fs, paths.lock, lock.info);
      }
      return !this.index.unsaved;
    } catch {
      return false;
    }
  }

  /** Snapshots articles changed since their last snapshot, writes the index, releases the lock. */
  async close(): Promise<void> {
    if (this.ctx.access.isClosed) return;
    this.dictionary.stopWatching();
    this.articles.stopWatching();
    await this.ctx.mutex.idle();
    try {
      if (!this.readOnly) await this.history.snapshotPending();
      await this.index.flush();
    } finally {
      this.ctx.access.close();
      this.index.stop();
      const { lockInfo } = this.lock;
      if (lockInfo) await releaseLock(this.ctx.fs, this.ctx.paths.lock, lockInfo);
    }
  }
}

/** A workspace another live instance holds (opened with readOnlyIfLocked: false). */
export class WorkspaceLockedError extends StoreError {
  constructor(
    readonly root: string,
    /** "host (process 123) since …" */
    readonly holder: string,
  ) {
    super(`workspace "${root}" is already open in ${holder}`);
  }
}

/** Takes the lock, or says why the workspace opens read-only (held elsewhere, or unwritable). */
async function takeLock(
  fs: StoreFs,
  root: string,
  now: Date,
  readOnlyIfLocked: boolean,
): Promise<LockOutcome> {
  const paths = metaPaths(root);
  try {
    await fs.mkdir(paths.meta);
    const result = await acquireLock(fs, paths.lock, now);
    if (result.held)
      return {
        lockInfo: result.info,
        afterCrash: result.tookOver,
        lockedBy: null,
        readOnlyReason: null,
      };
    const lockedBy = describeHolder(result.holder);
    if (!readOnlyIfLocked) throw new WorkspaceLockedError(root, lockedBy);
    return {
      lockInfo: null,
      afterCrash: false,
      lockedBy,
      readOnlyReason: `it is open in ${lockedBy}`,
    };
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const readOnlyReason = `its folder cannot be written: ${describeError(error)}`;
    return { lockInfo: null, afterCrash: false, lockedBy: null, readOnlyReason };
  }
}

/** The workspace folder as a real path, created when missing (if allowed). */
async function prepareRoot(fs: StoreFs, dir: string, create: boolean): Promise<string> {
  const absolute = path.resolve(dir);
  try {
    const info = await fs.stat(absolute);
    if (!info.isDirectory()) throw new StoreError(`workspace "${absolute}" is not a folder`);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (errorCode(error) !== 'ENOENT' || !create)
      throw new StoreError(`workspace "${absolute}" cannot be opened: ${describeError(error)}`);
    try {
      await fs.mkdir(absolute);
    } catch (mkdirError) {
      throw new StoreError(
        `workspace "${absolute}" could not be created: ${describeError(mkdirError)}`,
      );
    }
  }
  return fs.realpath(absolute);
}
