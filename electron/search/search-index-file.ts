import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { SearchIndex } from '../../core/search/search-index';

/** Bump when the file layout, the tokenizer or the postings change: older files are rebuilt. */
export const SEARCH_INDEX_VERSION = 2;
const MAGIC = 0x4953524e; // "NRSI" read little-endian
const HEADER_WORDS = 8;

/** The search index as saved: the index and, per article, the stamp of the file it was read from. */
export interface SavedSearchIndex {
  index: SearchIndex;
  /** id → "mtimeMs:size:ino" of article.json when indexed ('' when it came from a save in the app). */
  stamps: Map<string, string>;
}

// CRC-32 (zlib's, in native code) of everything after the header: catches torn copies and flipped bits.
const bytesOf = (words: Uint32Array) =>
  new Uint8Array(words.buffer, words.byteOffset, words.byteLength);

/**
 * Reads a saved index; throws an Error saying why when the file is missing, of another version or
 * corrupt (the caller rebuilds it then).
 */
export function readSearchIndex(file: string): SavedSearchIndex {
  let bytes = readFileSync(file);
  // Small files come from Node's shared pool at any offset; the words need 4-byte alignment.
  if (bytes.byteOffset % 4 !== 0) bytes = Buffer.from(new Uint8Array(bytes).buffer);
  if (bytes.length < HEADER_WORDS * 4) throw new Error('search index file is too short');
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 4));
  const [magic, version, docs, terms, postings, metaBytes, sum] = words;
  if (magic !== MAGIC) throw new Error('not a search index file');
  if (version !== SEARCH_INDEX_VERSION)
    throw new Error(
      `search index version ${version}, this version of Newsroom writes ${SEARCH_INDEX_VERSION}`,
    );
  const metaWords = Math.ceil(metaBytes! / 4);
  const expected = (HEADER_WORDS + metaWords + terms! + 1 + postings!) * 4;
  if (bytes.length !== expected)
    throw new Error('search index file has the wrong size (truncated?)');
  const body = words.subarray(HEADER_WORDS);
  if (crc32(bytesOf(body)) !== sum) throw new Error('search index file is corrupt (checksum)');
  const meta = JSON.parse(
    bytes.toString('utf8', HEADER_WORDS * 4, HEADER_WORDS * 4 + metaBytes!),
  ) as { ids: string[]; stamps: string[]; terms: string[] };
  if (meta.ids.length !== docs || meta.stamps.length !== docs || meta.terms.length !== terms)
    throw new Error('search index file is corrupt (counts)');
  const offsetsAt = HEADER_WORDS + metaWords;
  const offsets = words.subarray(offsetsAt, offsetsAt + terms! + 1);
  const postingWords = words.subarray(offsetsAt + terms! + 1);
  const index = SearchIndex.fromParts(meta.ids, meta.terms, offsets, postingWords);
  const stamps = new Map<string, string>();
  meta.ids.forEach((id, i) => stamps.set(id, meta.stamps[i]!));
  return { index, stamps };
}

/** Writes the index atomically (temp file, fsync, rename, fsync the folder), streaming the postings. */
export function writeSearchIndex(file: string, saved: SavedSearchIndex): void {
  const { ids, terms, offsets, lists } = saved.index.parts();
  const meta = Buffer.from(
    JSON.stringify({ ids, stamps: ids.map((id) => saved.stamps.get(id) ?? ''), terms }),
  );
  const metaWords = Math.ceil(meta.length / 4);
  const body = new Uint32Array(metaWords + offsets.length);
  new Uint8Array(body.buffer).set(meta);
  body.set(offsets, metaWords);
  // The checksum runs over the body as written: meta, offsets, then every list in order.
  let h = crc32(bytesOf(body));
  for (const list of lists) h = crc32(bytesOf(list), h);
  const header = new Uint32Array([
    MAGIC,
    SEARCH_INDEX_VERSION,
    ids.length,
    terms.length,
    offsets[offsets.length - 1]!,
    meta.length,
    h,
    0,
  ]);
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, new Uint8Array(header.buffer));
    writeSync(fd, new Uint8Array(body.buffer));
    // Lists gathered into 4 MB chunks: one write call each, not one per word.
    const chunk = new Uint32Array(1 << 20);
    let used = 0;
    const drain = () => {
      if (used) writeSync(fd, new Uint8Array(chunk.buffer, 0, used * 4));
      used = 0;
    };
    for (const list of lists) {
      if (used + list.length > chunk.length) drain();
      if (list.length > chunk.length)
        writeSync(fd, new Uint8Array(list.buffer, list.byteOffset, list.byteLength));
      else {
        chunk.set(list, used);
        used += list.length;
      }
    }
    drain();
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, file);
  const dir = openSync(path.dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
