import { createHash } from 'node:crypto';
import * as exifrModule from 'exifr';
import {
  mergeEmbeddedMetadata,
  type EmbeddedMetadata,
  type IimDigest,
  type EmbeddedTags,
} from '../../core/photo/embedded-metadata';
import type { ImageFormat } from '../../core/photo/image-format';
import { findIimTags } from '../../core/photo/iim-datasets';
import { findIimCharset } from '../../core/photo/iim-text';
import { findIrbResource } from '../../core/photo/photoshop-irb';
import { findXmpPacket } from '../../core/photo/xmp-text';

interface ExifrApi {
  parse: typeof exifrModule.parse;
  sidecar: typeof exifrModule.sidecar;
}
// exifr is UMD for Node (all on the default export) and ESM for bundlers and Vitest (named exports).
const fromDefault = (exifrModule as { default?: Partial<ExifrApi> }).default;
const exifr: ExifrApi =
  fromDefault?.parse && fromDefault.sidecar ? (fromDefault as ExifrApi) : exifrModule;

// Only the blocks the photo desk reads; EXIF sub-IFDs, maker notes and GPS are skipped.
const exifrOptions: Parameters<typeof exifr.sidecar>[1] = {
  tiff: true,
  ifd0: { pick: ['ImageDescription', 'Artist', 'Copyright', 'Orientation'] },
  ifd1: false,
  exif: false,
  gps: false,
  interop: false,
  makerNote: false,
  userComment: false,
  xmp: true,
  iptc: true,
  icc: false,
  jfif: false,
  ihdr: false,
  multiSegment: true,
  mergeOutput: false,
  translateValues: false,
  reviveValues: false,
};

const xmpBlocks = ['dc', 'photoshop', 'Iptc4xmpCore', 'tiff'] as const;

async function xmpFromPacket(bytes: Uint8Array): Promise<EmbeddedTags> {
  const packet = findXmpPacket(bytes);
  if (!packet) return {};
  return ((await exifr.sidecar(Buffer.from(packet), exifrOptions, 'xmp')) ?? {}) as EmbeddedTags;
}

async function parseTags(bytes: Uint8Array, format: ImageFormat): Promise<EmbeddedTags> {
  // exifr reads JPEG, TIFF and PNG; for WebP and GIF the XMP packet is found in the bytes.
  if (format === 'webp' || format === 'gif') return xmpFromPacket(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // exifr fails on XMP and IIM that ExifTool stores in TIFF tags 700 and 33723, so those come from the bytes.
  const options = format === 'tiff' ? { ...exifrOptions, xmp: false, iptc: false } : exifrOptions;
  let tags = ((await exifr.parse(buffer, options)) ?? {}) as EmbeddedTags;
  if (!xmpBlocks.some((block) => tags[block] !== undefined))
    tags = { ...tags, ...(await xmpFromPacket(bytes)) };
  if (!tags.iptc) {
    const iptc = findIimTags(bytes);
    if (iptc) tags = { ...tags, iptc };
  }
  return tags;
}

/** Compares the Photoshop IPTC digest with the MD5 of the IIM block, as MWG readers do. */
function iimDigest(bytes: Uint8Array): IimDigest {
  const block = findIrbResource(bytes, 0x0404);
  const stored = findIrbResource(bytes, 0x0425);
  if (!block || !stored || stored.length !== 16) return null;
  const actual = createHash('md5').update(block).digest();
  return actual.equals(stored) ? 'match' : 'mismatch';
}

/**
 * Reads the caption, credit, photographer, copyright, alt text, headline and orientation embedded
 * in an image (XMP, IPTC IIM, EXIF), reconciled per MWG. Unreadable metadata counts as none:
 * odd metadata must never stop a photo from being used.
 */
export async function readEmbeddedMetadata(
  bytes: Uint8Array,
  format: ImageFormat,
): Promise<EmbeddedMetadata> {
  let tags: EmbeddedTags;
  try {
    tags = await parseTags(bytes, format);
  } catch {
    tags = {};
  }
  return mergeEmbeddedMetadata(tags, findIimCharset(bytes), iimDigest(bytes));
}
