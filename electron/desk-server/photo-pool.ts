import { copyFile, link, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { META_DIR } from '../store/layout';
import { checkArticleId, checkPhotoName } from '../store/path-safety';

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

/**
 * Where a photo that an old article.json names (not by SHA-256) waits once a laptop has sent it,
 * `.newsroom/desk-photos/articles/<id>/<file>`: the article's folder may not exist yet.
 * StoreError when the id or the name is not safe.
 */
export function namedPhotoPath(root: string, id: string, file: string): string {
  return path.join(photoPoolDir(root), 'articles', checkArticleId(id), checkPhotoName(file));
}

/** Hard-links `from` to `to` (a copy where links fail); an existing `to` or a missing `from` is left alone. */
export async function linkPhoto(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await link(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST' || error.code === 'ENOENT') return;
    await copyFile(from, to).catch(() => undefined);
  });
}
