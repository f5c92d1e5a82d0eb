// A .docx is a zip: the sizes its table of contents declares are added up against a limit, then
// every part is unpacked once with a counter that stops at the declared size, so neither an honest
// zip bomb nor one that lies about its sizes gets through. mammoth reads these checked parts; the
// zip itself never reaches another unpacker.
import { Inflate, inflateSync } from 'fflate';
import { ImportError } from '../import-error';
import { readZipDirectory, type ZipEntry } from './zip-directory';

/** Most a Word document may unpack to: a long report with its photos is a few tens of MB. */
export const MAX_DOCX_UNPACKED = 100_000_000;
/** Most files a .docx zip may hold: real ones hold 10–100. */
export const MAX_DOCX_ENTRIES = 5_000;

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1_000_000)} MB`;
const bomb = (detail: string) => new ImportError(`refused as a possible zip bomb: ${detail}`);

const partName = (entry: ZipEntry) => `"${entry.name.slice(0, 80)}"`;
const liar = (entry: ZipEntry) =>
  bomb(`its part ${partName(entry)} unpacks to more than the ${entry.size} bytes its zip declares`);
const shortPart = (entry: ZipEntry) =>
  new ImportError(
    `not a readable Word document: its part ${partName(entry)} is shorter than its zip declares`,
  );
const damagedPart = (entry: ZipEntry, error: unknown) =>
  new ImportError(
    `not a readable Word document: its part ${partName(entry)} is damaged (${(error as Error).message})`,
  );

/** Parts packed this small are unpacked in one call (see `unpack`). */
const SMALL_PART = 65_536;
/** Most packed bytes unpacked in one call per document: ≈ 1 GB of work if every one of them lies. */
const SMALL_PARTS_BUDGET = 1_000_000;

/**
 * Unpacks one entry, refusing to produce more than it declares. A small part goes in one call into
 * a buffer one byte longer than declared (a longer result means it lied; the excess is dropped
 * unwritten); a large one streams in slices, stopped by a counter.
 */
function unpack(bytes: Uint8Array, entry: ZipEntry, small: boolean): Uint8Array {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size)
      throw new ImportError(
        `not a readable Word document: the zip's entry "${entry.name.slice(0, 80)}" has the wrong size`,
      );
    return data;
  }
  if (small) {
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
    } catch (error) {
      // Copying past the end of the fixed buffer is how an overlong part shows up.
      throw error instanceof RangeError ? liar(entry) : damagedPart(entry, error);
    }
    if (out.byteLength > entry.size) throw liar(entry);
    if (out.byteLength < entry.size) throw shortPart(entry);
    return out;
  }
  // Filled as it unpacks: never more than the declared size, which the directory check bounds.
  const whole = new Uint8Array(entry.size);
  let produced = 0;
  const inflate = new Inflate((chunk) => {
    if (produced + chunk.byteLength > entry.size) throw liar(entry);
    whole.set(chunk, produced);
    produced += chunk.byteLength;
  });
  // Slices bound what one push can unpack (deflate packs at most ≈ 1,000 : 1, so ≤ 16 MB).
  const slice = 16_384;
  try {
    for (let at = 0; at < data.byteLength || at === 0; at += slice)
      inflate.push(data.subarray(at, at + slice), at + slice >= data.byteLength);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw damagedPart(entry, error);
  }
  if (produced !== entry.size) throw shortPart(entry);
  return whole;
}

/**
 * Unpacks a .docx zip: at most MAX_DOCX_ENTRIES files unpacking to at most MAX_DOCX_UNPACKED
 * bytes, each really as large as declared. Returns every part's bytes by name.
 */
export function unpackDocx(bytes: Uint8Array): Map<string, Uint8Array> {
  const entries = readZipDirectory(bytes, MAX_DOCX_ENTRIES);
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > MAX_DOCX_UNPACKED)
    throw bomb(
      `its parts would unpack to ${megabytes(declared)} (at most ${megabytes(MAX_DOCX_UNPACKED)} is accepted)`,
    );
  const parts = new Map<string, Uint8Array>();
  let budget = SMALL_PARTS_BUDGET;
  for (const entry of entries) {
    if (entry.flags & 1)
      throw new ImportError(
        'not a readable Word document: it is encrypted (remove the password in Word and save again)',
      );
    if (entry.method !== 0 && entry.method !== 8)
      throw new ImportError(
        `not a readable Word document: its part "${entry.name.slice(0, 80)}" is packed with a method Word never uses (${entry.method})`,
      );
    const small = entry.method === 8 && entry.compressedSize <= Math.min(SMALL_PART, budget);
    if (small) budget -= entry.compressedSize;
    parts.set(entry.name, unpack(bytes, entry, small));
  }
  return parts;
}
