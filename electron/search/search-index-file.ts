import {
  closeSync,
  fstatSync,
  mkdirSync,
  fsyncSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { CorruptSearchIndexError, type PostingsSource } from '../../core/search/postings-source';
import { SearchIndex } from '../../core/search/search-index';

/** Bump when the file layout, the tokenizer or the postings change: older files are rebuilt. */
export const SEARCH_INDEX_VERSION = 3;
const MAGIC = 0x4953524e; // "NRSI" read little-endian
const HEADER_BYTES = 64;
// Header words (little-endian uint32), then zeros to HEADER_BYTES.
const H = {
  magic: 0,
  version: 1,
  docs: 2,
  terms: 3,
  idsBytes: 4,
  termsBytes: 5,
  stampsBytes: 6,
  dictionaryCrc: 7,
  postingsAt: 8,
  postingsBytesLow: 9,
  postingsBytesHigh: 10,
} as const;

/** The search index as saved: the index and, per article, the stamp of the file it was read from. */
export interface SavedSearchIndex {
  index: SearchIndex;
  /** id → "mtimeMs:size:ino" of article.json when indexed ('' when it came from a save in the app). */
  stamps: Map<string, string>;
}

/** A saved index as opened: the file stamps are parsed when first asked for. */
export interface LoadedSearchIndex {
  index: SearchIndex;
  stamps: () => Map<string, string>;
}

/** Where each part of the dictionary (after the header) starts, from the counts in the header. */
function dictionaryLayout(terms: number, idsBytes: number, termsBytes: number, stamps: number) {
  const offsets = 0;
  const counts = offsets + (terms + 1) * 8;
  const crcs = counts + terms * 4;
  const ids = crcs + terms * 4;
  const termText = ids + idsBytes;
  const stampText = termText + termsBytes;
  const end = stampText + stamps;
  // Postings start 8-aligned so the offsets (Float64) of the next layout stay aligned too.
  return { offsets, counts, crcs, ids, termText, stampText, end, bytes: Math.ceil(end / 8) * 8 };
}

function readFully(fd: number, into: Uint8Array, position: number): void {
  for (let done = 0; done < into.length;) {
    const read = readSync(fd, into, done, into.length - done, position + done);
    if (read === 0) throw new Error('search index file is too short');
    done += read;
  }
}

const lines = (text: string, count: number): string[] => (count === 0 ? [] : text.split('\n'));

/**
 * Postings read from the open file when a term is queried, each term's bytes checked against its
 * CRC-32; a read returns scratch memory valid until the next read.
 */
function filePostings(
  fd: number,
  at: number,
  offsets: Float64Array,
  crcs: Uint32Array,
): PostingsSource {
  let scratch = new Uint8Array(1 << 16);
  let closed = false;
  return {
    read(termNo) {
      if (closed) throw new Error('search index file is closed');
      const start = offsets[termNo]!;
      const length = offsets[termNo + 1]! - start;
      if (scratch.length < length) scratch = new Uint8Array(Math.max(length, scratch.length * 2));
      const bytes = scratch.subarray(0, length);
      readFully(fd, bytes, at + start);
      if (crc32(bytes) !== crcs[termNo])
        throw new CorruptSearchIndexError('search index file is corrupt (checksum of postings)');
      return bytes;
    },
    close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
    },
  };
}

/**
 * Opens a saved index: reads and checks the header and the dictionary (ids, terms, file stamps,
 * where each term's postings are and their CRC-32); the postings stay in the file, read and checked
 * per term when a query needs them. Throws an Error saying why when the file is missing, of another
 * version or corrupt (the caller rebuilds it then).
 */
export function readSearchIndex(file: string): LoadedSearchIndex {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size < HEADER_BYTES) throw new Error('search index file is too short');
    const header = new Uint32Array(HEADER_BYTES / 4);
    readFully(fd, new Uint8Array(header.buffer), 0);
    if (header[H.magic] !== MAGIC) throw new Error('not a search index file');
    const version = header[H.version]!;
    if (version !== SEARCH_INDEX_VERSION)
      throw new Error(
        `search index version ${version}, this version of Newsroom writes ${SEARCH_INDEX_VERSION}`,
      );
    const docs = header[H.docs]!;
    const terms = header[H.terms]!;
    const postingsAt = header[H.postingsAt]!;
    const postingsBytes = header[H.postingsBytesLow]! + header[H.postingsBytesHigh]! * 2 ** 32;
    const layout = dictionaryLayout(
      terms,
      header[H.idsBytes]!,
      header[H.termsBytes]!,
      header[H.stampsBytes]!,
    );
    if (postingsAt !== HEADER_BYTES + layout.bytes || postingsAt + postingsBytes !== size)
      throw new Error('search index file has the wrong size (truncated?)');
    const dictionary = Buffer.from(new ArrayBuffer(layout.bytes));
    readFully(fd, dictionary, HEADER_BYTES);
    if (crc32(dictionary) !== header[H.dictionaryCrc])
      throw new Error('search index file is corrupt (checksum)');
    const buffer = dictionary.buffer;
    const offsets = new Float64Array(buffer, layout.offsets, terms + 1);
    const counts = new Uint32Array(buffer, layout.counts, terms);
    const crcs = new Uint32Array(buffer, layout.crcs, terms);
    const text = (from: number, to: number) => dictionary.toString('utf8', from, to);
    const ids = lines(text(layout.ids, layout.termText), docs);
    const termList = lines(text(layout.termText, layout.stampText), terms);
    if (ids.length !== docs || termList.length !== terms)
      throw new Error('search index file is corrupt (counts)');
    if (offsets[0] !== 0 || offsets[terms] !== postingsBytes)
      throw new Error('search index file is corrupt (offsets)');
    for (let t = 0; t < terms; t++)
      if (!(offsets[t + 1]! >= offsets[t]!))
        throw new Error('search index file is corrupt (offsets go backwards)');
    const index = SearchIndex.fromFrozen({
      ids,
      terms: termList,
      counts,
      source: filePostings(fd, postingsAt, offsets, crcs),
    });
    // Only reconciling and saving need the stamps: a query right after opening does not wait for them.
    const stamps = () => {
      const list = lines(text(layout.stampText, layout.end), docs);
      if (list.length !== docs)
        throw new CorruptSearchIndexError('search index file is corrupt (stamps)');
      const map = new Map<string, string>();
      for (let i = 0; i < docs; i++) map.set(ids[i]!, list[i]!);
      return map;
    };
    return { index, stamps };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * Writes the index atomically (temp file, fsync, rename, fsync the folder), packing it first and
 * streaming the postings; returns a source reading the same postings from the written file (for
 * SearchIndex.useSource, so they need not stay in memory).
 */
export function writeSearchIndex(file: string, saved: SavedSearchIndex): PostingsSource {
  const { ids, terms, counts, source } = saved.index.frozen();
  const idsText = Buffer.from(ids.join('\n'));
  const termsText = Buffer.from(terms.join('\n'));
  const stampsText = Buffer.from(ids.map((id) => saved.stamps.get(id) ?? '').join('\n'));
  const layout = dictionaryLayout(
    terms.length,
    idsText.length,
    termsText.length,
    stampsText.length,
  );
  const postingsAt = HEADER_BYTES + layout.bytes;
  const dictionary = Buffer.from(new ArrayBuffer(layout.bytes));
  const offsets = new Float64Array(dictionary.buffer, layout.offsets, terms.length + 1);
  const crcs = new Uint32Array(dictionary.buffer, layout.crcs, terms.length);
  new Uint32Array(dictionary.buffer, layout.counts, terms.length).set(counts);
  idsText.copy(dictionary, layout.ids);
  termsText.copy(dictionary, layout.termText);
  stampsText.copy(dictionary, layout.stampText);

  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    // Postings gathered into 4 MB chunks: one write call each, not one per term.
    const chunk = new Uint8Array(1 << 22);
    let used = 0;
    let position = postingsAt;
    const drain = () => {
      if (used) writeSync(fd, chunk, 0, used, position);
      position += used;
      used = 0;
    };
    for (let t = 0; t < terms.length; t++) {
      const bytes = source.read(t);
      crcs[t] = crc32(bytes);
      offsets[t + 1] = offsets[t]! + bytes.length;
      if (used + bytes.length > chunk.length) drain();
      if (bytes.length > chunk.length) {
        writeSync(fd, bytes, 0, bytes.length, position);
        position += bytes.length;
      } else {
        chunk.set(bytes, used);
        used += bytes.length;
      }
    }
    drain();
    const postingsBytes = offsets[terms.length]!;
    const header = new Uint32Array(HEADER_BYTES / 4);
    header[H.magic] = MAGIC;
    header[H.version] = SEARCH_INDEX_VERSION;
    header[H.docs] = ids.length;
    header[H.terms] = terms.length;
    header[H.idsBytes] = idsText.length;
    header[H.termsBytes] = termsText.length;
    header[H.stampsBytes] = stampsText.length;
    header[H.dictionaryCrc] = crc32(dictionary);
    header[H.postingsAt] = postingsAt;
    header[H.postingsBytesLow] = postingsBytes % 2 ** 32;
    header[H.postingsBytesHigh] = Math.floor(postingsBytes / 2 ** 32);
    writeSync(fd, new Uint8Array(header.buffer), 0, HEADER_BYTES, 0);
    writeSync(fd, dictionary, 0, dictionary.length, HEADER_BYTES);
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
  return filePostings(openSync(file, 'r'), postingsAt, offsets, crcs);
}
