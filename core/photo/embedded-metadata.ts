import type { PhotoTextField } from '../article/photo';
import { decodeIimText, type IimCharset } from './iim-text';
import { xmpText } from './xmp-text';

type Tags = Record<string, unknown>;

/** Metadata blocks as exifr returns them with `mergeOutput: false` (XMP keyed by namespace prefix). */
export interface EmbeddedTags {
  ifd0?: Tags;
  iptc?: Tags;
  dc?: Tags;
  photoshop?: Tags;
  Iptc4xmpCore?: Tags;
  tiff?: Tags;
}

/** The photo desk's view of the metadata embedded in a file, after MWG reconciliation. */
export interface EmbeddedMetadata {
  caption: string;
  credit: string;
  photographer: string;
  copyright: string;
  altText: string;
  headline: string;
  /** EXIF orientation 1–8, or null when absent. */
  orientation: number | null;
}

/** Embedded text fields a photo can be prefilled from. */
export type EmbeddedText = Partial<Record<PhotoTextField | 'headline', string>>;

// Placeholders cameras write into EXIF ImageDescription; they are not captions.
const cameraPlaceholders =
  /^(OLYMPUS DIGITAL CAMERA|SONY DSC|DIGITAL CAMERA|KODAK.*CAMERA|Exif_JPEG_PICTURE|default|ASCII?)$/i;

function iim(tags: Tags | undefined, key: string, charset: IimCharset): string {
  const value = tags?.[key];
  const values = Array.isArray(value) ? value : [value];
  return values
    .filter((v): v is string => typeof v === 'string')
    .map((v) => decodeIimText(v, charset).replace(/\0+$/, '').trim())
    .filter((v) => v !== '')
    .join('; ');
}

function exif(tags: Tags | undefined, key: string): string {
  const value = tags?.[key];
  if (typeof value !== 'string') return '';
  const text = value.replace(/\0+$/, '').trim();
  return cameraPlaceholders.test(text) ? '' : text;
}

/**
 * How the IIM block relates to the XMP, by the Photoshop IPTC digest (resource 0x0425):
 * 'match' when the stored MD5 is the IIM block's (XMP and IIM were written together),
 * 'mismatch' when a tool unaware of XMP changed the IIM afterwards, null without a digest.
 */
export type IimDigest = 'match' | 'mismatch' | null;

function firstOf(...values: string[]): string {
  return values.find((v) => v !== '') ?? '';
}

// MWG: XMP wins and IIM fills in, unless the digest shows the IIM was edited after the XMP
// and its value is not merely the XMP value cut at an IIM length limit.
function reconcile(xmp: string, iim: string, exif: string, digest: IimDigest): string {
  const iimEditedLater = digest === 'mismatch' && iim !== '' && xmp !== '' && iim !== xmp;
  if (iimEditedLater && !xmp.startsWith(iim)) return iim;
  return firstOf(xmp, iim, exif);
}

function orientationOf(tags: EmbeddedTags): number | null {
  for (const value of [tags.ifd0?.Orientation, tags.tiff?.Orientation]) {
    const n = typeof value === 'string' ? Number(value) : value;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 8) return n;
  }
  return null;
}

/**
 * Reconciles XMP, IPTC IIM and EXIF per the Metadata Working Group guidelines: XMP wins wherever
 * it has a value, IIM fills in, EXIF is the last resort; when the IPTC digest shows the IIM was
 * edited after the XMP, a differing IIM value wins, except one that is the XMP value cut at an IIM
 * length limit (so a 32-byte IIM Credit never beats the full XMP one). IIM text is decoded by its
 * 1:90 CodedCharacterSet.
 */
export function mergeEmbeddedMetadata(
  tags: EmbeddedTags,
  charset: IimCharset,
  digest: IimDigest = null,
): EmbeddedMetadata {
  const { iptc, dc, photoshop, Iptc4xmpCore: core, ifd0 } = tags;
  const field = (xmp: unknown, iimKey: string, exifKey?: string) =>
    reconcile(xmpText(xmp), iim(iptc, iimKey, charset), exifKey ? exif(ifd0, exifKey) : '', digest);
  return {
    caption: field(dc?.description, 'Caption', 'ImageDescription'),
    credit: field(photoshop?.Credit, 'Credit'),
    photographer: field(dc?.creator, 'Byline', 'Artist'),
    copyright: field(dc?.rights, 'CopyrightNotice', 'Copyright'),
    altText: xmpText(core?.AltTextAccessibility),
    headline: field(photoshop?.Headline, 'Headline'),
    orientation: orientationOf(tags),
  };
}

/** The non-empty text fields of embedded metadata, as sent to the photo panel. */
export function embeddedText(meta: EmbeddedMetadata): EmbeddedText {
  const out: EmbeddedText = {};
  for (const key of [
    'caption',
    'credit',
    'photographer',
    'copyright',
    'altText',
    'headline',
  ] as const)
    if (meta[key] !== '') out[key] = meta[key];
  return out;
}
