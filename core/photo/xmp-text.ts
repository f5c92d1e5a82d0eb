const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves the XML character references and predefined entities exifr leaves in XMP values. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[ref] ?? whole;
  });
}

interface LangValue {
  lang?: unknown;
  value?: unknown;
}

function isLangValue(value: unknown): value is LangValue {
  return typeof value === 'object' && value !== null && 'value' in value;
}

/**
 * Plain text of an XMP property as exifr returns it: a string, a number, a language alternative
 * ({lang, value}, x-default preferred) or a list (joined with "; ").
 */
export function xmpText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return decodeXmlEntities(value).trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isLangValue)) {
      const preferred = value.find((v) => v.lang === 'x-default') ?? value[0];
      return xmpText(preferred);
    }
    return value
      .map(xmpText)
      .filter((v) => v !== '')
      .join('; ');
  }
  if (isLangValue(value)) return xmpText(value.value);
  return '';
}

const xmpOpen = new TextEncoder().encode('<x:xmpmeta');
const xmpClose = new TextEncoder().encode('</x:xmpmeta>');

function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  let at = bytes.indexOf(needle[0]!, from);
  while (at !== -1 && at + needle.length <= bytes.length) {
    if (needle.every((b, i) => bytes[at + i] === b)) return at;
    at = bytes.indexOf(needle[0]!, at + 1);
  }
  return -1;
}

/** The XMP packet (`<x:xmpmeta>…</x:xmpmeta>`) embedded anywhere in a file, e.g. a WebP or GIF; null if none. */
export function findXmpPacket(bytes: Uint8Array): Uint8Array | null {
  const start = indexOfBytes(bytes, xmpOpen);
  if (start === -1) return null;
  const end = indexOfBytes(bytes, xmpClose, start);
  return end === -1 ? null : bytes.subarray(start, end + xmpClose.length);
}
