// The table of contents at the end of a zip (its central directory), read before anything is
// unpacked, so the sizes it declares can be checked first.
import { ImportError } from '../import-error';

/** One file of a zip as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the only methods Word, LibreOffice and Google Docs write. */
  method: number;
  flags: number;
  compressedSize: number;
  /** The unpacked size the directory declares (checked against the real one when unpacked). */
  size: number;
  /** Where the entry's data starts in the file. */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const damaged = (what: string) =>
  new ImportError(`not a readable Word document: ${what} (a damaged or truncated file?)`);

/** The entries of a zip, from its central directory; refuses a damaged or ZIP64 directory. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end record is the last 22 bytes, or earlier by the length of a trailing comment.
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at--)
    if (u32(at) === EOCD && at + 22 + u16(at + 20) === bytes.byteLength) {
      end = at;
      break;
    }
  if (end === -1) throw damaged("the zip's table of contents is missing");
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryOffset = u32(end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff)
    throw new ImportError(
      'not a readable Word document: it is a ZIP64 archive, which no Word document needs',
    );
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== count)
    throw damaged('the zip is split over several disks');
  if (count > maxEntries)
    throw new ImportError(
      `not a readable Word document: its zip holds ${count} files (at most ${maxEntries} are accepted)`,
    );
  if (directoryOffset + directorySize > end)
    throw damaged("the zip's table of contents is cut off");

  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== CENTRAL)
      throw damaged("the zip's table of contents is broken");
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (next > end) throw damaged("the zip's table of contents is broken");
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const localOffset = u32(at + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      throw new ImportError(
        'not a readable Word document: it is a ZIP64 archive, which no Word document needs',
      );
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // The data starts after the local header, whose name and extra field may differ in length.
    if (localOffset + 30 > bytes.byteLength || u32(localOffset) !== LOCAL)
      throw damaged(`the zip's entry "${name.slice(0, 80)}" points nowhere`);
    const dataOffset = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataOffset + compressedSize > bytes.byteLength)
      throw damaged(`the zip's entry "${name.slice(0, 80)}" is cut off`);
    entries.push({
      name,
      method: u16(at + 10),
      flags: u16(at + 8),
      compressedSize,
      size,
      dataOffset,
    });
    at = next;
  }
  return entries;
}
