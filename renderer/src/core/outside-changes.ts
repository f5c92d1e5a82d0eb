import type { Article } from '../../../core/article/article';
import type { LibraryChanges, OpenedArticle } from '../../../electron/ipc/contract';
import type { SaveSession } from './save-session';

/** What an outside change of the open article calls for. */
export type OutsideVerdict = 'none' | 'reload' | 'conflict' | 'deleted';

/** What the window knows when it looks at the disk. */
export interface OutsideState {
  /** The revision the editor's text is based on (its last load or save). */
  mine: string;
  /** The revision on disk now; null when the article is gone. */
  theirs: string | null;
  /** The editor holds text that is not on disk. */
  unsaved: boolean;
}

/**
 * Nothing when the disk holds what the window last loaded or wrote (its own saves); otherwise reload
 * a clean editor, offer the conflict choices over unsaved text, or keep the text of a deleted article.
 */
export function outsideVerdict({ mine, theirs, unsaved }: OutsideState): OutsideVerdict {
  if (theirs === null) return 'deleted';
  if (theirs === mine) return 'none';
  return unsaved ? 'conflict' : 'reload';
}

export interface OutsideChangesOptions {
  /** The open article's id. */
  id: string;
  session: SaveSession;
  /** Reads the article as it is on disk now; rejects when it cannot (gone or unreadable). */
  read(id: string): Promise<OpenedArticle>;
  /** The disk has a newer version and the editor nothing unsaved: show it in place. */
  reload(opened: OpenedArticle): void;
  /** Keeps text in the recovery journal (absent in a read-only window). */
  recover?(article: Article): Promise<void>;
}

/**
 * Watches the library's outside changes for the open article: each one naming it is checked against
 * the disk, one at a time and never while the window's own write is in flight, so a save of this
 * window is never taken for someone else's.
 */
export class OutsideChanges {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: OutsideChangesOptions) {}

  /** The library reported `changes`; resolves once the open article has been checked (when they name it). */
  heard(changes: LibraryChanges): Promise<void> {
    const { id } = this.options;
    const gone = changes.removed.includes(id);
    if (!gone && !changes.entries.some((entry) => entry.id === id)) return this.queue;
    this.queue = this.queue.then(() => this.check(gone));
    return this.queue;
  }

  private async check(gone: boolean): Promise<void> {
    const { id, session, read } = this.options;
    for (;;) {
      await session.settled();
      if (session.closed) return;
      const writes = session.writes;
      let theirs: OpenedArticle | null;
      try {
        theirs = await read(id);
      } catch {
        // Unreadable but still there (a sync tool mid-write): its next change, or the next save, tells.
        if (!gone) return;
        theirs = null;
      }
      // A write of ours started meanwhile: what was read may be it, so look again once it is done.
      if (session.writing || session.writes !== writes) continue;
      if (session.closed) return;
      const verdict = outsideVerdict({
        mine: session.revision,
        theirs: theirs?.revision ?? null,
        // A conflict's text is unsaved too, though its failed write cleared the session's flag.
        unsaved: session.hasUnsavedChanges || session.status.kind === 'conflict',
      });
      if (verdict === 'reload' && theirs) this.options.reload(theirs);
      else if (verdict === 'conflict' && theirs) session.conflict(theirs.article, theirs.revision);
      else if (verdict === 'deleted' && session.status.kind !== 'deleted') {
        session.deleted();
        // The deleted file is in the trash, but the text on screen may be newer: the journal keeps it.
        await this.options.recover?.(session.compose()).catch(() => undefined);
      }
      return;
    }
  }
}
