/** Thrown when saved postings fail their checksum: the index must be rebuilt from the articles. */
export class CorruptSearchIndexError extends Error {
  override name = 'CorruptSearchIndexError';
}

/**
 * Where a frozen index's compressed postings (see postings-codec) live: in memory, or in the saved
 * file, read when a term is queried so the postings never need to be resident.
 */
export interface PostingsSource {
  /** The compressed postings of frozen term `termNo`; throws CorruptSearchIndexError when damaged. */
  read(termNo: number): Uint8Array;
  /** Releases what the source holds open (a file); reads fail afterwards. */
  close(): void;
}

/** Postings held in one buffer, term `t` from `offsets[t]` to `offsets[t + 1]`. */
export function memoryPostings(bytes: Uint8Array, offsets: Float64Array): PostingsSource {
  return {
    read: (termNo) => bytes.subarray(offsets[termNo]!, offsets[termNo + 1]!),
    close: () => undefined,
  };
}
