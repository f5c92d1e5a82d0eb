import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { blankPhoto } from '../../core/article/photo';
import { embeddedText } from '../../core/photo/embedded-metadata';
import { nameForFormat } from '../../core/photo/image-format';
import { toPhotoInfo, type PhotoInfo } from '../../core/photo/photo-info';
import { recallPhoto } from '../../core/photo/photo-registry';
import { prefillPhoto } from '../../core/photo/prefill-photo';
import { previewFileName } from '../../core/photo/preview';
import type { AttachedPhoto } from '../ipc/contract';
import { atomicWrite } from '../store/atomic-write';
import type { Workspace } from '../store/workspace';
import { inspectImage } from './inspect-image';
import { PhotoError } from './photo-error';
import { hashBytes, registerStoredPhoto } from './photo-registry-file';
import { readEmbeddedMetadata } from './read-embedded-metadata';

/** Largest photo file accepted, as for photo:import. */
export const MAX_PHOTO_BYTES = 200 * 1024 * 1024;

export type PhotoSource = { path: string } | { name: string; bytes: Uint8Array };

/** Reads an image file whole, with errors that name it. */
async function readImageFile(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new PhotoError(
      error.code === 'ENOENT'
        ? `photo "${file}" does not exist`
        : `photo "${file}" cannot be read: ${error.message}`,
    );
  });
  if (!info.isFile()) throw new PhotoError(`photo "${file}" is not a file`);
  if (info.size > MAX_PHOTO_BYTES) throw new PhotoError(`photo "${file}" is larger than 200 MB`);
  return readFile(file).catch((error: Error) => {
    throw new PhotoError(`photo "${file}" cannot be read: ${error.message}`);
  });
}

/**
 * Attaches a photo to an article: checks that it is a complete image of an accepted format
 * (refusing anything else with a message naming the file, before anything is written), copies it
 * into the article's photos/ via the store, writes a downscaled preview for large images, and
 * returns the Photo prefilled from the desk's memory of this image (credit, photographer,
 * copyright) and then from its embedded metadata (`fromFile` lists the latter), plus the
 * embedded values. The article itself is not saved: the caller decides where the photo goes.
 */
export async function attachPhoto(
  ws: Workspace,
  id: string,
  source: PhotoSource,
): Promise<AttachedPhoto> {
  const name = 'path' in source ? path.basename(source.path) : source.name;
  const label = 'path' in source ? `photo "${source.path}"` : `photo "${source.name}"`;
  const bytes = 'path' in source ? await readImageFile(source.path) : source.bytes;
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw new PhotoError(`${label} is larger than 200 MB`);
  const image = await inspectImage(bytes, label, { preview: true, fileName: name });
  const meta = await readEmbeddedMetadata(bytes, image.format);
  // The validated bytes are what gets stored, so the file cannot change in between.
  const file = await ws.photos.add(id, { name: nameForFormat(name, image.format), bytes });
  // The preview and the registry only help (the panel falls back to the file itself, the credit
  // to the embedded one): a disk error there must not fail an attach that has succeeded.
  if (image.preview) {
    const previewPath = await ws.photos.path(id, previewFileName(file));
    await atomicWrite(previewPath, image.preview).catch(() => undefined);
  }
  const remembered = await registerStoredPhoto(ws, id, file, hashBytes(bytes)).catch(
    () => undefined,
  );
  const embedded = embeddedText(meta);
  const stored = { ...blankPhoto(file), width: image.width, height: image.height };
  return { photo: prefillPhoto(recallPhoto(stored, remembered), embedded), embedded };
}

/** Format, pixel size and reconciled embedded metadata of an image file (`newsroom photo-info`). */
export async function readPhotoInfo(file: string): Promise<PhotoInfo> {
  const bytes = await readImageFile(file);
  const image = await inspectImage(bytes, `photo "${file}"`);
  return toPhotoInfo(await readEmbeddedMetadata(bytes, image.format), image);
}
