/** One image format the photo desk accepts. */
export interface ImageFormatSpec {
  /** The name people use, as the UI and error messages write it. */
  readonly label: string;
  readonly mimeType: string;
  /** Lower-case file extensions without the dot; new names get the first. */
  readonly extensions: readonly [string, ...string[]];
  /** Whether Chromium shows it in <img>; otherwise the panel shows a JPEG preview. */
  readonly browserShows: boolean;
}

/** Every accepted format, in the order the UI lists them. */
export const imageFormats = ['jpeg', 'png', 'webp', 'gif', 'tiff'] as const;
export type ImageFormat = (typeof imageFormats)[number];

/** The formats the photo desk accepts: the one list the dialogs, drops, protocol and exports read. */
export const imageFormatTable: Readonly<Record<ImageFormat, ImageFormatSpec>> = {
  jpeg: {
    label: 'JPEG',
    mimeType: 'image/jpeg',
    extensions: ['jpg', 'jpeg', 'jpe'],
    browserShows: true,
  },
  png: { label: 'PNG', mimeType: 'image/png', extensions: ['png'], browserShows: true },
  webp: { label: 'WebP', mimeType: 'image/webp', extensions: ['webp'], browserShows: true },
  gif: { label: 'GIF', mimeType: 'image/gif', extensions: ['gif'], browserShows: true },
  tiff: { label: 'TIFF', mimeType: 'image/tiff', extensions: ['tif', 'tiff'], browserShows: false },
};

/** Every accepted file extension (lower case, no dot), for file-dialog filters. */
export const imageExtensions: readonly string[] = imageFormats.flatMap(
  (format) => imageFormatTable[format].extensions,
);

const labels = imageFormats.map((format) => imageFormatTable[format].label);

/** The accepted formats for people to read: "JPEG, PNG, WebP, GIF or TIFF". */
export const acceptedFormatsText = `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;

/** The accepted format a file name's extension stands for (any case); null for anything else. */
export function imageFormatOfName(name: string): ImageFormat | null {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return (
    imageFormats.find((format) => imageFormatTable[format].extensions.includes(extension)) ?? null
  );
}

/** The MIME type of an accepted image, from its file name; null when the name is no photo. */
export function imageMimeTypeOfName(name: string): string | null {
  const format = imageFormatOfName(name);
  return format && imageFormatTable[format].mimeType;
}

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

// Image extensions a misnamed file may carry although the desk does not accept the format.
const otherImageExtensions = ['bmp', 'heic', 'heif', 'avif'];

/**
 * A file name whose extension fits the image's real format, so the media protocol serves it with
 * the right type: "IMG_1.JPG" stays, "pasted" becomes "pasted.jpg", "photo.jpg" holding a PNG
 * becomes "photo.png".
 */
export function nameForFormat(name: string, format: ImageFormat): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const { extensions } = imageFormatTable[format];
  if (extensions.includes(ext)) return name;
  const imageExt = imageExtensions.includes(ext) || otherImageExtensions.includes(ext);
  const stem = dot > 0 && imageExt ? name.slice(0, dot) : name;
  return `${stem}.${extensions[0]}`;
}
