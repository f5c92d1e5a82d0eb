import { imageSize } from 'image-size';
import sharp from 'sharp';
import {
  acceptedFormatsText,
  imageFormatTable,
  sniffImageFormat,
  type ImageFormat,
} from '../../core/photo/image-format';
import { needsPreview, PREVIEW_MAX_SIDE } from '../../core/photo/preview';
import { PhotoError } from './photo-error';

/** An image that decoded completely. */
export interface InspectedImage {
  format: ImageFormat;
  /** Pixel size as displayed, EXIF orientation applied. */
  width: number;
  height: number;
  /** A downscaled JPEG when the image is large or a TIFF, else null. */
  preview: Uint8Array | null;
}

/** Largest image accepted, in pixels: a 200-megapixel scan still fits, a decompression bomb does not. */
export const MAX_PIXELS = 250_000_000;

/**
 * Checks that bytes are a complete image of an accepted format: magic bytes, header size
 * (image-size), then a full decode by libvips (sharp) that fails on truncated data. The decode runs
 * on libuv's thread pool, so the caller's event loop stays free. `label` names the file in errors;
 * `fileName` decides whether a preview is made.
 */
export async function inspectImage(
  bytes: Uint8Array,
  label: string,
  options: { preview?: boolean; fileName?: string } = {},
): Promise<InspectedImage> {
  const format = sniffImageFormat(bytes);
  if (!format)
    throw new PhotoError(`${label} is not an image Newsroom accepts (${acceptedFormatsText})`);
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch (error) {
    throw new PhotoError(
      `${label} is a damaged or incomplete ${imageFormatTable[format].label} image: ${(error as Error).message}`,
    );
  }
  const swapped = size.orientation !== undefined && size.orientation >= 5;
  const width = swapped ? size.height : size.width;
  const height = swapped ? size.width : size.height;
  if (!width || !height)
    throw new PhotoError(
      `${label} is a damaged or incomplete ${imageFormatTable[format].label} image: it has no pixel size`,
    );
  if (width * height > MAX_PIXELS)
    throw new PhotoError(
      `${label} is too large: ${Math.round((width * height) / 1e6)} megapixels (at most ${MAX_PIXELS / 1e6})`,
    );
  const image = sharp(bytes, {
    failOn: 'truncated',
    animated: false,
    limitInputPixels: MAX_PIXELS,
  });
  let preview: Uint8Array | null = null;
  try {
    if (options.preview && needsPreview(options.fileName ?? label, width, height)) {
      preview = await image
        .rotate()
        .resize({
          width: PREVIEW_MAX_SIDE,
          height: PREVIEW_MAX_SIDE,
          fit: 'inside',
          withoutEnlargement: true,
        })
        .jpeg({ quality: 82 })
        .toBuffer();
    } else {
      await image.stats();
    }
  } catch (error) {
    const reason = (error as Error).message.replace(/\s*\n[\s\S]*$/, '');
    throw new PhotoError(
      `${label} is a damaged or incomplete ${imageFormatTable[format].label} image: ${reason}`,
    );
  }
  return { format, width, height, preview };
}
