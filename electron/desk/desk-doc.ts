import * as Y from 'yjs';
import { UpdateLog, type LogRecord } from './update-log';

/** Origin of updates that came from this computer's editor (the renderer, the CLI). */
export const LOCAL_ORIGIN = Symbol('local edit');

/** Origin of updates a window heard from the desk over its own connection. */
export const HEARD_ORIGIN = Symbol('heard by the window');

/** Records appended before the log is rewritten as one state. */
const COMPACT_AFTER = 1000;

/**
 * One desk article in the main process: its Y.Doc and the durable log behind it. A local
 * update is applied, then appended and fsynced before `applyLocal` resolves; everything else
 * that changes the doc (the desk's updates) is appended without waiting. Local updates after
 * the last confirmation of the desk are `pending`.
 */
export class DeskDoc {
  readonly doc: Y.Doc;
  private pendingLocal: Uint8Array[] = [];
  private compacting: Promise<void> | null = null;
  private closed = false;

  private constructor(
    readonly id: string,
    private readonly log: UpdateLog,
    records: readonly LogRecord[],
    private readonly label: string,
    private readonly compactAfter: number,
  ) {
    this.doc = new Y.Doc({ gc: true });
    this.replay(records);
    this.doc.on('update', this.onUpdate);
  }

  /** Opens (or starts) the log at `file` and replays it into a fresh Y.Doc. */
  static async open(
    id: string,
    file: string,
    options: { compactAfter?: number } = {},
  ): Promise<DeskDoc> {
    const label = `the desk log of article ${id}`;
    const compactAfter = options.compactAfter ?? COMPACT_AFTER;
    const { log, read } = await UpdateLog.open(file, label);
    const deskDoc = new DeskDoc(id, log, read.records, label, compactAfter);
    if (read.records.length > compactAfter) await deskDoc.compact();
    return deskDoc;
  }

  /** Local changes the desk has not confirmed yet. */
  get pending(): number {
    return this.pendingLocal.length;
  }

  /** True when the log holds nothing: an article this computer has never seen. */
  get empty(): boolean {
    return this.doc.store.clients.size === 0 && this.doc.share.size === 0;
  }

  /** Applies a local update; resolves once it is durable on this computer. */
  async applyLocal(update: Uint8Array): Promise<void> {
    this.assertOpen();
    checkUpdate(update, this.id);
    // Applied and queued in one synchronous step, so log order matches apply order.
    Y.applyUpdate(this.doc, update, LOCAL_ORIGIN);
    await this.appendLocal(update);
  }

  /** Applies what a window heard from the desk itself; logged as the desk's, not as pending. */
  applyHeard(update: Uint8Array): void {
    this.assertOpen();
    checkUpdate(update, this.id);
    Y.applyUpdate(this.doc, update, HEARD_ORIGIN);
  }

  /**
   * Rewrites the log at `file` as `state` alone, confirmed: the article as the desk holds it, with
   * no local change pending. The article must not be open.
   */
  static async reset(id: string, file: string, state: Uint8Array): Promise<void> {
    checkUpdate(state, id);
    const { log } = await UpdateLog.open(file, `the desk log of article ${id}`);
    try {
      await log.replace([
        { kind: 'state', bytes: state },
        { kind: 'confirmed', bytes: new Uint8Array(0) },
      ]);
    } finally {
      await log.close();
    }
  }

  /**
   * True when the desk's `snapshot` holds every struct and deletion this document holds. Structs
   * waiting here for changes never seen (Yjs's pending structs) are held by neither.
   */
  heldBy(snapshot: Y.Snapshot): boolean {
    const local = Y.snapshot(this.doc);
    for (const [client, clock] of local.sv)
      if ((snapshot.sv.get(client) ?? 0) < clock) return false;
    const desk = Y.mergeDeleteSets([snapshot.ds]);
    return Y.equalDeleteSets(desk, Y.mergeDeleteSets([desk, local.ds]));
  }

  /** The desk holds everything applied so far: later replays count nothing before this as pending. */
  async confirm(): Promise<void> {
    if (this.closed || this.pendingLocal.length === 0) return;
    this.pendingLocal = [];
    await this.log.append('confirmed', Y.encodeStateVector(this.doc), false);
  }

  /** The whole document as one update. */
  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }

  /** Rewrites the log as the current state plus the pending local updates. */
  compact(): Promise<void> {
    this.compacting ??= this.log
      .replace([
        { kind: 'state', bytes: this.state() },
        { kind: 'confirmed', bytes: new Uint8Array(0) },
        ...this.pendingLocal.map((bytes) => ({ kind: 'local' as const, bytes })),
      ])
      .finally(() => (this.compacting = null));
    return this.compacting;
  }

  /** Waits for every write, then closes the log file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.doc.off('update', this.onUpdate);
    await this.compacting?.catch(() => undefined);
    await this.log.close();
    this.doc.destroy();
  }

  private appendLocal(update: Uint8Array): Promise<void> {
    this.pendingLocal.push(update);
    const appended = this.log.append('local', update, true);
    if (this.log.appendedSinceCompaction > this.compactAfter)
      void this.compact().catch(() => undefined);
    return appended;
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOCAL_ORIGIN || this.closed) return;
    // The desk has these; losing the tail of them in a crash only means fetching them again.
    void this.log.append('remote', update, false).catch(() => undefined);
  };

  private replay(records: readonly LogRecord[]): void {
    for (const [index, record] of records.entries()) {
      if (record.kind === 'confirmed') {
        this.pendingLocal = [];
        continue;
      }
      try {
        Y.applyUpdate(this.doc, record.bytes, LOCAL_ORIGIN);
      } catch (error) {
        throw new Error(
          `${this.label} is damaged at record ${index + 1}: ${(error as Error).message}`,
          { cause: error },
        );
      }
      if (record.kind === 'local') this.pendingLocal.push(record.bytes);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`article ${this.id} is closed`);
  }
}

/** Refuses bytes that are not a Yjs update before they reach the log or the document. */
export function checkUpdate(update: Uint8Array, id: string): void {
  try {
    Y.decodeUpdate(update);
  } catch (error) {
    throw new Error(`refused a malformed update for article ${id}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
