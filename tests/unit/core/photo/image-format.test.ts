import { describe, expect, it } from 'vitest';
import {
  acceptedFormatsText,
  imageExtensions,
  imageFormatOfName,
  imageFormats,
  imageFormatTable,
  imageMimeTypeOfName,
  nameForFormat,
  sniffImageFormat,
} from '../../../../core/photo/image-format';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe('sniffImageFormat', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a])],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['gif', bytes('GIF89a')],
    ['gif', bytes('GIF87a')],
    ['tiff', bytes('II', [0x2a, 0])],
    ['tiff', bytes('MM', [0, 0x2a])],
  ])('recognises %s', (format, data) => expect(sniffImageFormat(data)).toBe(format));

  it.each([
    ['text', bytes('hello world')],
    ['pdf', bytes('%PDF-1.7')],
    ['wav (RIFF but not WebP)', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt ')],
    ['empty', bytes()],
    ['two bytes of a JPEG', bytes([0xff, 0xd8])],
  ])('refuses %s', (_name, data) => expect(sniffImageFormat(data)).toBeNull());
});

describe('nameForFormat', () => {
  it.each([
    ['IMG_1.JPG', 'jpeg', 'IMG_1.JPG'],
    ['scan.tiff', 'tiff', 'scan.tiff'],
    ['pasted', 'png', 'pasted.png'],
    ['photo.jpg', 'png', 'photo.png'],
    ['report 2026.final', 'jpeg', 'report 2026.final.jpg'],
    ['.hidden', 'gif', '.hidden.gif'],
  ] as const)('%s holding %s is stored as %s', (name, format, stored) =>
    expect(nameForFormat(name, format)).toBe(stored),
  );
});

describe('imageFormatTable', () => {
  it('gives each extension to exactly one format, lower case and without a dot', () => {
    expect(new Set(imageExtensions).size).toBe(imageExtensions.length);
    for (const extension of imageExtensions) expect(extension).toMatch(/^[a-z]+$/);
  });

  it.each(imageFormats)('names %s files so that the name leads back to the format', (format) => {
    const { mimeType, extensions } = imageFormatTable[format];
    expect(mimeType).toMatch(/^image\/[a-z]+$/);
    for (const extension of extensions) {
      expect(imageFormatOfName(`photo.${extension.toUpperCase()}`)).toBe(format);
      expect(imageMimeTypeOfName(`photo.${extension}`)).toBe(mimeType);
    }
    expect(imageFormatOfName(nameForFormat('pasted', format))).toBe(format);
  });

  it('reads only the last extension and refuses what is not a photo', () => {
    expect(imageFormatOfName('scan.tif.preview.jpg')).toBe('jpeg');
    expect(imageFormatOfName('photo.jpg.html')).toBeNull();
    expect(imageFormatOfName('jpg')).toBeNull();
    expect(imageFormatOfName('article.json')).toBeNull();
    expect(imageMimeTypeOfName('image.heic')).toBeNull();
  });

  it('lists the accepted formats for people by their labels', () => {
    expect(acceptedFormatsText).toBe('JPEG, PNG, WebP, GIF or TIFF');
  });
});
