import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { articleFromDoc } from '../../core/desk/article-from-doc';
import { photoRoleRefusal } from '../../core/desk/desk-roles';
import type { Article } from '../../core/article/article';
import type { DeskUser } from './desk-users';

// Hocuspocus message types (@hocuspocus/common MessageType) and y-protocols sync steps.
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * A refused connection or change. Hocuspocus closes the document's connection and the provider's
 * onClose (or onAuthenticationFailed) receives `reason`, which always starts with "refused: ".
 */
export class RefusedUpdate extends Error {
  override name = 'RefusedUpdate';
  readonly reason: string;
  constructor(
    message: string,
    readonly code = 4403,
  ) {
    super(message);
    this.reason = `refused: ${message}`;
  }
}

/** The Yjs update a Hocuspocus message carries, or null for messages without one (awareness, sync step 1…). */
export function updateOfMessage(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
    return decoding.readVarUint8Array(decoder);
  } catch {
    throw new RefusedUpdate('malformed message');
  }
}

const articleOf = (doc: Y.Doc, id: string): Article | null => {
  try {
    return articleFromDoc(doc, { id, updated: '1970-01-01T00:00:00Z' });
  } catch {
    return null;
  }
};

/**
 * Refuses (throws RefusedUpdate) an update that would make a valid article invalid, or that
 * changes more than photos when it comes from the photo role. The update is tried on a copy, so
 * a refused one never reaches the document, the other clients or the disk.
 */
export function guardUpdate(doc: Y.Doc, id: string, update: Uint8Array, user: DeskUser): void {
  let trial: Y.Doc;
  try {
    Y.decodeUpdate(update);
    if (Y.snapshotContainsUpdate(Y.snapshot(doc), update)) return;
    trial = new Y.Doc({ gc: false });
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(trial, update);
  } catch {
    throw new RefusedUpdate('malformed update');
  }
  try {
    const before = articleOf(doc, id);
    const after = articleOf(trial, id);
    if (before && !after) throw new RefusedUpdate('the change does not leave a valid article');
    if (user.role !== 'photo') return;
    if (!before || !after) throw new RefusedUpdate('the photo role may not start an article');
    const refusal = photoRoleRefusal(before, after);
    if (refusal) throw new RefusedUpdate(refusal);
  } finally {
    trial.destroy();
  }
}
