import type { Article } from '../../../core/article/article';
import type { SaveResult } from '../../../electron/ipc/contract';

/** What the save indicator shows. */
export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; theirs: Article; revision: string }
  /** The article was deleted outside this window: its text stays in the editor and the recovery journal. */
  | { kind: 'deleted' };

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Runs work when the page is idle (between frames), or after `timeoutMs` at the latest. */
export interface IdleRunner {
  request(fn: () => void, timeoutMs: number): unknown;
  cancel(handle: unknown): void;
}

/** The editor a session saves from. */
export interface SessionView {
  /** The article exactly as the editor shows it now. */
  compose(): Article;
  /** Called after every successful write with what was written. */
  onSaved?(article: Article, updated: string): void;
}

export interface SaveSessionOptions {
  /** Revision of the article as loaded; each save must be based on the latest one. */
  revision: string;
  /** The editor opens with text that is not on disk (restored from the recovery journal). */
  unsaved?: boolean;
  /** Writes the article; resolves with the store's answer, rejects when the write failed. */
  save: (article: Article, revision: string) => Promise<SaveResult>;
  /** Keeps unsaved text in the recovery journal (crash safety while the save waits). */
  recover?: (article: Article) => Promise<void>;
  /** At most this long between unsaved text and its recovery copy. */
  recoveryMs?: number;
  /** Where the recovery copy is composed: idle time between keystrokes (tests pass their own). */
  idle?: IdleRunner;
  /** Save at least this often during continuous typing. */
  maxWaitMs?: number;
  /** The clock, in ms (tests). */
  now?: () => number;
  /** Quiet time after the last change before saving (must stay under a second). */
  delayMs?: number;
  /** Wait before retrying a failed write. */
  retryMs?: number;
  timers?: Timers;
}

const browserTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const browserIdle: IdleRunner = {
  request: (fn, timeout) => requestIdleCallback(fn, { timeout }),
  cancel: (handle) => cancelIdleCallback(handle as number),
};

// Without requestIdleCallback (Node), "idle" is the next turn of the event loop.
const timersAsIdle = (timers: Timers): IdleRunner => ({
  request: (fn) => timers.set(fn, 0),
  cancel: (handle) => timers.clear(handle),
});

/** Autosave for one open article: debounces changes, never runs two writes at once, stops on a conflict. */
export class SaveSession {
  private statusValue: SaveStatus = { kind: 'saved' };
  private revisionValue: string;
  private dirty = false;
  private timer: unknown = null;
  private recoveryTimer: unknown = null;
  private recoveryIdle: unknown = null;
  /** When the oldest unsaved change happened (ms since epoch), or null when all is saved. */
  private dirtySince: number | null = null;
  private inflight: Promise<boolean> | null = null;
  private writesStarted = 0;
  private disposed = true;
  private view: SessionView | null = null;
  private readonly listeners = new Set<(status: SaveStatus) => void>();
  private readonly timers: Timers;
  private readonly idle: IdleRunner;
  private readonly delayMs: number;
  private readonly retryMs: number;
  private readonly recoveryMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;

  constructor(private readonly options: SaveSessionOptions) {
    this.revisionValue = options.revision;
    // Pending from the start: the first frame that shows unsaved text must not say Saved.
    if (options.unsaved) this.statusValue = { kind: 'pending' };
    this.dirty = options.unsaved ?? false;
    this.timers = options.timers ?? browserTimers;
    this.idle =
      options.idle ??
      (typeof requestIdleCallback === 'function' ? browserIdle : timersAsIdle(this.timers));
    this.delayMs = options.delayMs ?? 700;
    this.retryMs = options.retryMs ?? 4000;
    this.recoveryMs = options.recoveryMs ?? 1000;
    this.maxWaitMs = options.maxWaitMs ?? 5000;
    this.now = options.now ?? (() => Date.now());
  }

  get status(): SaveStatus {
    return this.statusValue;
  }

  get revision(): string {
    return this.revisionValue;
  }

  /** True when there are changes not yet on disk. */
  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inflight !== null;
  }

  /** True while a write is under way. */
  get writing(): boolean {
    return this.inflight !== null;
  }

  /** How many writes have started so far (a check of the disk compares it before and after). */
  get writes(): number {
    return this.writesStarted;
  }

  /** True once the view is gone (or not attached yet). */
  get closed(): boolean {
    return this.disposed;
  }

  /** Resolves once no write is in flight. */
  async settled(): Promise<void> {
    while (this.inflight) await this.inflight;
  }

  /** The file on disk is `revision` now, not what the editor was based on: stop saving until the user decides. */
  conflict(theirs: Article, revision: string): void {
    this.clearTimer();
    this.setStatus({ kind: 'conflict', theirs, revision });
  }

  /** The article was deleted outside: stop saving; unsaved text goes to the recovery journal from now on. */
  deleted(): void {
    this.clearTimer();
    this.setStatus({ kind: 'deleted' });
  }

  /** The article as the editor shows it now. */
  compose(): Article {
    if (!this.view) throw new Error('the editor is not ready');
    return this.view.compose();
  }

  /** Connects the editor; changes are saved from now on. */
  attach(view: SessionView): void {
    this.view = view;
    this.disposed = false;
    if (this.dirty) this.changed();
  }

  /** Listens to status changes; returns the unsubscribe function. */
  subscribe(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records that the article changed; schedules a save. Cheap enough to call on every keystroke. */
  changed(): void {
    if (this.disposed) return;
    this.dirty = true;
    const now = this.now();
    this.dirtySince ??= now;
    this.scheduleRecovery();
    if (this.stopped) return;
    if (this.statusValue.kind === 'saved') this.setStatus({ kind: 'pending' });
    // Debounced, but never postponed past maxWaitMs while someone keeps typing.
    const wait = Math.min(this.delayMs, Math.max(0, this.dirtySince + this.maxWaitMs - now));
    if (this.inflight === null) this.schedule(wait);
  }

  /** Saves now if anything is unsaved; resolves once nothing is in flight. */
  flush(): Promise<void> {
    return this.drain(false);
  }

  /** Writes until nothing is unsaved; `closing` goes on after dispose() for close(). */
  private async drain(closing: boolean): Promise<void> {
    this.clearTimer();
    for (;;) {
      if (this.inflight) {
        await this.inflight;
        continue;
      }
      if (!this.dirty || (this.disposed && !closing) || this.stopped) return;
      if (!(await this.start())) return;
    }
  }

  /** Stops all timers; changes are ignored until attach() is called again. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    if (this.recoveryTimer !== null) this.timers.clear(this.recoveryTimer);
    if (this.recoveryIdle !== null) this.idle.cancel(this.recoveryIdle);
    this.recoveryTimer = null;
    this.recoveryIdle = null;
  }

  /**
   * Stops like dispose(), but first writes what is still unsaved (to the recovery journal if that
   * write fails): text typed while the app moves to another article is never dropped with its view.
   */
  async close(): Promise<void> {
    const view = this.view;
    if (this.disposed || !view || this.statusValue.kind === 'conflict') return this.dispose();
    // The view may be gone before a write in flight ends: what it shows now is what gets written.
    const last = this.compose();
    this.view = { compose: () => last, onSaved: (a, u) => view.onSaved?.(a, u) };
    const draining = this.drain(true);
    this.dispose();
    await draining;
    // A write that failed or met a conflict, or an article deleted outside: the journal keeps it.
    if (this.dirty || this.stopped) await this.options.recover?.(last).catch(() => undefined);
  }

  /** Saving waits for the user: the file changed or went away outside. */
  private get stopped(): boolean {
    return this.statusValue.kind === 'conflict' || this.statusValue.kind === 'deleted';
  }

  private start(): Promise<boolean> {
    this.writesStarted += 1;
    const run = this.write().finally(() => {
      this.inflight = null;
    });
    this.inflight = run;
    return run;
  }

  private async write(): Promise<boolean> {
    this.dirty = false;
    const since = this.dirtySince;
    this.dirtySince = null;
    this.setStatus({ kind: 'saving' });
    try {
      const article = this.compose();
      const result = await this.options.save(article, this.revisionValue);
      if (!result.ok) {
        this.setStatus({ kind: 'conflict', ...result.conflict });
        return false;
      }
      this.revisionValue = result.revision;
      this.view?.onSaved?.(article, result.updated);
      if (this.dirty) {
        this.setStatus({ kind: 'pending' });
        this.schedule(this.delayMs);
      } else {
        this.setStatus({ kind: 'saved' });
      }
      return true;
    } catch (error) {
      this.dirty = true;
      this.dirtySince = Math.min(since ?? this.now(), this.dirtySince ?? Infinity);
      this.setStatus({
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
      this.schedule(this.retryMs);
      return false;
    }
  }

  /**
   * One recovery copy per burst of typing: half of recoveryMs to gather keystrokes, then the first
   * idle moment between frames (composing lands between keystrokes, not in their frames), recoveryMs at the latest.
   */
  private scheduleRecovery(): void {
    const recover = this.options.recover;
    if (!recover || this.recoveryTimer !== null || this.recoveryIdle !== null) return;
    const half = Math.floor(this.recoveryMs / 2);
    this.recoveryTimer = this.timers.set(() => {
      this.recoveryTimer = null;
      if (this.disposed) return;
      this.recoveryIdle = this.idle.request(() => {
        this.recoveryIdle = null;
        if (this.disposed || !this.hasUnsavedChanges || !this.view) return;
        // A failed recovery write must not disturb typing; the next change tries again.
        recover(this.compose()).catch(() => undefined);
      }, this.recoveryMs - half);
    }, half);
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (this.disposed) return;
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private setStatus(status: SaveStatus): void {
    this.statusValue = status;
    for (const listener of this.listeners) listener(status);
  }
}
