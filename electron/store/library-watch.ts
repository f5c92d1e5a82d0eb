import path from 'node:path';
import { idFromFolderName } from './layout';
import type { IndexChange, IndexChanges, LibraryIndex } from './library-index';
import type { StoreContext } from './store-context';

/** How the folders are watched: one watch per article folder, or one recursive watch of the root. */
export type WatchMode = 'folders' | 'recursive';

export interface LibraryWatchOptions {
  /** Articles (re)read or gone since the last call; never called with nothing in it. */
  onChange(changes: IndexChanges): void;
  /** Where a failed watch says it fell back to checking periodically. */
  log(message: string): void;
  /** Quiet time after an event before the folders it named are checked (a save fires several). */
  settleMs?: number;
  /** How often the whole library is checked once watching has failed. */
  pollMs?: number;
  /** More folders than this waiting at once is an overflow: the whole library is checked instead. */
  maxPending?: number;
  /** Default: 'recursive' where the platform watches trees natively (macOS, Windows), else 'folders'. */
  mode?: WatchMode;
}

// The system's own words (describeError would read ENOSPC as a full disk; here it is the watch limit).
const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

// Watches set up per turn of the event loop, so a large archive never blocks the main process.
const SETUP_CHUNK = 500;

export function defaultWatchMode(platform: NodeJS.Platform = process.platform): WatchMode {
  return platform === 'darwin' || platform === 'win32' ? 'recursive' : 'folders';
}

/**
 * Keeps the library index current with changes made from outside (a sync tool, the CLI, a desk,
 * another window) by watching the article folders, checking only the folders an event names.
 * A watch that cannot be set up or fails falls back to checking the whole library every
 * `pollMs`, and says so in the log.
 */
export class LibraryWatch {
  /** Resolves once every folder is watched and the library was checked for changes made meanwhile. */
  readonly ready: Promise<void>;
  private readonly folderWatches = new Map<string, () => void>();
  private stopRoot: (() => void) | null = null;
  private pending = new Set<string>();
  private overflowed = false;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;
  private failed = false;
  private readonly settleMs: number;
  private readonly pollMs: number;
  private readonly maxPending: number;
  readonly mode: WatchMode;

  constructor(
    private readonly ctx: StoreContext,
    private readonly index: LibraryIndex,
    private readonly options: LibraryWatchOptions,
  ) {
    this.settleMs = options.settleMs ?? 30;
    this.pollMs = options.pollMs ?? 5000;
    this.maxPending = options.maxPending ?? 2000;
    this.mode = options.mode ?? defaultWatchMode();
    this.ready = this.start().catch((error: unknown) => this.fail(reasonOf(error)));
  }

  /** True once watching failed and the library is checked periodically instead. */
  get polling(): boolean {
    return this.failed && !this.stopped;
  }

  /** Stops watching and polling; a check under way finishes but reports nothing. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.closeWatches();
    if (this.settleTimer) clearTimeout(this.settleTimer);
    if (this.pollTimer) clearTimeout(this.pollTimer);
  }

  private async start(): Promise<void> {
    const { root, fs } = this.ctx;
    const recursive = this.mode === 'recursive';
    this.stopRoot = fs.watch(
      root,
      (name) => {
        const top = name === null ? null : name.split(/[\\/]/)[0]!;
        if (top === null) this.overflow();
        else if (idFromFolderName(top)) {
          if (!recursive && top === name) this.rewatch(top);
          this.schedule(top);
        }
      },
      { recursive, onError: (error) => this.fail(reasonOf(error)) },
    );
    if (!recursive) {
      const names = (await fs.readdir(root)).filter((name) => idFromFolderName(name));
      for (let i = 0; i < names.length && !this.stopped && !this.failed; i += SETUP_CHUNK) {
        for (const name of names.slice(i, i + SETUP_CHUNK))
          if (!this.folderWatches.has(name)) this.watchFolder(name);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    // Whatever changed before the watches were in place (since the library was listed).
    if (!this.stopped && !this.failed) await this.enqueue(() => this.index.check());
  }

  /** A folder of that name appeared, went or was replaced: watch whatever is there now. */
  private rewatch(name: string): void {
    this.folderWatches.get(name)?.();
    this.folderWatches.delete(name);
    this.watchFolder(name);
  }

  private watchFolder(name: string): void {
    if (this.stopped || this.failed) return;
    try {
      const stop = this.ctx.fs.watch(path.join(this.ctx.root, name), () => this.schedule(name), {
        onError: () => {
          this.folderWatches.delete(name);
          this.schedule(name);
        },
      });
      this.folderWatches.set(name, stop);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Gone already (or not a folder): the check of its name will tell.
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      this.fail(reasonOf(error));
    }
  }

  private schedule(name: string): void {
    if (this.stopped) return;
    this.pending.add(name);
    if (this.pending.size > this.maxPending) this.overflow();
    this.settleTimer ??= setTimeout(() => this.drain(), this.settleMs);
  }

  private overflow(): void {
    if (!this.overflowed && !this.failed)
      this.options.log(
        `more than ${this.maxPending} article folders changed at once in "${this.ctx.root}": checking the whole library`,
      );
    this.overflowed = true;
    this.pending.clear();
    this.settleTimer ??= setTimeout(() => this.drain(), this.settleMs);
  }

  private drain(): void {
    this.settleTimer = null;
    const names = [...this.pending];
    const whole = this.overflowed;
    this.pending.clear();
    this.overflowed = false;
    void this.enqueue(() => (whole ? this.index.check() : this.checkFolders(names)));
  }

  /** Each folder under its article's lock, so a save in this process never interleaves with its check. */
  private async checkFolders(names: string[]): Promise<IndexChanges> {
    const merged = new Map<string, IndexChange | null>();
    for (const name of names) {
      const id = idFromFolderName(name)!;
      const changes = await this.ctx.mutex.run(id, () => this.index.checkFolders([name]));
      for (const change of changes.put) merged.set(change.entry.id, change);
      for (const removed of changes.removed) merged.set(removed, null);
    }
    const put = [...merged.values()].filter((c): c is IndexChange => c !== null);
    const removed = [...merged].filter(([, c]) => c === null).map(([id]) => id);
    return { put, removed };
  }

  /** Checks run one at a time, in order; their changes go to onChange. */
  private enqueue(check: () => Promise<IndexChanges>): Promise<void> {
    this.queue = this.queue.then(async () => {
      if (this.stopped || this.ctx.access.isClosed) return;
      try {
        const changes = await check();
        if (!this.stopped && (changes.put.length || changes.removed.length))
          this.options.onChange(changes);
      } catch (error) {
        this.options.log(`checking "${this.ctx.root}" for outside changes: ${reasonOf(error)}`);
      }
    });
    return this.queue;
  }

  private fail(reason: string): void {
    if (this.failed || this.stopped) return;
    this.failed = true;
    this.closeWatches();
    this.options.log(
      `watching "${this.ctx.root}" for outside changes failed (${reason}); checking the whole library every ${this.pollMs / 1000} s instead`,
    );
    const poll = (): void => {
      this.pollTimer = setTimeout(() => {
        void this.enqueue(() => this.index.check()).then(() => {
          if (!this.stopped) poll();
        });
      }, this.pollMs);
      this.pollTimer.unref();
    };
    poll();
  }

  private closeWatches(): void {
    this.stopRoot?.();
    this.stopRoot = null;
    for (const stop of this.folderWatches.values()) stop();
    this.folderWatches.clear();
  }
}
