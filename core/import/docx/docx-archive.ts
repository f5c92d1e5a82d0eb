// A .docx is a zip: before mammoth unpacks anything, the sizes its table of contents declares are
// added up against a limit, and every part is unpacked once with a counter that stops at the
// declared size, so neither an honest zip bomb nor one that lies about its sizes gets through.
import { Inflate } from 'fflate';
import { ImportError } from '../import-error';
import { readZipDirectory, type ZipEntry } from './zip-directory';

/** Most a Word document may unpack to: a long report with its photos is a few tens of MB. */
export const MAX_DOCX_UNPACKED = 100_000_000;
/** Most files a .docx zip may hold: real ones hold 10–100. */
export const MAX_DOCX_ENTRIES = 5_000;

/** The parts of the document read besides mammoth: comments, tracked changes and the language. */
const readParts = /^word\/(?:document\d*|comments|styles)\.xml$/;

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1_000_000)} MB`;
const bomb = (detail: string) => new ImportError(`refused as a possible zip bomb: ${detail}`);

/** Unpacks one entry, refusing to produce more than it declares; keeps the bytes when asked. */
function unpack(bytes: Uint8Array, entry: ZipEntry, keep: boolean): Uint8Array | null {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size)
      throw new ImportError(
        `not a readable Word document: the zip's entry "${entry.name.slice(0, 80)}" has the wrong size`,
      );
    return keep ? data : null;
  }
  // Filled as it unpacks: never more than the declared size, which the directory check bounds.
  const whole = keep ? new Uint8Array(entry.size) : null;
  let produced = 0;
  const inflate = new Inflate((chunk) => {
    if (produced + chunk.byteLength > entry.size)
      throw bomb(
        `its part "${entry.name.slice(0, 80)}" unpacks to more than the ${entry.size} bytes its zip declares`,
      );
    whole?.set(chunk, produced);
    produced += chunk.byteLength;
  });
  // Small slices bound what one push can unpack (deflate packs at most ≈ 1,000 : 1).
  const slice = 4_096;
  try {
    for (let at = 0; at < data.byteLength || at === 0; at += slice)
      inflate.push(data.subarray(at, at + slice), at + slice >= data.byteLength);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `not a readable Word document: its part "${entry.name.slice(0, 80)}" is damaged (${(error as Error).message})`,
    );
  }
  if (produced !== entry.size)
    throw new ImportError(
      `not a readable Word document: its part "${entry.name.slice(0, 80)}" is shorter than its zip declares`,
    );
  return whole;
}

/**
 * Checks a .docx zip before it is read: at most MAX_DOCX_ENTRIES files unpacking to at most
 * MAX_DOCX_UNPACKED bytes, each really as large as declared. Returns the text of the XML parts
 * Newsroom reads itself (the main document, comments, styles), by name.
 */
export function checkDocxArchive(bytes: Uint8Array): Map<string, string> {
  const entries = readZipDirectory(bytes, MAX_DOCX_ENTRIES);
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > MAX_DOCX_UNPACKED)
    throw bomb(
      `its parts would unpack to ${megabytes(declared)} (at most ${megabytes(MAX_DOCX_UNPACKED)} is accepted)`,
    );
  const parts = new Map<string, string>();
  const text = new TextDecoder('utf-8');
  for (const entry of entries) {
    if (entry.flags & 1)
      throw new ImportError(
        'not a readable Word document: it is encrypted (remove the password in Word and save again)',
      );
    if (entry.method !== 0 && entry.method !== 8)
      throw new ImportError(
        `not a readable Word document: its part "${entry.name.slice(0, 80)}" is packed with a method Word never uses (${entry.method})`,
      );
    const keep = readParts.test(entry.name);
    const data = unpack(bytes, entry, keep);
    if (data) parts.set(entry.name, text.decode(data));
  }
  return parts;
}
