import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { changedClients, type AwarenessChanges } from '../../../core/desk/awareness-changes';
import type { DeskLiveAccess } from '../../../electron/ipc/contract';
import type { DeskDocument } from './desk-document';

// Reconnection backoff of the window's own socket, as the main process's (ms).
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 10_000;

/**
 * The window's own connection to the desk for one open article: keystrokes go to the desk and
 * others' arrive without crossing the main process, which still logs every change and sends it
 * too (the desk keeps the first copy of each). Carets travel here while it lasts.
 */
export class DeskLive {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly provider: HocuspocusProvider;
  /**
   * The provider's carets, kept in step with the document's both ways: the provider ends its
   * awareness when destroyed, and the document's outlives this link (carets then go through the
   * main process).
   */
  private readonly awareness: Awareness;
  private readonly unbridge: () => void;
  private ended = false;
  private inStep = false;

  /**
   * `onEnd` runs once, when the desk refuses the token or a change, or the link is stopped;
   * `onStep` each time the link comes in step with the desk (true) or leaves it (false).
   */
  constructor(
    id: string,
    document: DeskDocument,
    access: DeskLiveAccess,
    private readonly onEnd: () => void,
    private readonly onStep: (inStep: boolean) => void = () => undefined,
  ) {
    this.awareness = new Awareness(document.doc);
    this.unbridge = bridgeAwareness(document.awareness, this.awareness, this);
    this.socket = new HocuspocusProviderWebsocket({
      url: access.url,
      delay: FIRST_DELAY_MS,
      minDelay: FIRST_DELAY_MS,
      maxDelay: MAX_DELAY_MS,
      maxAttempts: 0,
    });
    this.provider = new HocuspocusProvider({
      name: id,
      document: document.doc,
      awareness: this.awareness,
      token: access.token,
      websocketProvider: this.socket,
      // Before the provider applies what came: the editor's held-back changes go in first.
      onMessage: () => document.catchUp(),
      // The main process reports refusals to the person; this link only stops sending.
      onAuthenticationFailed: () => this.stop(),
      onSynced: () => this.step(this.synced),
      onClose: ({ event }) => {
        this.step(false);
        if (event.reason?.startsWith('refused: ')) this.stop();
      },
    });
    // Updates and carets the desk sends here are others': the main process gets its own copies.
    document.fromElsewhere(this.provider);
    document.fromElsewhere(this);
    this.provider.attach();
  }

  /**
   * True while connected and in step with the desk: then everything the desk holds arrives here,
   * and the copies the main process passes on are not needed.
   */
  get synced(): boolean {
    return !this.ended && this.provider.isSynced;
  }

  /** The origin of the updates this connection applies to the document. */
  get origin(): unknown {
    return this.provider;
  }

  /** Closes the connection (the article's document stays open in the window). */
  stop(): void {
    if (this.ended) return;
    this.ended = true;
    this.unbridge();
    // Destroying the provider tells the others this caret is gone (and ends its awareness).
    this.provider.destroy();
    this.socket.destroy();
    this.step(false);
    this.onEnd();
  }

  private step(inStep: boolean): void {
    if (inStep === this.inStep) return;
    this.inStep = inStep;
    this.onStep(inStep);
  }
}

/**
 * Keeps `link`'s awareness in step with the document's: this window's own caret goes out, others'
 * come in, applied with `origin`. Returns the function that stops it.
 */
function bridgeAwareness(document: Awareness, link: Awareness, origin: unknown): () => void {
  const own = document.clientID;
  link.setLocalState(document.getLocalState());
  const out = (changes: AwarenessChanges) => {
    if (changedClients(changes).includes(own)) link.setLocalState(document.getLocalState());
  };
  const inward = (changes: AwarenessChanges) => {
    const others = changedClients(changes).filter((client) => client !== own);
    if (others.length > 0)
      applyAwarenessUpdate(document, encodeAwarenessUpdate(link, others), origin);
  };
  document.on('change', out);
  link.on('update', inward);
  return () => {
    document.off('change', out);
    link.off('update', inward);
  };
}
