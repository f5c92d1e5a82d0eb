import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { LOCAL_ORIGIN, type DeskDoc } from './desk-doc';

/** Origin of awareness updates that came from this computer's editor. */
const RENDERER_ORIGIN = Symbol('renderer awareness');

export interface DeskArticleListener {
  /** A change from someone else, already applied to the main process's document. */
  remoteUpdate(id: string, update: Uint8Array): void;
  /** Others' carets and names changed. */
  awareness(id: string, update: Uint8Array): void;
  /** The article's sync state or pending count changed. */
  changed(): void;
  /** The desk refused the token for this article (`reason` begins "refused: "). */
  refused(id: string, reason: string): void;
  /** The desk let us in, then refused a change to the article (`reason` begins "refused: "). */
  changeRefused(id: string, reason: string): void;
}

/** An open desk article: its document and log, its awareness, and its provider while online. */
export class DeskArticle {
  readonly awareness: Awareness;
  private provider: HocuspocusProvider | null = null;

  constructor(
    readonly deskDoc: DeskDoc,
    private readonly listener: DeskArticleListener,
  ) {
    this.awareness = new Awareness(deskDoc.doc);
    // The main process has no caret of its own; the renderer's state travels through it.
    this.awareness.setLocalState(null);
    deskDoc.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwareness);
  }

  get id(): string {
    return this.deskDoc.id;
  }

  /** True when the desk has confirmed every local change and sent us what it holds. */
  get synced(): boolean {
    const p = this.provider;
    return !!p && p.isSynced && p.unsyncedChanges === 0 && this.deskDoc.pending === 0;
  }

  /** Follows the article on the desk over the shared socket (one provider per article). */
  link(socket: HocuspocusProviderWebsocket, token: string): void {
    this.unlink();
    let authenticated = false;
    const provider = new HocuspocusProvider({
      name: this.id,
      document: this.deskDoc.doc,
      awareness: this.awareness,
      token,
      websocketProvider: socket,
      onSynced: () => this.settle(provider),
      onUnsyncedChanges: () => this.settle(provider),
      onAuthenticated: () => void (authenticated = true),
      onAuthenticationFailed: ({ reason }) => this.listener.refused(this.id, reason),
      onClose: ({ event }) => {
        // A refused change closes the article's connection; waiting would never end in sync.
        if (provider === this.provider && event.reason?.startsWith('refused: ')) {
          if (authenticated) this.listener.changeRefused(this.id, event.reason);
          else this.listener.refused(this.id, event.reason);
        }
        this.listener.changed();
      },
    });
    this.provider = provider;
    provider.attach();
  }

  /** Stops following the article on the desk; local edits go on. */
  unlink(): void {
    const provider = this.provider;
    this.provider = null;
    if (!provider) return;
    provider.detach();
    provider.destroy();
  }

  /** Applies the renderer's awareness update (its caret and name), which the provider sends on. */
  applyAwareness(update: Uint8Array): void {
    applyAwarenessUpdate(this.awareness, update, RENDERER_ORIGIN);
  }

  async close(): Promise<void> {
    this.unlink();
    this.deskDoc.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwareness);
    this.awareness.destroy();
    await this.deskDoc.close();
  }

  private settle(provider: HocuspocusProvider): void {
    if (provider !== this.provider) return;
    // Every update sent so far is acknowledged: the desk holds the whole local document.
    if (provider.isSynced && provider.unsyncedChanges === 0) {
      void this.deskDoc
        .confirm()
        .catch(() => undefined)
        .then(() => this.listener.changed());
    }
    this.listener.changed();
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== LOCAL_ORIGIN) this.listener.remoteUpdate(this.id, update);
  };

  private readonly onAwareness = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === RENDERER_ORIGIN) return;
    const clients = [...change.added, ...change.updated, ...change.removed];
    this.listener.awareness(this.id, encodeAwarenessUpdate(this.awareness, clients));
  };
}
