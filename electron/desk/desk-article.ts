import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { changedClients, type AwarenessChanges } from '../../core/desk/awareness-changes';
import { HEARD_ORIGIN, LOCAL_ORIGIN, type DeskDoc } from './desk-doc';
import { DeskHoldings } from './desk-holdings';

// A pause in typing this long before the desk is asked whether it holds the changes.
const ASK_AFTER_MS = 250;

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
  /** What the desk said it holds, read from its answers to our sync step 1. */
  private readonly holdings = new DeskHoldings();
  /** A sync step 1 is on its way to the desk to learn whether it holds the pending changes. */
  private asking = false;
  /** The desk's last answer, when it lacked something of this document. */
  private shortfall: Y.Snapshot | null = null;
  /** The desk answered the same shortfall twice: asking again waits for the document to change. */
  private stalled = false;
  /** The ask that follows the last logged change. */
  private askLater: ReturnType<typeof setTimeout> | null = null;

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
      onMessage: ({ event }) => this.answered(provider, event.data),
      onAuthenticated: () => void (authenticated = true),
      onAuthenticationFailed: ({ reason }) => this.listener.refused(this.id, reason),
      onClose: ({ event }) => {
        if (provider === this.provider) this.forgetAnswers();
        // A refused change closes the article's connection; waiting would never end in sync.
        if (provider === this.provider && event.reason?.startsWith('refused: ')) {
          if (authenticated) this.listener.changeRefused(this.id, event.reason);
          else this.listener.refused(this.id, event.reason);
        }
        this.listener.changed();
      },
    });
    this.provider = provider;
    this.forgetAnswers();
    provider.attach();
  }

  /** Stops following the article on the desk; local edits go on. */
  unlink(): void {
    if (this.askLater) clearTimeout(this.askLater);
    this.askLater = null;
    const provider = this.provider;
    this.provider = null;
    if (!provider) return;
    provider.detach();
    provider.destroy();
  }

  /**
   * A local change was logged. One the desk already had (the window sent it over its own
   * connection) changes nothing here, so the provider sends nothing and no answer would count it
   * confirmed: ask the desk what it holds instead, once the typing pauses.
   */
  logged(): void {
    if (this.askLater) clearTimeout(this.askLater);
    this.askLater = setTimeout(() => {
      this.askLater = null;
      if (this.provider) this.settle(this.provider);
    }, ASK_AFTER_MS);
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
    // The provider's count reaches 0 at the first answer after a reconnection, while edits queued
    // offline are still on their way: only the desk's own word on what it holds confirms them.
    const quiet = provider.isSynced && provider.unsyncedChanges === 0;
    if (quiet && this.deskDoc.pending > 0 && !this.asking && !this.stalled) {
      this.asking = true;
      provider.forceSync();
    }
    this.listener.changed();
  }

  /** Reads the desk's answers to a sync step 1 and confirms what they show it holds. */
  private answered(provider: HocuspocusProvider, data: unknown): void {
    if (provider !== this.provider) return;
    const held = this.holdings.read(data);
    if (!held) return;
    this.asking = false;
    if (!this.deskDoc.heldBy(held)) {
      // The desk did not take what our answer to its step 1 sent: asking on would only loop.
      this.stalled = !!this.shortfall && Y.equalSnapshots(this.shortfall, held);
      this.shortfall = held;
      return;
    }
    this.shortfall = null;
    // The count drops at once; the window hears again once the confirmation is written.
    const written = this.deskDoc.confirm().catch(() => undefined);
    this.listener.changed();
    void written.then(() => this.listener.changed());
  }

  private forgetAnswers(): void {
    this.asking = false;
    this.shortfall = null;
    this.stalled = false;
    this.holdings.forget();
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.stalled = false;
    // The window made or heard these itself.
    if (origin !== LOCAL_ORIGIN && origin !== HEARD_ORIGIN)
      this.listener.remoteUpdate(this.id, update);
  };

  private readonly onAwareness = (change: AwarenessChanges, origin: unknown): void => {
    if (origin === RENDERER_ORIGIN) return;
    this.listener.awareness(this.id, encodeAwarenessUpdate(this.awareness, changedClients(change)));
  };
}
