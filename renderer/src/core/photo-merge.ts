import type { Photo } from '../../../core/article/photo';
import { photoTextFields } from '../../../core/article/photo-fields';

/** The photo after attaching `attached` where `current` was: values someone typed are kept, file values fill the rest. */
export function mergeAttachedPhoto(current: Photo | null, attached: Photo): Photo {
  if (!current) return attached;
  const merged: Photo = { ...attached, fromFile: [...attached.fromFile] };
  for (const field of photoTextFields) {
    const typed = current[field].trim() !== '' && !current.fromFile.includes(field);
    if (typed) {
      merged[field] = current[field];
      merged.fromFile = merged.fromFile.filter((f) => f !== field);
    }
  }
  return merged;
}

/** The photo after someone edits one of its text fields: the value is no longer the file's. */
export function editPhotoField(
  photo: Photo,
  field: (typeof photoTextFields)[number],
  value: string,
): Photo {
  return { ...photo, [field]: value, fromFile: photo.fromFile.filter((f) => f !== field) };
}
