const signature = [0x38, 0x42, 0x49, 0x4d]; // "8BIM"

/**
 * The data of a Photoshop image resource (8BIM block) found in a file's bytes, e.g. 0x0404 (IPTC IIM)
 * or 0x0425 (IPTC digest); null when absent or cut short.
 */
export function findIrbResource(bytes: Uint8Array, id: number): Uint8Array | null {
  let at = bytes.indexOf(0x38);
  while (at !== -1 && at + 12 <= bytes.length) {
    if (
      signature.every((b, i) => bytes[at + i] === b) &&
      ((bytes[at + 4]! << 8) | bytes[at + 5]!) === id
    ) {
      // Pascal name padded to an even length (length byte included), then a 4-byte size.
      const nameLength = bytes[at + 6]!;
      const sizeAt = at + 6 + nameLength + 1 + ((nameLength + 1) % 2);
      if (sizeAt + 4 > bytes.length) return null;
      const size =
        ((bytes[sizeAt]! << 24) >>> 0) +
        (bytes[sizeAt + 1]! << 16) +
        (bytes[sizeAt + 2]! << 8) +
        bytes[sizeAt + 3]!;
      const start = sizeAt + 4;
      return start + size <= bytes.length ? bytes.subarray(start, start + size) : null;
    }
    at = bytes.indexOf(0x38, at + 1);
  }
  return null;
}
