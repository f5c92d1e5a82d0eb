// Photos found in agency XML (NITF media, NewsML-G2 picture items): collected while the body is
// converted, marked in the body by a figure naming the picture, then placed back as full figures.
import { blankPhoto, type Photo } from '../../article/photo';
import { photoToFigure } from '../../body/figure-photo';
import { bodySchema, emptyBody, type BodyJSON, type BodyNodeJSON } from '../../body/schema';
import type { PictureData } from '../ninjs-pictures';
import { fileNameFromHref, toPhotoFileName } from '../photo-file-name';

const tokenPrefix = 'wire-picture-';

/** A picture from the source's link and metadata; the file name comes from the link. */
export function wirePicture(href: string, fields: Partial<Photo>, index: number): PictureData {
  const file = toPhotoFileName(fileNameFromHref(href), `photo-${index + 1}.jpg`);
  return {
    name: `${tokenPrefix}${index}`,
    href,
    photo: {
      ...blankPhoto(file),
      ...Object.fromEntries(
        Object.entries(fields).map(([key, value]) => [
          key,
          typeof value === 'string' ? value.slice(0, photoTextLimits[key] ?? value.length) : value,
        ]),
      ),
    },
  };
}

// The photo schema's limits, so an agency's overlong caption is cut rather than refused.
const photoTextLimits: Record<string, number> = {
  caption: 10_000,
  credit: 1_000,
  photographer: 1_000,
  copyright: 1_000,
  altText: 2_000,
};

/** The body with each token figure replaced by its picture's figure, and the pictures placed. */
export function placeWirePictures(
  body: BodyJSON,
  pictures: PictureData[],
): { body: BodyJSON; placed: PictureData[] } {
  // Without pictures the body holds no figure: the walk would copy it for nothing.
  if (!pictures.length) return { body, placed: [] };
  const byName = new Map(pictures.map((p) => [p.name, p]));
  const placed: PictureData[] = [];
  const walk = (node: BodyNodeJSON): BodyNodeJSON[] => {
    if (node.type === 'figure') {
      const picture = byName.get(String(node.attrs?.src ?? ''));
      if (!picture) return [];
      placed.push(picture);
      return [{ ...node, attrs: photoToFigure(picture.photo) }];
    }
    // Figures are blocks: a paragraph or heading holds none, so its text is not walked.
    if (!node.content || bodySchema().nodes[node.type]?.isTextblock) return [node];
    return [{ ...node, content: node.content.flatMap(walk) }];
  };
  const content = (body.content ?? []).flatMap(walk);
  return { body: content.length ? { ...body, content } : emptyBody(), placed };
}
