import * as Y from 'yjs';
import type { Photo } from '../../../core/article/photo';
import { photoTextFields, type PhotoTextField } from '../../../core/article/photo-fields';

/** The lead photo as the map holds it now, or null when the article has none. */
export function readDeskPhoto(map: Y.Map<unknown>): Photo | null {
  const file = map.get('file');
  if (typeof file !== 'string' || file === '') return null;
  const size = (key: string) => {
    const value = map.get(key);
    return typeof value === 'number' ? value : null;
  };
  const fromFile = map.get('fromFile');
  const photo: Photo = {
    file,
    caption: '',
    credit: '',
    photographer: '',
    copyright: '',
    altText: '',
    width: size('width'),
    height: size('height'),
    fromFile: Array.isArray(fromFile)
      ? photoTextFields.filter((field) => fromFile.includes(field))
      : [],
  };
  for (const field of photoTextFields) photo[field] = map.get(field)?.toString() ?? '';
  return photo;
}

/** The Y.Text of one of the photo's text fields, made when missing. */
export function deskPhotoText(map: Y.Map<unknown>, field: PhotoTextField): Y.Text | null {
  const value = map.get(field);
  return value instanceof Y.Text ? value : null;
}

/**
 * Puts `photo` into the map in one transaction; a text field whose value is unchanged keeps its
 * Y.Text (and so whatever someone is typing into it).
 */
export function writeDeskPhoto(map: Y.Map<unknown>, photo: Photo | null): void {
  const apply = () => {
    if (!photo) {
      for (const key of [...map.keys()]) map.delete(key);
      return;
    }
    map.set('file', photo.file);
    map.set('width', photo.width);
    map.set('height', photo.height);
    map.set('fromFile', [...photo.fromFile]);
    for (const field of photoTextFields) {
      const current = deskPhotoText(map, field);
      if (current?.toString() === photo[field]) continue;
      if (current) {
        current.delete(0, current.length);
        current.insert(0, photo[field]);
      } else {
        map.set(field, new Y.Text(photo[field]));
      }
    }
  };
  if (map.doc) map.doc.transact(apply);
  else apply();
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
