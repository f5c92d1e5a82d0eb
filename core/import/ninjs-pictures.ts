// Pictures of a ninjs item (associations, or the item itself) read into photo metadata.
import { photoFileName, type Photo } from '../article/photo';
import { firstPlain, isObject, parts, stripTags, text, type Json } from './ninjs-fields';
import { fileNameFromHref, toPhotoFileName } from './photo-file-name';

interface Rendition {
  name: string;
  href: string;
  title: string;
  width: number | null;
  height: number | null;
}

function size(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 1e6 ? n : null;
}

function renditions(value: unknown): Rendition[] {
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((entry) => [isObject(entry) ? text(entry, 'name') : '', entry])
    : isObject(value)
      ? Object.entries(value)
      : [];
  return entries.flatMap(([name, entry]): Rendition[] =>
    isObject(entry)
      ? [
          {
            name,
            href: text(entry, 'href'),
            title: text(entry, 'title'),
            width: size(entry.width),
            height: size(entry.height),
          },
        ]
      : [],
  );
}

const preferredRenditions = ['original', 'highres', 'baseimage', 'main', 'viewimage'];

function bestRendition(list: Rendition[]): Rendition | undefined {
  for (const name of preferredRenditions) {
    const found = list.find((r) => r.name.toLowerCase() === name && (r.href || r.title));
    if (found) return found;
  }
  const withHref = list.filter((r) => r.href);
  return (
    withHref.sort(
      (a, b) => (b.width ?? 0) * (b.height ?? 0) - (a.width ?? 0) * (a.height ?? 0),
    )[0] ?? list[0]
  );
}

export interface PictureData {
  name: string;
  photo: Photo;
  href: string;
}

/** Reads a picture (an association, or a picture item itself) into photo metadata. */
export function readPicture(item: Json, name: string, ours: boolean, index: number): PictureData {
  const descriptions = parts(item.descriptions);
  const rendition = bestRendition(renditions(item.renditions));
  const credit = (
    Array.isArray(item.infoSources)
      ? item.infoSources
      : Array.isArray(item.infosources)
        ? item.infosources
        : []
  )
    .filter(isObject)
    .find((source) => text(source, 'role').toLowerCase() === 'credit');
  const caption =
    firstPlain(descriptions, ['caption']) ||
    firstPlain(descriptions, ['', 'text', 'summary']) ||
    text(item, 'description_text') ||
    stripTags(text(item, 'description_html'));
  const ownFile = ours && rendition?.title ? rendition.title : '';
  const file = ownFile
    ? photoFileName.safeParse(ownFile).success
      ? ownFile
      : toPhotoFileName(ownFile, `photo-${index + 1}.jpg`)
    : toPhotoFileName(fileNameFromHref(rendition?.href ?? ''), `photo-${index + 1}.jpg`);
  return {
    name,
    href: rendition?.href ?? '',
    photo: {
      file,
      caption,
      credit: credit ? text(credit, 'name') : text(item, 'creditline'),
      photographer: text(item, 'by', 'byline'),
      copyright: text(item, 'copyrightNotice', 'copyrightnotice'),
      altText: firstPlain(descriptions, ['alt', 'alternative', 'alttext']),
      width: rendition?.width ?? null,
      height: rendition?.height ?? null,
      fromFile: [],
    },
  };
}

export function associationList(value: unknown): [string, Json][] {
  if (Array.isArray(value))
    return value.filter(isObject).map((entry) => [text(entry, 'name'), entry] as [string, Json]);
  if (isObject(value))
    return Object.entries(value).filter((entry): entry is [string, Json] => isObject(entry[1]));
  return [];
}

export const isPicture = (item: Json) => {
  const type = text(item, 'type').toLowerCase();
  return type === 'picture' || type === 'graphic' || (!type && item.renditions !== undefined);
};
