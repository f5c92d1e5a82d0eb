import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
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
  private ended = false;

  /** `onEnd` runs once, when the desk refuses the token or a change, or the link is stopped. */
  constructor(
    id: string,
    document: DeskDocument,
    access: DeskLiveAccess,
    private readonly onEnd: () => void,
  ) {
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
      awareness: document.awareness,
      token: access.token,
      websocketProvider: this.socket,
      // Before the provider applies what came: the editor's held-back changes go in first.
      onMessage: () => document.catchUp(),
      // The main process reports refusals to the person; this link only stops sending.
      onAuthenticationFailed: () => this.stop(),
      onClose: ({ event }) => {
        if (event.reason?.startsWith('refused: ')) this.stop();
      },
    });
    // Updates the desk sends here are others': they reach this computer's log through the main process.
    document.fromElsewhere(this.provider);
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
    // Destroying the provider tells the others this caret is gone (and ends the awareness with it).
    this.provider.destroy();
    this.socket.destroy();
    this.onEnd();
  }
}
