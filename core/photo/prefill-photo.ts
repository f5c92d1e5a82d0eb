import { photoTextFields, type Photo } from '../article/photo';
import type { EmbeddedText } from './embedded-metadata';

/**
 * Fills the photo's empty text fields from the embedded metadata and records them in `fromFile`.
 * Never overwrites a value someone typed.
 */
export function prefillPhoto(current: Photo, embedded: EmbeddedText): Photo {
  const next: Photo = { ...current, fromFile: [...current.fromFile] };
  for (const field of photoTextFields) {
    const value = embedded[field]?.trim() ?? '';
    if (value === '' || current[field].trim() !== '') continue;
    next[field] = value;
    if (!next.fromFile.includes(field)) next.fromFile.push(field);
  }
  return next;
}

/** Marks a field as typed by a person: it no longer counts as coming from the file. */
export function markTyped(photo: Photo, field: Photo['fromFile'][number]): Photo {
  return photo.fromFile.includes(field)
    ? { ...photo, fromFile: photo.fromFile.filter((f) => f !== field) }
    : photo;
}
