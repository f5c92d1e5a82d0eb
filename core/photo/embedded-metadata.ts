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

// MWG: XMP wins; IIM fills in when XMP is missing; EXIF is the last resort.
function firstOf(...values: string[]): string {
  return values.find((v) => v !== '') ?? '';
}

function orientationOf(tags: EmbeddedTags): number | null {
  for (const value of [tags.ifd0?.Orientation, tags.tiff?.Orientation]) {
    const n = typeof value === 'string' ? Number(value) : value;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 8) return n;
  }
  return null;
}

/**
 * Reconciles XMP, IPTC IIM and EXIF per the Metadata Working Group guidelines:
 * XMP wins wherever it has a value (so a 32-byte IIM Credit never beats the full XMP one),
 * IIM text is decoded by its 1:90 CodedCharacterSet.
 */
export function mergeEmbeddedMetadata(tags: EmbeddedTags, charset: IimCharset): EmbeddedMetadata {
  const { iptc, dc, photoshop, Iptc4xmpCore: core, ifd0 } = tags;
  return {
    caption: firstOf(
      xmpText(dc?.description),
      iim(iptc, 'Caption', charset),
      exif(ifd0, 'ImageDescription'),
    ),
    credit: firstOf(xmpText(photoshop?.Credit), iim(iptc, 'Credit', charset)),
    photographer: firstOf(xmpText(dc?.creator), iim(iptc, 'Byline', charset), exif(ifd0, 'Artist')),
    copyright: firstOf(
      xmpText(dc?.rights),
      iim(iptc, 'CopyrightNotice', charset),
      exif(ifd0, 'Copyright'),
    ),
    altText: xmpText(core?.AltTextAccessibility),
    headline: firstOf(xmpText(photoshop?.Headline), iim(iptc, 'Headline', charset)),
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
