import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll } from 'vitest';
import type { ImageFormat } from '../../../../core/photo/image-format';
import { endExifTool } from '../../../../electron/photos/exiftool-process';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures/photos');
export const fixture = (name: string) => path.join(fixturesDir, name);

/** The text the IPTC staff photographer example embeds, as the desk's photo fields hold it. */
export const staffExampleText = {
  caption:
    'After digging the furrows another ten yards with the tractor, Jim Moore hops off to hand-set more leeks and onions.',
  credit: 'Big Newspaper',
  photographer: 'John Doe',
  copyright: '©2010 Big Newspaper, all rights reserved',
};

/** A real image of the given format and size, encoded by libvips. */
export async function makeImage(format: ImageFormat, width = 64, height = 48): Promise<Uint8Array> {
  const image = sharp({
    create: { width, height, channels: 3, background: { r: 180, g: 90, b: 40 } },
  });
  return new Uint8Array(await image.toFormat(format).toBuffer());
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(
  prefix = 'newsroom-photo-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A temporary folder for the calling suite; after it, the folder goes and the shared ExifTool ends. */
export function useExifToolDir(): { dir: string } {
  const tmp = {} as Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    Object.assign(tmp, await tempDir());
  });
  afterAll(async () => {
    await endExifTool();
    await tmp.cleanup();
  });
  return tmp;
}
