import * as Y from 'yjs';
import type { Photo } from '../../../core/article/photo';
import { photoTextFields, type PhotoTextField } from '../../../core/article/photo-fields';
import { leadPhotoFromDoc } from '../../../core/desk/article-from-doc';

const asSize = (value: unknown) => (typeof value === 'number' ? value : null);
const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/** The lead photo as the document holds it now, or null when the article has none. */
export function readDeskPhoto(doc: Y.Doc): Photo | null {
  const raw = leadPhotoFromDoc(doc);
  if (!raw || typeof raw.file !== 'string' || raw.file === '') return null;
  const fromFile = Array.isArray(raw.fromFile) ? raw.fromFile : [];
  return {
    file: raw.file,
    caption: asText(raw.caption),
    credit: asText(raw.credit),
    photographer: asText(raw.photographer),
    copyright: asText(raw.copyright),
    altText: asText(raw.altText),
    width: asSize(raw.width),
    height: asSize(raw.height),
    fromFile: photoTextFields.filter((field) => fromFile.includes(field)),
  };
}

/** The Y.Text of one of the photo's text fields, or null while it has none. */
export function deskPhotoText(map: Y.Map<unknown>, field: PhotoTextField): Y.Text | null {
  const value = map.get(field);
  return value instanceof Y.Text ? value : null;
}

/** Someone typed into `field`: it is no longer the value read from the file. */
export function markTyped(map: Y.Map<unknown>, field: PhotoTextField): void {
  const fromFile = map.get('fromFile');
  if (Array.isArray(fromFile) && fromFile.includes(field))
    map.set(
      'fromFile',
      fromFile.filter((f) => f !== field),
    );
}
