import type { EmbeddedMetadata } from './embedded-metadata';
import type { ImageFormat } from './image-format';

/** What `newsroom photo-info` reports about an image file. */
export interface PhotoInfo {
  caption: string;
  credit: string;
  creator: string;
  copyright: string;
  altText: string;
  headline: string;
  /** Pixel size as displayed (EXIF orientation applied). */
  width: number;
  height: number;
  format: ImageFormat;
  /** EXIF orientation 1–8, or null when absent. */
  orientation: number | null;
}

/** Combines reconciled metadata with the image's format and size. */
export function toPhotoInfo(
  meta: EmbeddedMetadata,
  image: { format: ImageFormat; width: number; height: number },
): PhotoInfo {
  return {
    caption: meta.caption,
    credit: meta.credit,
    creator: meta.photographer,
    copyright: meta.copyright,
    altText: meta.altText,
    headline: meta.headline,
    width: image.width,
    height: image.height,
    format: image.format,
    orientation: meta.orientation,
  };
}
