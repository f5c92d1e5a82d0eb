import { access, open } from 'node:fs/promises';
import path from 'node:path';
import type { WriteTags } from 'exiftool-vendored';
import type { Photo } from '../../core/article/photo';
import { sniffImageFormat, type ImageFormat } from '../../core/photo/image-format';
import { exifTool } from './exiftool-process';
import { PhotoError } from './photo-error';

/** The metadata an exported photo copy carries. */
export type PhotoMetadata = Pick<
  Photo,
  'caption' | 'credit' | 'photographer' | 'copyright' | 'altText'
>;

// IPTC IIM byte limits (IIM 4.2): Caption-Abstract 2000, By-line 32, Credit 32, CopyrightNotice 128.
const iimLimits = { caption: 2000, byline: 32, credit: 32, copyright: 128 } as const;

/** Cuts text to at most `max` UTF-8 bytes without splitting a character. */
export function truncateUtf8(text: string, max: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= max) return text;
  let out = '';
  let size = 0;
  for (const char of text) {
    const n = encoder.encode(char).length;
    if (size + n > max) break;
    out += char;
    size += n;
  }
  return out.trimEnd();
}

// Copies every readable tag into fresh metadata structures (ExifTool FAQ 20).
const rebuildArgs = ['-all=', '-tagsfromfile', '@', '-all:all', '-unsafe', '-icc_profile'];

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The ExifTool tags written for a photo: XMP always, IPTC IIM (UTF-8) and EXIF where the format has them. */
export function photoMetadataTags(photo: PhotoMetadata, format: ImageFormat): WriteTags {
  const creators = photo.photographer
    .split(/\s*;\s*/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const tags: Record<string, string | string[] | null> = {
    'XMP-dc:Description': orNull(photo.caption),
    'XMP-photoshop:Credit': orNull(photo.credit),
    'XMP-dc:Creator': creators.length ? creators : null,
    'XMP-dc:Rights': orNull(photo.copyright),
    'XMP-iptcCore:AltTextAccessibility': orNull(photo.altText),
  };
  if (format === 'jpeg' || format === 'tiff') {
    Object.assign(tags, {
      'IPTC:CodedCharacterSet': 'UTF8',
      // A fresh digest tells MWG readers that IIM and XMP agree.
      'Photoshop:IPTCDigest': 'new',
      'IPTC:Caption-Abstract': orNull(truncateUtf8(photo.caption, iimLimits.caption)),
      'IPTC:Credit': orNull(truncateUtf8(photo.credit, iimLimits.credit)),
      'IPTC:By-line': creators.length
        ? creators.map((c) => truncateUtf8(c, iimLimits.byline))
        : null,
      'IPTC:CopyrightNotice': orNull(truncateUtf8(photo.copyright, iimLimits.copyright)),
      'EXIF:ImageDescription': orNull(photo.caption),
      'EXIF:Artist': orNull(creators.join('; ')),
      'EXIF:Copyright': orNull(photo.copyright),
    });
  }
  return tags as WriteTags;
}

async function isWorkspaceOriginal(file: string): Promise<boolean> {
  const folder = path.dirname(file);
  if (path.basename(folder) !== 'photos') return false;
  return access(path.join(path.dirname(folder), 'article.json')).then(
    () => true,
    () => false,
  );
}

async function readHead(file: string): Promise<Uint8Array> {
  try {
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(new Uint8Array(16), 0, 16, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new PhotoError(`photo copy "${file}" cannot be read: ${(error as Error).message}`);
  }
}

/** Writes tags in place; damaged metadata (a bad GPS entry…) is rebuilt per ExifTool FAQ 20, then retried. */
async function writeTags(file: string, tags: WriteTags): Promise<void> {
  const exiftool = exifTool();
  const options = { writeArgs: ['-overwrite_original'], ignoreMinorErrors: true };
  try {
    await exiftool.write(file, tags, options);
  } catch {
    await exiftool.write(
      file,
      {},
      { ...options, writeArgs: [...rebuildArgs, '-overwrite_original'] },
    );
    await exiftool.write(file, tags, options);
  }
}

/**
 * Writes caption, credit, photographer, copyright and alt text into an exported COPY of a photo:
 * XMP (dc, photoshop, Iptc4xmpCore) for every format, plus IPTC IIM (CodedCharacterSet UTF-8) and
 * EXIF for JPEG and TIFF. Empty fields remove the tag, so the copy says exactly what the article
 * says. Refuses to touch a file inside an article's photos/ folder.
 */
export async function writePhotoMetadata(copyPath: string, photo: PhotoMetadata): Promise<void> {
  if (await isWorkspaceOriginal(copyPath))
    throw new PhotoError(
      `refusing to write metadata into "${copyPath}": it is a workspace original`,
    );
  const head = await readHead(copyPath);
  const format = sniffImageFormat(head);
  if (!format) throw new PhotoError(`photo copy "${copyPath}" is not an image Newsroom accepts`);
  const tags = photoMetadataTags(photo, format);
  try {
    await writeTags(copyPath, tags);
  } catch (error) {
    throw new PhotoError(
      `could not write metadata into "${copyPath}": ${(error as Error).message}`,
    );
  }
}
