import type { FileHandle } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { atomicWrite, syncDir } from '../store/atomic-write';

/** A change made here, one from the desk, the desk's confirmation of what came before, or a compacted state. */
export const recordKinds = { local: 1, remote: 2, confirmed: 3, state: 4 } as const;
export type RecordKind = keyof typeof recordKinds;

export interface LogRecord {
  kind: RecordKind;
  bytes: Uint8Array;
}

export interface ReadLog {
  records: LogRecord[];
  /** Bytes after the last whole record: a write cut short by a crash, or damage. */
  damagedTail: number;
}

const MAGIC = new TextEncoder().encode('NRYLOG1\n');
const HEADER = 9; // kind (1) + length (4) + crc32 of kind, length and payload (4)
const kindOf = new Map<number, RecordKind>(
  Object.entries(recordKinds).map(([k, v]) => [v, k as RecordKind]),
);

/** Encodes records in the log's framing (see docs/file-format.md, "Desk update logs"). */
export function encodeRecords(records: readonly LogRecord[]): Uint8Array {
  const size = records.reduce((n, r) => n + HEADER + r.bytes.byteLength, 0);
  const out = Buffer.alloc(size);
  let at = 0;
  for (const record of records) {
    out.writeUInt8(recordKinds[record.kind], at);
    out.writeUInt32LE(record.bytes.byteLength, at + 1);
    out.set(record.bytes, at + HEADER);
    const crc = crc32(record.bytes, crc32(out.subarray(at, at + 5)));
    out.writeUInt32LE(crc, at + 5);
    at += HEADER + record.bytes.byteLength;
  }
  return out;
}

/** Parses a log file's bytes; stops at the first record that is cut short or fails its checksum. */
export function decodeLog(data: Buffer, label: string): ReadLog {
  if (data.byteLength === 0) return { records: [], damagedTail: 0 };
  if (data.byteLength < MAGIC.byteLength || !data.subarray(0, MAGIC.byteLength).equals(MAGIC)) {
    throw new Error(`${label} is not a Newsroom desk update log`);
  }
  const records: LogRecord[] = [];
  let at = MAGIC.byteLength;
  while (at + HEADER <= data.byteLength) {
    const kind = kindOf.get(data.readUInt8(at));
    const length = data.readUInt32LE(at + 1);
    const end = at + HEADER + length;
    if (!kind || end > data.byteLength) break;
    const bytes = data.subarray(at + HEADER, end);
    if (crc32(bytes, crc32(data.subarray(at, at + 5))) !== data.readUInt32LE(at + 5)) break;
    records.push({ kind, bytes: new Uint8Array(bytes) });
    at = end;
  }
  return { records, damagedTail: data.byteLength - at };
}

interface Waiter {
  record: LogRecord;
  durable: boolean;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * An append-only file of Yjs updates. A durable append resolves only after its bytes and the
 * file's size are fsynced; appends that arrive while one is being written share the next fsync.
 * Compaction replaces the whole file atomically (temp file, fsync, rename, fsync the folder).
 */
export class UpdateLog {
  private handle: FileHandle | null = null;
  /** Appends waiting for the next write; later appends join it until a replace starts a new one. */
  private batch: Waiter[] | null = null;
  /** Every write and replacement runs on this chain, one at a time, in call order. */
  private chain: Promise<void> = Promise.resolve();
  private appended = 0;
  /** Size of the file up to the last whole record, so a failed write can be cut back to it. */
  private size = 0;

  private constructor(
    readonly file: string,
    private readonly label: string,
  ) {}

  /** Reads `file` (missing = empty); a damaged tail is cut off by rewriting the file atomically. */
  static async open(file: string, label: string): Promise<{ log: UpdateLog; read: ReadLog }> {
    let data: Buffer;
    try {
      data = await fsp.readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      data = Buffer.alloc(0);
    }
    const read = decodeLog(data, label);
    const log = new UpdateLog(file, label);
    if (read.damagedTail > 0) await log.replace(read.records);
    return { log, read };
  }

  /** Records appended since the file was opened or last replaced. */
  get appendedSinceCompaction(): number {
    return this.appended;
  }

  /** Appends one record; resolves once it is on disk when `durable`, else once written. */
  append(kind: RecordKind, bytes: Uint8Array, durable = true): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter = { record: { kind, bytes }, durable, resolve, reject };
      if (this.batch) {
        this.batch.push(waiter);
        return;
      }
      const batch = [waiter];
      this.batch = batch;
      this.chain = this.chain.then(() => this.flush(batch));
    });
  }

  /** Rewrites the log as exactly `records`, atomically, after the appends already asked for. */
  replace(records: readonly LogRecord[]): Promise<void> {
    this.batch = null;
    const run = this.chain.then(() => this.rewrite(records));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every write asked for so far is done. */
  idle(): Promise<void> {
    return this.chain;
  }

  async close(): Promise<void> {
    await this.chain;
    await this.closeHandle();
  }

  private async rewrite(records: readonly LogRecord[]): Promise<void> {
    await this.closeHandle();
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    const body = encodeRecords(records);
    const data = new Uint8Array(MAGIC.byteLength + body.byteLength);
    data.set(MAGIC);
    data.set(body, MAGIC.byteLength);
    await atomicWrite(this.file, data, { label: this.label });
    this.appended = 0;
  }

  private async flush(batch: Waiter[]): Promise<void> {
    if (this.batch === batch) this.batch = null;
    try {
      const handle = await this.openHandle();
      const bytes = encodeRecords(batch.map((w) => w.record));
      try {
        await handle.write(bytes);
        if (batch.some((w) => w.durable)) await handle.datasync();
      } catch (error) {
        // Records appended later must not sit behind a torn one, where replay stops.
        await handle.truncate(this.size).catch(() => this.closeHandle());
        throw error;
      }
      this.size += bytes.byteLength;
      this.appended += batch.length;
      for (const waiter of batch) waiter.resolve();
    } catch (error) {
      const failure = new Error(`could not write ${this.label}: ${(error as Error).message}`, {
        cause: error,
      });
      for (const waiter of batch) waiter.reject(failure);
    }
  }

  private async openHandle(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    const handle = await fsp.open(this.file, 'a');
    this.size = (await handle.stat()).size;
    if (this.size === 0) {
      await handle.write(MAGIC);
      await handle.sync();
      this.size = MAGIC.byteLength;
      // A new file's name must survive a power cut as well as its bytes.
      await syncDir(path.dirname(this.file));
    }
    this.handle = handle;
    return handle;
  }

  private async closeHandle(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
  }
}
