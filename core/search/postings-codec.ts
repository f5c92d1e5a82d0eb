import { CorruptSearchIndexError } from './postings-source';

/**
 * Compressed postings: for each posting (`docNo << 8 | payload`, in docNo order) the gap from the
 * previous docNo as a little-endian base-128 varint, then the payload byte. Dense lists (common
 * words) take 2 bytes a posting instead of 4.
 */

/** Appends encoded postings to a growing byte buffer. */
export class PostingsEncoder {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;

  /** Bytes written so far. */
  get length(): number {
    return this.used;
  }

  /** Encodes `count` postings of `list` (docNo order), skipping none; returns the bytes written. */
  add(list: Uint32Array, count: number): number {
    // At most 4 varint bytes (docNo < 2^24) and a payload byte a posting.
    this.reserve(count * 5);
    const bytes = this.bytes;
    const start = this.used;
    let at = start;
    let previous = 0;
    for (let i = 0; i < count; i++) {
      const posting = list[i]!;
      const docNo = posting >>> 8;
      let gap = docNo - previous;
      previous = docNo;
      while (gap > 0x7f) {
        bytes[at++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      bytes[at++] = gap;
      bytes[at++] = posting & 0xff;
    }
    this.used = at;
    return at - start;
  }

  /** The bytes written, in an exact-size buffer of their own. */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.used);
  }

  private reserve(extra: number): void {
    if (this.used + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.used + extra));
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }
}

/**
 * Decodes `count` postings from `bytes` into `out` (from index `at`); throws CorruptSearchIndexError
 * when the bytes do not hold exactly that many.
 */
export function decodePostings(bytes: Uint8Array, count: number, out: Uint32Array, at = 0): void {
  let pos = 0;
  let docNo = 0;
  const end = bytes.length;
  for (let i = 0; i < count; i++) {
    let byte = bytes[pos++]!;
    let gap = byte & 0x7f;
    for (let shift = 7; byte & 0x80; shift += 7) {
      byte = bytes[pos++]!;
      gap |= (byte & 0x7f) << shift;
    }
    docNo += gap;
    out[at + i] = ((docNo << 8) | bytes[pos++]!) >>> 0;
  }
  if (pos !== end) throw new CorruptSearchIndexError('compressed postings do not hold their count');
}
