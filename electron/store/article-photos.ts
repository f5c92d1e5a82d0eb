import path from 'node:path';
import type { ArticleFolders } from './article-folders';
import { syncDir } from './atomic-write';
import { PHOTOS_DIR } from './layout';
import { checkPhotoName, ensureInside } from './path-safety';
import { sanitizePhotoName } from './photo-name';
import { storePhoto } from './photo-store';
import type { StoreContext } from './store-context';
import { StoreError, describeError } from './store-error';

/** A photo to add: a file on disk, or bytes with the name they came under (a drop, a paste). */
export type PhotoSource = { path: string } | { name: string; bytes: Uint8Array };

/** The photos/ folder of each article: where a photo is, and copying new photos in. */
export class ArticlePhotos {
  constructor(
    private readonly ctx: StoreContext,
    private readonly folders: ArticleFolders,
  ) {}

  /** Absolute path of photos/<file>; StoreError when the name or its real location leaves the folder. */
  async path(id: string, file: string): Promise<string> {
    const { access, fs, root } = this.ctx;
    access.assertOpen();
    const name = checkPhotoName(file);
    const folder = await this.folders.locate(id);
    const photos = path.join(folder, PHOTOS_DIR);
    const target = path.join(photos, name);
    const label = `photo "${name}" of "${path.basename(folder)}"`;
    await ensureInside(fs, root, target, label);
    const realPhotos = await fs.realpath(photos).catch(() => null);
    if (realPhotos) await ensureInside(fs, realPhotos, target, label);
    return target;
  }

  /** Copies a photo into photos/ under a unique, sanitized name (extension lower-cased); returns the name. */
  add(id: string, source: PhotoSource): Promise<string> {
    return this.ctx.mutex.run(String(id), () => this.copyIn(id, source));
  }

  private async copyIn(id: string, source: PhotoSource): Promise<string> {
    const { access, fs, root } = this.ctx;
    access.assertWritable('add a photo');
    const folder = await this.folders.locate(id);
    const photos = path.join(folder, PHOTOS_DIR);
    const original = 'path' in source ? path.basename(source.path) : source.name;
    const name = sanitizePhotoName(original);
    const shown = 'path' in source ? `"${source.path}"` : `"${source.name}"`;
    const into = `the photos of "${path.basename(folder)}"`;
    if ('path' in source) {
      const info = await fs.stat(source.path).catch((error: unknown) => {
        throw new StoreError(`photo ${shown} cannot be read: ${describeError(error)}`);
      });
      if (!info.isFile()) throw new StoreError(`photo ${shown} is not a file`);
    }
    await fs.mkdir(photos);
    await ensureInside(fs, root, photos, into);
    try {
      const stored = await storePhoto(fs, photos, name, source);
      await syncDir(photos, fs);
      return stored;
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(`could not copy photo ${shown} into ${into}: ${describeError(error)}`, {
        cause: error,
      });
    }
  }
}
