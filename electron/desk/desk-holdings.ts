import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Hocuspocus message types that carry a y-protocols sync message (Sync, SyncReply). */
const SYNC_TYPES = new Set([0, 4]);
const STEP_1 = 0;
const STEP_2 = 1;

/**
 * What the desk holds of a document, read from its answer to a sync step 1: the state vector of
 * its step 1, then the delete set of the step 2 it sends right after, computed in the same step.
 */
export class DeskHoldings {
  private vector: Map<number, number> | null = null;

  /**
   * Reads one message from the desk (a WebSocket message's data); returns the desk's snapshot once
   * a step 2 completes a step 1, else null. Anything that is not a sync step is passed over.
   */
  read(data: unknown): Y.Snapshot | null {
    const bytes = asBytes(data);
    if (!bytes) return null;
    try {
      const decoder = decoding.createDecoder(bytes);
      decoding.readVarString(decoder);
      if (!SYNC_TYPES.has(decoding.readVarUint(decoder))) return null;
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === STEP_1) {
        this.vector = Y.decodeStateVector(payload);
        return null;
      }
      if (step !== STEP_2 || !this.vector) return null;
      const vector = this.vector;
      this.vector = null;
      return Y.createSnapshot(Y.decodeUpdate(payload).ds, vector);
    } catch {
      // The provider reports a malformed message itself; it tells us nothing the desk holds.
      this.vector = null;
      return null;
    }
  }

  /** The connection ended: a step 1 read so far has no step 2 coming. */
  forget(): void {
    this.vector = null;
  }
}

function asBytes(data: unknown): Uint8Array | null {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return null;
}
