/** What IPTC IIM dataset 1:90 (CodedCharacterSet) declares for the text datasets. */
export type IimCharset = 'utf-8' | 'other' | null;

const ESC = 0x1b;

/**
 * Finds dataset 1:90 in a file's bytes and tells whether it declares UTF-8 (ESC % G).
 * null when the file has no 1:90, so the text encoding must be guessed.
 */
export function findIimCharset(bytes: Uint8Array): IimCharset {
  let at = bytes.indexOf(0x1c);
  while (at !== -1 && at + 5 <= bytes.length) {
    if (bytes[at + 1] === 0x01 && bytes[at + 2] === 0x5a) {
      const size = (bytes[at + 3]! << 8) | bytes[at + 4]!;
      // A real 1:90 value is a short ISO 2022 escape sequence.
      if (size >= 2 && size <= 8 && at + 5 + size <= bytes.length && bytes[at + 5] === ESC) {
        const value = bytes.subarray(at + 5, at + 5 + size);
        return value[1] === 0x25 && value[2] === 0x47 ? 'utf-8' : 'other';
      }
    }
    at = bytes.indexOf(0x1c, at + 1);
  }
  return null;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
// Windows-1252 is what IIM writers without 1:90 actually use; Node's TextDecoder treats it as
// ISO-8859-1, so the 0x80–0x9F block is mapped here.
const cp1252High =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes)
    text += b >= 0x80 && b < 0xa0 ? cp1252High[b - 0x80] : String.fromCharCode(b);
  return text;
}

function bytesOf(raw: string): Uint8Array | null {
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code > 0xff) return null;
    bytes[i] = code;
  }
  return bytes;
}

// IIM fields are cut at a byte limit, which can split the last UTF-8 character.
function withoutPartialTail(bytes: Uint8Array): Uint8Array {
  for (let i = bytes.length - 1; i >= 0 && i >= bytes.length - 4; i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return bytes;
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return bytes.length - i < needed ? bytes.subarray(0, i) : bytes;
  }
  return bytes;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Strict.decode(withoutPartialTail(bytes));
  } catch {
    return null;
  }
}

/**
 * Decodes an IIM text value whose bytes were read one character per byte (as exifr does).
 * UTF-8 when 1:90 says so; otherwise UTF-8 if the bytes are valid UTF-8, else Latin-1 (windows-1252).
 */
export function decodeIimText(raw: string, charset: IimCharset): string {
  const bytes = bytesOf(raw);
  if (!bytes) return raw;
  if (bytes.every((b) => b < 0x80)) return raw;
  if (charset === 'utf-8') return strictUtf8(bytes) ?? utf8Lenient.decode(bytes);
  if (charset === null) {
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null) return utf8;
  }
  return windows1252(bytes);
}
