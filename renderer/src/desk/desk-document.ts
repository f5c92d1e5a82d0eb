import * as Y from 'yjs';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import { changedClients, type AwarenessChanges } from '../../../core/desk/awareness-changes';

/** Where a desk document's own changes go: the main process, which logs them and sends them on. */
export interface DeskLink {
  sendUpdate(update: Uint8Array): void;
  sendAwareness(update: Uint8Array): void;
}

/** Who is typing, as others see them beside their caret: a name, and a colour from `personColors`. */
export interface DeskPerson {
  name: string;
  color: string;
}

/** The colours of others' carets; each has its class in desk.css (the CSP allows no inline styles). */
export const personColors = [
  '#c2410c',
  '#1d4ed8',
  '#15803d',
  '#7e22ce',
  '#be123c',
  '#0f766e',
  '#a16207',
  '#4338ca',
] as const;

/** A colour for the client `clientId`, stable for its life. */
export function personColor(clientId: number): string {
  return personColors[clientId % personColors.length]!;
}

// Changes that came from the main process; they are not sent back.
const remote = Symbol('desk-remote');

/**
 * The window's copy of one desk article: a Y.Doc and its awareness (carets, who is where). Its own
 * changes go out through `link`; the main process's come in through receive().
 */
export class DeskDocument {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);

  private outgoing: Uint8Array[] = [];
  private readonly elsewhere = new Set<unknown>([remote]);
  private awarenessChanged = new Set<number>();
  private flushing = false;
  private readonly heldBack = new Set<() => void>();

  /**
   * `name`: who types here; their colour follows from the document's client id. `defer` runs the
   * sending later (at the end of the keystroke's task, in the window), merging what piled up.
   */
  constructor(
    state: Uint8Array,
    private readonly link: DeskLink,
    name: string,
    private readonly defer: (send: () => void) => void = (send) => send(),
  ) {
    if (state.byteLength > 0) Y.applyUpdate(this.doc, state, remote);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (this.elsewhere.has(origin)) return;
      this.outgoing.push(update);
      this.schedule();
    });
    this.rename(name);
    this.awareness.on('update', (changes: AwarenessChanges, origin: unknown) => {
      if (this.elsewhere.has(origin)) return;
      for (const client of changedClients(changes)) this.awarenessChanged.add(client);
      this.schedule();
    });
  }

  /** Changes applied with `origin` came from elsewhere (the desk itself): they are not sent on. */
  fromElsewhere(origin: unknown): void {
    this.elsewhere.add(origin);
  }

  /**
   * `write` puts local changes held back into the document (the body editor's, which it writes
   * once its frame is drawn); called before others' changes apply. Returns the unregister function.
   */
  holdBack(write: () => void): () => void {
    this.heldBack.add(write);
    return () => this.heldBack.delete(write);
  }

  /**
   * Writes every held-back local change into the document. Others' changes must wait for it: one
   * applied first would be overwritten by, or overwrite, what the editor has not written yet.
   */
  catchUp(): void {
    for (const write of this.heldBack) write();
  }

  /** Sends what is waiting now (before the window lets go of the document). */
  flush(): void {
    this.catchUp();
    this.flushing = false;
    if (this.outgoing.length > 0) {
      const updates = this.outgoing.splice(0);
      this.link.sendUpdate(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
    }
    if (this.awarenessChanged.size > 0) {
      const clients = [...this.awarenessChanged];
      this.awarenessChanged.clear();
      this.link.sendAwareness(encodeAwarenessUpdate(this.awareness, clients));
    }
  }

  private schedule(): void {
    if (this.flushing) return;
    this.flushing = true;
    this.defer(() => this.flush());
  }

  /** Sends this window's caret and name again (when the way they go out changed). */
  announce(): void {
    this.awarenessChanged.add(this.doc.clientID);
    this.schedule();
  }

  /** Who types here, as others see it (the desk says who the token belongs to after connecting). */
  rename(name: string): void {
    const person: DeskPerson = { name, color: personColor(this.doc.clientID) };
    const current = this.awareness.getLocalState()?.user as DeskPerson | undefined;
    if (current?.name !== name) this.awareness.setLocalStateField('user', person);
  }

  /** An update from the desk (or from this computer's log). */
  receiveUpdate(update: Uint8Array): void {
    this.catchUp();
    Y.applyUpdate(this.doc, update, remote);
  }

  /** Others' carets and names. */
  receiveAwareness(update: Uint8Array): void {
    applyAwarenessUpdate(this.awareness, update, remote);
  }

  /** Says goodbye to the others (the caret disappears at once) and frees the document. */
  destroy(): void {
    removeAwarenessStates(this.awareness, [this.doc.clientID], 'closed');
    this.flush();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
