/** IIM record 2 datasets the photo desk reads, named as exifr names them. */
const datasetNames: Record<number, string> = {
  80: 'Byline',
  105: 'Headline',
  110: 'Credit',
  116: 'CopyrightNotice',
  120: 'Caption',
};

// Every IIM block written by a conforming tool starts with 1:00 or 2:00 (record version, 2 bytes).
const starts = [
  [0x1c, 0x01, 0x00, 0x00, 0x02],
  [0x1c, 0x02, 0x00, 0x00, 0x02],
];

function startsAt(bytes: Uint8Array, at: number): boolean {
  return starts.some((s) => s.every((b, i) => bytes[at + i] === b));
}

/**
 * Finds an IPTC IIM block anywhere in a file's bytes (e.g. TIFF tag 33723, where exifr fails)
 * and returns its caption, credit, by-line, copyright and headline as exifr would: one character
 * per byte, repeated datasets as arrays. null when there is no IIM block.
 */
export function findIimTags(bytes: Uint8Array): Record<string, string | string[]> | null {
  let at = bytes.indexOf(0x1c);
  while (at !== -1 && !startsAt(bytes, at)) at = bytes.indexOf(0x1c, at + 1);
  if (at === -1) return null;
  const tags: Record<string, string | string[]> = {};
  while (at + 5 <= bytes.length && bytes[at] === 0x1c) {
    const record = bytes[at + 1]!;
    const dataset = bytes[at + 2]!;
    let size = (bytes[at + 3]! << 8) | bytes[at + 4]!;
    let start = at + 5;
    if (size & 0x8000) {
      // Extended dataset: the low bits give how many bytes hold the real length.
      const lengthBytes = size & 0x7fff;
      if (lengthBytes > 4) break;
      size = 0;
      for (let i = 0; i < lengthBytes; i++) size = size * 256 + (bytes[start + i] ?? 0);
      start += lengthBytes;
    }
    if (start + size > bytes.length) break;
    const name = record === 2 ? datasetNames[dataset] : undefined;
    if (name) {
      const value = String.fromCharCode(...bytes.subarray(start, start + size));
      const before = tags[name];
      tags[name] =
        before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
    }
    at = start + size;
  }
  return Object.keys(tags).length ? tags : null;
}
