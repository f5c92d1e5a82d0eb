// The pictures of an imported item placed in its body as figures, and the photo files to copy.
import { photoToFigure } from '../body/figure-photo';
import { emptyBody, type BodyJSON, type BodyNodeJSON } from '../body/schema';
import { folderPhotoHref } from '../export/photo-href';
import type { ImportedPhoto } from './import-error';
import type { PictureData } from './ninjs-pictures';
import { fileNameFromHref, toPhotoFileName, uniqueFileName } from './photo-file-name';

function mapFigures(
  body: BodyJSON,
  visit: (attrs: Record<string, unknown>, index: number) => Record<string, unknown> | null,
): BodyJSON {
  let index = 0;
  const walk = (node: BodyNodeJSON): BodyNodeJSON[] => {
    if (node.type === 'figure') {
      const attrs = visit(node.attrs ?? {}, index++);
      return attrs ? [{ ...node, attrs }] : [];
    }
    return [node.content ? { ...node, content: node.content.flatMap(walk) } : node];
  };
  const content = (body.content ?? []).flatMap(walk);
  return content.length ? { ...body, content } : emptyBody();
}

function isEmptyParagraph(node: BodyNodeJSON): boolean {
  return node.type === 'paragraph' && !node.content?.length;
}

/**
 * The body with each figure carrying its picture's metadata, and the pictures used (the lead
 * first). Figures of someone else's item without a picture are dropped; its unplaced pictures
 * are appended.
 */
export function placePictures(
  parsed: BodyJSON,
  lead: PictureData | undefined,
  others: PictureData[],
  ours: boolean,
): { body: BodyJSON; used: PictureData[] } {
  let body = parsed;
  const used: PictureData[] = lead ? [lead] : [];
  if (ours) {
    // Our own export: the n-th body figure is association "figure-n" and carries the full metadata.
    body = mapFigures(body, (attrs, index) => {
      const picture = others.find((p) => p.name === `figure-${index + 1}`);
      if (!picture) return attrs;
      used.push(picture);
      return photoToFigure(picture.photo);
    });
  } else {
    body = mapFigures(body, (attrs) => {
      const file = toPhotoFileName(fileNameFromHref(String(attrs.src ?? '')), '');
      const picture = others.find((p) => p.photo.file === file);
      if (!picture) return null;
      used.push(picture);
      return photoToFigure(picture.photo);
    });
    const extra = others.filter((p) => !used.includes(p));
    if (extra.length) {
      used.push(...extra);
      body = {
        ...body,
        content: [
          ...(body.content ?? []),
          ...extra.map((p) => ({ type: 'figure', attrs: photoToFigure(p.photo) })),
        ],
      };
      if (body.content?.length && isEmptyParagraph(body.content[0]!)) body.content.shift();
    }
  }
  return { body, used };
}

/**
 * The photo files to copy for the used pictures. Different pictures must not share a file name
 * once copied into photos/, so a clash is renamed in the picture and in the body's figures.
 */
export function photoFiles(
  used: PictureData[],
  placed: BodyJSON,
  ours: boolean,
): { body: BodyJSON; photos: ImportedPhoto[] } {
  let body = placed;
  const photos: ImportedPhoto[] = [];
  const taken = new Map<string, string>();
  for (const picture of used) {
    const href = picture.href || (ours ? folderPhotoHref(picture.photo.file) : '');
    const existing = taken.get(picture.photo.file);
    if (existing === undefined) {
      taken.set(picture.photo.file, href);
      photos.push({ file: picture.photo.file, href });
    } else if (existing !== href && !ours) {
      const renamed = uniqueFileName(picture.photo.file, new Set(taken.keys()));
      taken.set(renamed, href);
      photos.push({ file: renamed, href });
      body = mapFigures(body, (attrs) =>
        attrs.src === picture.photo.file && attrs.caption === picture.photo.caption
          ? { ...attrs, src: renamed }
          : attrs,
      );
      picture.photo.file = renamed;
    }
  }
  return { body, photos };
}
