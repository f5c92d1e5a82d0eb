import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import type { DeskCatchUp, DeskLiveAccess, DeskState } from '../../../electron/ipc/contract';
import { DeskDocument } from './desk-document';
import type { DeskLive } from './desk-live';
import { deskSaveStatus, type DeskSaveStatus } from './desk-status';

/** The main process's side of one desk article, as the window reaches it. */
export interface DeskArticleChannel {
  /** Resolves once the update is on this computer's disk; `generation` is the document's. */
  update(id: string, update: string, generation: number): Promise<unknown>;
  /** What the window's own connection heard from the desk, for this computer's log. */
  heard(id: string, update: string): Promise<unknown>;
  awareness(id: string, update: string): Promise<unknown>;
  /** The window's own connection hears others itself: the main process stops passing them on. */
  inStep(id: string): Promise<unknown>;
  /** It no longer does: they come through the main process again, after what the window missed. */
  outOfStep(id: string, stateVector: string): Promise<DeskCatchUp | null>;
  close(id: string): Promise<unknown>;
}

// A write that failed (disk full, main process busy) is tried again after this long.
const RETRY_MS = 2000;
// What the window's own connection heard reaches this computer's log this long after.
const HEARD_AFTER_MS = 200;

/**
 * One open desk article in the window: its DeskDocument, the updates on their way to this
 * computer's disk (retried until written) and the save status they and the desk's state make.
 */
export class DeskArticle {
  readonly document: DeskDocument;
  private inFlight = 0;
  private failed: Uint8Array[] = [];
  private failure: string | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private state: DeskState;
  private statusValue: DeskSaveStatus;
  private listeners = new Set<() => void>();
  private closed = false;
  private live: DeskLive | null = null;
  /** The window's own connection is being set up (its code loads apart: solo windows never need it). */
  private goingLive = false;
  private heard: Uint8Array[] = [];
  private heardLater: ReturnType<typeof setTimeout> | null = null;

  /**
   * `generation`: the main process's count of this article's document replacements (after a
   * refusal), sent back with each update so an edit of a replaced document is told apart.
   */
  constructor(
    readonly id: string,
    initial: string,
    readonly generation: number,
    state: DeskState,
    name: string,
    private readonly channel: DeskArticleChannel,
    live: DeskLiveAccess | null = null,
  ) {
    this.state = state;
    this.statusValue = deskSaveStatus(state, 0, null);
    this.document = new DeskDocument(
      fromBase64(initial),
      {
        sendUpdate: (update) => this.write(update),
        sendAwareness: (update) => {
          // The window's own connection carries its caret while it lasts.
          if (this.closed || this.live || this.goingLive) return;
          void channel.awareness(id, toBase64(update)).catch(() => undefined);
        },
      },
      name,
      // Sent at the end of the keystroke's task, what it changed merged: the other windows do not
      // wait for this one's frame.
      (send) => queueMicrotask(send),
    );
    if (live) this.goLive(live);
  }

  get status(): DeskSaveStatus {
    return this.statusValue;
  }

  /** Listens to status changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The desk's state changed (connection, changes waiting). */
  deskState(state: DeskState): void {
    this.state = state;
    // Signed out of the desk: the window's own connection ends.
    if (this.live && state.url === null) this.live.stop();
    if (state.user && !this.closed) this.document.rename(state.user.name);
    this.recompute();
  }

  /**
   * An update from others (base64, as it crossed the IPC). While the window's own connection is in
   * step with the desk it brings the same update itself; applying this copy would only send it back.
   */
  receiveUpdate(update: string): void {
    if (!this.closed && !this.live?.synced) this.document.receiveUpdate(fromBase64(update));
  }

  receiveAwareness(update: string): void {
    if (!this.closed && !this.live?.synced) this.document.receiveAwareness(fromBase64(update));
  }

  /** Resolves when every change made in the window is on this computer's disk (or failed to get there). */
  async settled(): Promise<void> {
    if (!this.closed) this.document.flush();
    while (this.inFlight > 0 && !this.closed) {
      await new Promise<void>((done) => {
        const off = this.subscribe(() => {
          off();
          done();
        });
      });
    }
  }

  /** Stops following the article; changes already sent still reach the disk. */
  close(): void {
    if (this.retire()) void this.channel.close(this.id).catch(() => undefined);
  }

  /**
   * Lets go of this document, which the main process replaced (the desk refused a change): the
   * article stays open there, and what was typed here meanwhile still goes to it, to be made again.
   * False when already closed.
   */
  retire(): boolean {
    if (this.closed) return false;
    if (this.retry) clearTimeout(this.retry);
    // Changes that failed to reach the disk get one last try before the window lets go of them.
    if (this.failed.length > 0) this.resend();
    this.passHeard();
    this.live?.stop();
    this.document.destroy();
    this.closed = true;
    return true;
  }

  private goLive(access: DeskLiveAccess): void {
    this.goingLive = true;
    void import('./desk-live').then(
      ({ DeskLive }) => {
        this.goingLive = false;
        if (this.closed) return;
        const live = new DeskLive(
          this.id,
          this.document,
          access,
          () => {
            if (this.live !== live) return;
            this.live = null;
            // The caret and name go on through the main process.
            if (!this.closed) this.document.announce();
          },
          (inStep) => this.stepped(inStep),
        );
        this.live = live;
        // What the desk sends over it goes to this computer's log too (the main process may be
        // offline), gathered for a moment: the desk holds it already, and the window has frames to draw.
        this.document.doc.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin !== live.origin || this.closed) return;
          this.heard.push(update);
          this.heardLater ??= setTimeout(() => this.passHeard(), HEARD_AFTER_MS);
        });
      },
      () => {
        // Without it every change still comes through the main process; the caret goes there too.
        this.goingLive = false;
        if (!this.closed) this.document.announce();
      },
    );
  }

  /** Others' changes and carets come over the window's own connection while it is in step. */
  private stepped(inStep: boolean): void {
    if (this.closed) return;
    if (inStep) {
      void this.channel.inStep(this.id).catch(() => undefined);
      return;
    }
    const stateVector = toBase64(Y.encodeStateVector(this.document.doc));
    this.channel.outOfStep(this.id, stateVector).then(
      (missed) => {
        if (!missed || this.closed) return;
        this.document.receiveUpdate(fromBase64(missed.update));
        this.document.receiveAwareness(fromBase64(missed.awareness));
      },
      // Until the main process hears it, it may still hold others' changes back from the window.
      () => setTimeout(() => !this.live?.synced && this.stepped(false), RETRY_MS),
    );
  }

  private passHeard(): void {
    if (this.heardLater) clearTimeout(this.heardLater);
    this.heardLater = null;
    if (this.heard.length === 0) return;
    const updates = this.heard.splice(0);
    const merged = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
    void this.channel.heard(this.id, toBase64(merged)).catch(() => undefined);
  }

  private write(update: Uint8Array): void {
    this.inFlight += 1;
    this.recompute();
    this.channel.update(this.id, toBase64(update), this.generation).then(
      () => {
        this.inFlight -= 1;
        if (this.failed.length === 0) this.failure = null;
        this.recompute();
      },
      (error: unknown) => {
        this.inFlight -= 1;
        this.failed.push(update);
        this.failure = error instanceof Error ? error.message : String(error);
        this.retry ??= setTimeout(() => this.resend(), RETRY_MS);
        this.recompute();
      },
    );
  }

  private resend(): void {
    this.retry = null;
    if (this.closed || this.failed.length === 0) return;
    const merged = Y.mergeUpdates(this.failed.splice(0));
    this.write(merged);
  }

  private recompute(): void {
    const next = deskSaveStatus(this.state, this.inFlight, this.failure);
    const now = this.statusValue;
    if (next.kind === now.kind && next.waiting === now.waiting && next.message === now.message)
      return;
    this.statusValue = next;
    for (const listener of this.listeners) listener();
  }
}
