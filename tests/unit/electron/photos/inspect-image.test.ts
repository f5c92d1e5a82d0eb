import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageFormats } from '../../../../core/photo/image-format';
import { PREVIEW_MAX_SIDE } from '../../../../core/photo/preview';
import { inspectImage } from '../../../../electron/photos/inspect-image';
import { PhotoError } from '../../../../electron/photos/photo-error';
import { fixture, makeImage } from './images';

describe('inspectImage', () => {
  it.each(imageFormats)('accepts a complete %s image', async (format) => {
    const image = await inspectImage(await makeImage(format, 80, 60), `photo "x.${format}"`);
    expect(image).toMatchObject({ format, width: 80, height: 60, preview: null });
  });

  it('accepts the fixtures, including the one with odd metadata', async () => {
    for (const [name, width, height] of [
      ['iptc-staff-photographer-example.jpg', 516, 350],
      ['BonTonARTSTORplusIPTC.jpg', 300, 379],
      ['broken1.jpg', 600, 900],
    ] as const) {
      const image = await inspectImage(await readFile(fixture(name)), name);
      expect([image.width, image.height]).toEqual([width, height]);
    }
  });

  it('refuses a file that is not an image, naming it', async () => {
    const text = new TextEncoder().encode('%PDF-1.7 not a photo');
    await expect(inspectImage(text, 'photo "notes.jpg"')).rejects.toThrow(PhotoError);
    await expect(inspectImage(text, 'photo "notes.jpg"')).rejects.toThrow(
      /^photo "notes\.jpg" is not an image Newsroom accepts \(JPEG, PNG, WebP, GIF or TIFF\)$/,
    );
  });

  it.each(['jpeg', 'png', 'webp'] as const)('refuses a truncated %s, naming it', async (format) => {
    const whole = await makeImage(format, 400, 300);
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    await expect(inspectImage(cut, `photo "cut.${format}"`)).rejects.toThrow(
      new RegExp(`^photo "cut\\.${format}" is a damaged`),
    );
  });

  it('refuses a header with no pixels', async () => {
    const head = (await makeImage('jpeg')).subarray(0, 30);
    await expect(inspectImage(head, 'photo "head.jpg"')).rejects.toThrow(
      /photo "head\.jpg" is a damaged/,
    );
  });

  it('refuses an image over the pixel limit before decoding it', async () => {
    // A PNG header claiming 20000 × 20000 pixels.
    const png = await makeImage('png', 1, 1);
    const header = new DataView(png.buffer, png.byteOffset);
    header.setUint32(16, 20_000);
    header.setUint32(20, 20_000);
    await expect(inspectImage(png, 'photo "bomb.png"')).rejects.toThrow(
      /^photo "bomb\.png" is too large: 400 megapixels \(at most 250\)$/,
    );
  });

  it('swaps width and height for rotated EXIF orientations', async () => {
    const rotated = await sharp(await makeImage('jpeg', 80, 60))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const image = await inspectImage(rotated, 'rotated.jpg');
    expect([image.width, image.height]).toEqual([60, 80]);
  });

  it('makes a downscaled JPEG preview of a 20-megapixel image', async () => {
    const big = await makeImage('jpeg', 5472, 3648);
    const image = await inspectImage(big, 'camera.jpg', { preview: true, fileName: 'camera.jpg' });
    expect([image.width, image.height]).toEqual([5472, 3648]);
    const preview = await sharp(image.preview!).metadata();
    expect(preview.format).toBe('jpeg');
    expect(Math.max(preview.width, preview.height)).toBe(PREVIEW_MAX_SIDE);
    expect(image.preview!.length).toBeLessThan(big.length);
  });

  it('makes a preview of a small TIFF, which browsers cannot show', async () => {
    const image = await inspectImage(await makeImage('tiff', 40, 30), 'scan.tif', {
      preview: true,
      fileName: 'scan.tif',
    });
    expect((await sharp(image.preview!).metadata()).format).toBe('jpeg');
  });
});
