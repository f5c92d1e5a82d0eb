import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { articleFromDocWithBody } from '../../core/desk/article-from-doc';
import { emptyBody } from '../../core/body/schema';
import { DerivedBody } from '../../core/desk/derived-body';
import { deskRefusal } from '../../core/desk/desk-roles';
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

/**
 * The guard's copy of a document's accepted state, kept in step with the document's updates,
 * and the article derived from it (undefined until derived again after a change): a change is
 * tried on the copy, so neither the document nor its article is rebuilt for every keystroke, and
 * the body is derived again only in the blocks the change touched.
 */
class AcceptedState {
  readonly copy = new Y.Doc({ gc: false });
  private readonly body = new DerivedBody(this.copy);
  article: Article | null | undefined;
  /** The article's fields but the body, validated (null: invalid); undefined until derived again after a change outside the body. */
  private fields: Article | null | undefined;
  private released = false;
  private readonly follow = (update: Uint8Array) => Y.applyUpdate(this.copy, update);

  constructor(readonly doc: Y.Doc) {
    Y.applyUpdate(this.copy, Y.encodeStateAsUpdate(doc));
    this.copy.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.changed.size === 0) return;
      this.article = undefined;
      for (const type of transaction.changed.keys())
        if (!this.body.holds(type)) this.fields = undefined;
    });
    doc.on('update', this.follow);
  }

  /** False once the copy holds what the document does not (a change accepted but never applied). */
  matches(): boolean {
    const a = Y.encodeStateVector(this.doc);
    const b = Y.encodeStateVector(this.copy);
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
  }

  derived(id: string): Article | null {
    if (this.article !== undefined) return this.article;
    this.fields ??= attempt(() =>
      articleFromDocWithBody(this.copy, { id, updated: '1970-01-01T00:00:00Z' }, emptyBody()),
    );
    const fields = this.fields;
    this.article = fields && attempt(() => ({ ...fields, body: this.body.json() }));
    return this.article;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.doc.off('update', this.follow);
    this.body.destroy();
    this.copy.destroy();
  }
}

/** What `derive` gives, or null when it throws (an invalid article). */
function attempt(derive: () => Article): Article | null {
  try {
    return derive();
  } catch {
    return null;
  }
}

const accepted = new WeakMap<Y.Doc, AcceptedState>();

function acceptedState(doc: Y.Doc): AcceptedState {
  const known = accepted.get(doc);
  if (known?.matches()) return known;
  known?.release();
  const state = new AcceptedState(doc);
  accepted.set(doc, state);
  doc.once('destroy', () => {
    if (accepted.get(doc) === state) accepted.delete(doc);
    state.release();
  });
  return state;
}

/**
 * Refuses (throws RefusedUpdate) an update that would make a valid article invalid, or that
 * changes more than photos when it comes from the photo role. The update is tried on a copy, so
 * a refused one never reaches the document, the other clients or the disk.
 */
export function guardUpdate(doc: Y.Doc, id: string, update: Uint8Array, user: DeskUser): void {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    throw new RefusedUpdate('malformed update');
  }
  if (holds(doc, update, decoded.ds)) return;
  const state = acceptedState(doc);
  const before = state.derived(id);
  try {
    Y.applyUpdate(state.copy, update);
  } catch {
    forget(doc, state);
    throw new RefusedUpdate('malformed update');
  }
  const after = state.derived(id);
  const refusal = deskRefusal(before, after, user.role);
  if (!refusal) return;
  // The copy now holds the refused change: the next update starts from the document again.
  forget(doc, state);
  throw new RefusedUpdate(refusal);
}

/**
 * True when `doc` already holds everything `update` carries (a copy sent twice). Decided from the
 * update alone when it brings a struct the document lacks, or only structs it has and no deletion;
 * only the rest pays for a snapshot of the whole document.
 */
function holds(
  doc: Y.Doc,
  update: Uint8Array,
  ds: ReturnType<typeof Y.decodeUpdate>['ds'],
): boolean {
  for (const [client, clock] of Y.parseUpdateMeta(update).to)
    if (clock > Y.getState(doc.store, client)) return false;
  if (ds.clients.size === 0) return true;
  return Y.snapshotContainsUpdate(Y.snapshot(doc), update);
}

function forget(doc: Y.Doc, state: AcceptedState): void {
  if (accepted.get(doc) === state) accepted.delete(doc);
  state.release();
}
