import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FigureData } from '../../core/export/figure-html';
import { writePhotoMetadata } from '../photos/write-photo-metadata';
import { renameWithRetry, syncDir } from '../store/atomic-write';
import { nodeStoreFs } from '../store/store-fs';
import { tempPathFor } from '../store/temp-files';

/** The one place exported photo copies get their caption, credit, photographer, copyright and alt text embedded. */
async function embedMetadata(copy: string, figure: FigureData): Promise<void> {
  await writePhotoMetadata(copy, {
    caption: figure.caption,
    credit: figure.credit,
    photographer: figure.photographer,
    copyright: figure.copyright,
    altText: figure.alt,
  });
}

/** Copies a workspace photo to `target` atomically, with the article's metadata written into the copy. */
export async function exportPhotoCopy(
  source: string,
  target: string,
  figure: FigureData,
): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    await copyFile(source, temp);
    await embedMetadata(temp, figure);
    await renameWithRetry(nodeStoreFs, temp, target);
  } finally {
    await rm(temp, { force: true });
  }
  await syncDir(path.dirname(target)).catch(() => undefined);
}

/** The bytes of a photo copy with its metadata embedded (for single-file HTML), written nowhere permanent. */
export async function exportPhotoBytes(
  source: string,
  scratchDir: string,
  figure: FigureData,
): Promise<Uint8Array> {
  const temp = tempPathFor(path.join(scratchDir, path.basename(source)));
  try {
    await copyFile(source, temp);
    await embedMetadata(temp, figure);
    return new Uint8Array(await readFile(temp));
  } finally {
    await rm(temp, { force: true });
  }
}
