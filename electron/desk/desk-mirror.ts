import type * as Y from 'yjs';
import type { Workspace } from '../store/workspace';
import { writeDerivedArticle } from './derived-article';
import {
  deskPhotosOf,
  downloadArticlePhoto,
  downloadDeskPhoto,
  isCached,
  linkIntoArticle,
  seededPhotosOf,
  uploadDeskPhoto,
} from './desk-photos';

/** Quiet time after a change before article.json is derived again (typing makes many changes). */
const DERIVE_AFTER_MS = 300;

export interface DeskRemote {
  origin: string;
  token: string;
}

/**
 * Mirrors open desk articles into the workspace: article.json derived from the document, and
 * its photos fetched into the cache and linked into the article's folder; photos the desk may
 * lack are sent to it. Runs after changes settle, one article at a time.
 */
export class DeskMirror {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout> | undefined>();
  private readonly docs = new Map<string, Y.Doc>();
  private readonly runs = new Map<string, Promise<void>>();
  /** Photos the desk has confirmed holding, since this mirror started. */
  private readonly sent = new Set<string>();
  /** While held, changes are only noted: article.json stays as it is until `flush`. */
  private held = false;

  constructor(
    private readonly ws: Workspace,
    private readonly remote: () => DeskRemote | null,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Derives the article again once changes pause. */
  schedule(id: string, doc: Y.Doc): void {
    this.docs.set(id, doc);
    clearTimeout(this.timers.get(id));
    if (this.held) {
      this.timers.set(id, undefined);
      return;
    }
    this.timers.set(
      id,
      setTimeout(() => void this.run(id), DERIVE_AFTER_MS),
    );
  }

  /** Derives nothing until `flush` (sync reads article.json for changes made outside the desk). */
  hold(): void {
    this.held = true;
  }

  /** Runs every scheduled derivation now and waits for all of them; ends a hold. */
  async flush(): Promise<void> {
    this.held = false;
    for (const [id, timer] of this.timers) {
      clearTimeout(timer);
      void this.run(id);
    }
    this.timers.clear();
    await Promise.all(this.runs.values());
  }

  /** Stops mirroring a closed article. */
  forget(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.docs.delete(id);
  }

  /** Derives one article now (after any run in progress for it). */
  run(id: string): Promise<void> {
    this.timers.delete(id);
    const previous = this.runs.get(id) ?? Promise.resolve();
    const next = previous.then(() => this.mirror(id));
    this.runs.set(id, next);
    void next.then(() => {
      if (this.runs.get(id) === next) this.runs.delete(id);
    });
    return next;
  }

  private async mirror(id: string): Promise<void> {
    const doc = this.docs.get(id);
    if (!doc || this.ws.readOnly) return;
    try {
      const article = await writeDerivedArticle(this.ws, id, doc);
      if (!article) return;
      for (const file of deskPhotosOf(article)) await this.photo(id, file);
      const remote = this.remote();
      if (remote)
        for (const file of seededPhotosOf(article))
          await downloadArticlePhoto(remote.origin, remote.token, this.ws, id, file);
    } catch (error) {
      this.log(`could not mirror desk article ${id}: ${(error as Error).message}`);
    }
  }

  private async photo(id: string, file: string): Promise<void> {
    const remote = this.remote();
    const cached = await isCached(this.ws.root, file);
    if (!cached && remote) await downloadDeskPhoto(remote.origin, remote.token, this.ws.root, file);
    if (cached && remote && !this.sent.has(file)) {
      await uploadDeskPhoto(remote.origin, remote.token, this.ws.root, file);
      this.sent.add(file);
    }
    await linkIntoArticle(this.ws, id, file);
  }
}
