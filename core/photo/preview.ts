import { imageFormatOfName, imageFormatTable } from './image-format';
import type { Photo } from '../article/photo';

/** Longest side of the downscaled preview the photo panel shows for large images. */
export const PREVIEW_MAX_SIDE = 1600;

/** Name of the preview beside a stored photo: `<file>.preview.jpg`. */
export function previewFileName(file: string): string {
  return `${file}.preview.jpg`;
}

/** Whether an image needs a downscaled preview: large, or a format browsers cannot show (TIFF). */
export function needsPreview(file: string, width: number | null, height: number | null): boolean {
  const format = imageFormatOfName(file);
  if (format && !imageFormatTable[format].browserShows) return true;
  return Math.max(width ?? 0, height ?? 0) > PREVIEW_MAX_SIDE;
}

/** The file the UI should load to show a photo: its preview when one is made, else the file itself. */
export function displayFileName(photo: Pick<Photo, 'file' | 'width' | 'height'>): string {
  return needsPreview(photo.file, photo.width, photo.height)
    ? previewFileName(photo.file)
    : photo.file;
}

/**
 * The file to load to show a photo: its preview, or the file itself once that preview has failed to
 * load (`failedPreview`; older articles and imports may have none).
 */
export function fileToLoad(
  photo: Pick<Photo, 'file' | 'width' | 'height'>,
  failedPreview: string | null,
): string {
  const preferred = displayFileName(photo);
  return failedPreview === preferred ? photo.file : preferred;
}

/** After `loaded` failed to load: the preview to remember as failed, or null when it was the file itself. */
export function previewThatFailed(photo: Pick<Photo, 'file'>, loaded: string): string | null {
  return loaded === photo.file ? null : loaded;
}
