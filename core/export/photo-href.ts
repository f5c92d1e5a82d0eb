import { imageMimeTypeOfName } from '../photo/image-format';

/** The relative link to a photo copied into the export's photos/ folder. */
export function folderPhotoHref(file: string): string {
  return `photos/${encodeURIComponent(file)}`;
}

/** The IANA media type of a photo file, from its extension ('application/octet-stream' when unknown). */
export function photoMediaType(file: string): string {
  return imageMimeTypeOfName(file) ?? 'application/octet-stream';
}

const embeddable = /^data:image\/(?:jpeg|png|gif|webp|avif);base64,[a-z0-9+/=]*$/i;

/** True when `src` may go into <img src>: a relative URL, http(s), or a base64 raster data: URL. */
export function isSafeImageSrc(src: string): boolean {
  if (embeddable.test(src)) return true;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  if (/[\u0000-\u0020\u007f-\u009f]/.test(src)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  if (scheme === undefined) return !src.startsWith('//') && src !== '';
  return scheme === 'http' || scheme === 'https';
}
