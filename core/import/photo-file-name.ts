import { photoFileName } from '../article/photo';

/** Turns any name (URL path segment, title…) into a valid photo file name, keeping what it can. */
export function toPhotoFileName(raw: string, fallback = 'photo.jpg'): string {
  let name = raw
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '-')
    .replace(/^[.\s]+/, '')
    .trim();
  if (name.length > 200) {
    const extension = /\.[a-z0-9]{1,5}$/i.exec(name)?.[0] ?? '';
    name = name.slice(0, 200 - extension.length) + extension;
  }
  return photoFileName.safeParse(name).success ? name : fallback;
}

/** The file name at the end of a URL's path, or '' when there is none. */
export function fileNameFromHref(href: string): string {
  const path = href.split(/[?#]/)[0] ?? '';
  const last = path.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Makes `name` unique among `taken` by adding -2, -3… before the extension. */
export function uniqueFileName(name: string, taken: Set<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${extension}`;
    if (!taken.has(candidate)) return candidate;
  }
}
