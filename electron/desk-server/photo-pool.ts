import path from 'node:path';
import { META_DIR } from '../store/layout';

/** Where photos uploaded to the desk wait, by content: `.newsroom/desk-photos/<sha256>.<ext>`. */
export function photoPoolDir(root: string): string {
  return path.join(root, META_DIR, 'desk-photos');
}

/** Desk photo names: the SHA-256 of the bytes, then the format's extension. */
export const deskPhotoName = /^([0-9a-f]{64})\.(jpg|jpeg|png|webp|gif|tif|tiff)$/;

/** The pool path of a desk photo name, or null for any other name. */
export function photoPoolPath(root: string, name: string): string | null {
  return deskPhotoName.test(name) ? path.join(photoPoolDir(root), name) : null;
}
