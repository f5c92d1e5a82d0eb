import type { Article } from '../../../core/article/article';
import type { OpenedArticle } from '../../../electron/ipc/contract';
import { createLatestRequest } from './latest-request';
import type { SaveSession } from './save-session';

/** What the editor pane shows. */
export interface Shown {
  opened: OpenedArticle;
  /** Text restored from the recovery journal, not yet saved. */
  unsaved: boolean;
  /** A new article: put the cursor in its headline. */
  fresh: boolean;
  /** Bumped on every load so the editor remounts with what was loaded. */
  load: number;
  /** A quiet note on why the article was (re)loaded, e.g. it changed outside. */
  notice: string | null;
}

export interface ShowOptions {
  unsaved?: boolean;
  fresh?: boolean;
  notice?: string;
}

export interface ArticleNavigationOptions {
  /** The article shown at start-up (firstShown of it is on screen already). */
  opened: OpenedArticle | null;
  readOnly: boolean;
  /** Keeps a snapshot of the article in its history. */
  snapshot(id: string): Promise<unknown>;
  /** Puts `shown` on screen (null: no article). */
  show(shown: Shown | null): void;
}

/** What the editor pane shows at start-up. */
export function firstShown(opened: OpenedArticle | null): Shown | null {
  return opened && { opened, unsaved: false, fresh: false, load: 1, notice: null };
}

/**
 * Which article the editor shows, and what moving away from one takes: its unsaved text is saved
 * first, and if it was saved while open it keeps a snapshot in its history. When articles are asked
 * for one after another, what was asked for last is shown, whichever answer comes back last.
 */
export class ArticleNavigation {
  private session: SaveSession | null = null;
  private openId: string | null;
  private savedWhileOpen = false;
  private loads = 1;
  private readOnly: boolean;
  private readonly latest = createLatestRequest();

  constructor(private readonly options: ArticleNavigationOptions) {
    this.openId = options.opened?.article.id ?? null;
    this.readOnly = options.readOnly;
  }

  /** The shown article view's save session while it is mounted (null once it is gone). */
  attach(session: SaveSession | null): void {
    this.session = session;
  }

  /** An article was saved; the open one saved counts towards its snapshot on leaving. */
  saved(article: Article): void {
    if (article.id === this.openId) this.savedWhileOpen = true;
  }

  /** A read-only workspace keeps no snapshots. */
  setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
  }

  /** Starts a request; the returned check stays true until a later one begins. */
  begin(): () => boolean {
    return this.latest.begin();
  }

  /** Shows `opened` in a fresh article view (null: no article). */
  show(opened: OpenedArticle | null, how: ShowOptions = {}): void {
    this.loads += 1;
    this.openId = opened?.article.id ?? null;
    this.savedWhileOpen = false;
    this.options.show(
      opened && {
        opened,
        unsaved: how.unsaved ?? false,
        fresh: how.fresh ?? false,
        load: this.loads,
        notice: how.notice ?? null,
      },
    );
  }

  /** Saves the open article's unsaved text, if any. */
  async flush(): Promise<void> {
    await this.session?.flush();
  }

  /** Saves the open article before `nextId` replaces it; if it changed while open, keeps a snapshot of it. */
  async leave(nextId: string | null): Promise<void> {
    await this.flush();
    const left = this.openId;
    if (!left || left === nextId || !this.savedWhileOpen || this.readOnly) return;
    this.savedWhileOpen = false;
    // History is a safety net: failing to take a snapshot must not stop the user moving on.
    await this.options.snapshot(left).catch(() => undefined);
  }

  /**
   * Leaves the open article for `nextId` (null: one not created yet) and shows what `load` answers,
   * unless a later request has begun meanwhile.
   */
  async open(
    nextId: string | null,
    load: () => Promise<OpenedArticle>,
    how: ShowOptions = {},
  ): Promise<void> {
    const current = this.begin();
    await this.leave(nextId);
    const opened = await load();
    if (current()) this.show(opened, how);
  }

  /** The article `id` is going away: if it is shown, its view stops saving and nothing is shown. */
  close(id: string): void {
    if (this.openId !== id) return;
    this.session?.dispose();
    this.show(null);
  }

  /** Saves the open article as the window closes; returns what could not be saved, or null. */
  async closeWindow(): Promise<Article | null> {
    const session = this.session;
    await session?.flush();
    return session?.hasUnsavedChanges ? session.compose() : null;
  }
}
