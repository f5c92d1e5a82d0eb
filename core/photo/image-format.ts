/** Image formats the photo desk accepts. */
export const imageFormats = ['jpeg', 'png', 'webp', 'gif', 'tiff'] as const;
export type ImageFormat = (typeof imageFormats)[number];

/** File-dialog extensions for the accepted formats. */
export const imageExtensions = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'tif', 'tiff'] as const;

/** MIME type of each accepted format. */
export const imageMimeTypes: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  tiff: 'image/tiff',
};

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** Recognises an accepted image format from its magic bytes; null for anything else. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  return null;
}

const formatExtensions: Record<ImageFormat, readonly string[]> = {
  jpeg: ['jpg', 'jpeg', 'jpe'],
  png: ['png'],
  webp: ['webp'],
  gif: ['gif'],
  tiff: ['tif', 'tiff'],
};

/**
 * A file name whose extension fits the image's real format, so the media protocol serves it with
 * the right type: "IMG_1.JPG" stays, "pasted" becomes "pasted.jpg", "photo.jpg" holding a PNG
 * becomes "photo.png".
 */
export function nameForFormat(name: string, format: ImageFormat): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (formatExtensions[format].includes(ext)) return name;
  const imageExt = /^(jpe?g|jpe|png|webp|gif|tiff?|bmp|heic|heif|avif)$/.test(ext);
  const stem = dot > 0 && imageExt ? name.slice(0, dot) : name;
  return `${stem}.${formatExtensions[format][0]}`;
}
