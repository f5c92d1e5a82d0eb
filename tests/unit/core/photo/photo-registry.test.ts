import { describe, expect, it } from 'vitest';
import { blankPhoto } from '../../../../core/article/photo';
import {
  creditSuggestions,
  emptyRegistry,
  photoRegistrySchema,
  recallPhoto,
  RECENT_CREDITS,
  rememberPhoto,
} from '../../../../core/photo/photo-registry';
import {
  displayFileName,
  fileToLoad,
  previewFileName,
  previewThatFailed,
} from '../../../../core/photo/preview';

const hash = 'a'.repeat(64);

describe('photo registry', () => {
  it('remembers credit and photographer per file and keeps earlier values for empty fields', () => {
    let reg = rememberPhoto(emptyRegistry(), hash, {
      credit: 'AFP',
      photographer: 'Kiril Kudryatsev',
      copyright: '',
    });
    reg = rememberPhoto(reg, hash, {
      credit: 'AFP/Kiril Kudryatsev',
      photographer: '',
      copyright: '',
    });
    expect(reg.photos[hash]).toMatchObject({
      credit: 'AFP/Kiril Kudryatsev',
      photographer: 'Kiril Kudryatsev',
    });
    expect(photoRegistrySchema.parse(JSON.parse(JSON.stringify(reg)))).toEqual(reg);
    expect(
      rememberPhoto(emptyRegistry(), hash, { credit: ' ', photographer: '', copyright: '' }),
    ).toEqual(emptyRegistry());
  });

  it('recalls into empty fields only; the caption belongs to each use', () => {
    const reg = rememberPhoto(emptyRegistry(), hash, {
      credit: 'Staff',
      photographer: 'Ann',
      copyright: '© Paper',
    });
    const typed = { ...blankPhoto('x.jpg'), caption: 'Second use', photographer: 'Typed' };
    expect(recallPhoto(typed, reg.photos[hash])).toEqual({
      ...typed,
      credit: 'Staff',
      copyright: '© Paper',
    });
    expect(recallPhoto(typed, undefined)).toBe(typed);
  });

  it('suggests the latest credit of each image, most recent first, then presets', () => {
    let reg = emptyRegistry();
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));
    const h = (n: number) => String(n).repeat(64).slice(0, 64);
    reg = rememberPhoto(reg, h(1), { credit: 'A', photographer: '', copyright: '' }, at(1));
    reg = rememberPhoto(reg, h(1), { credit: 'AFP', photographer: '', copyright: '' }, at(2));
    reg = rememberPhoto(reg, h(2), { credit: 'Staff', photographer: '', copyright: '' }, at(3));
    reg = rememberPhoto(
      reg,
      h(3),
      { credit: 'AFP/Kiril Kudryatsev', photographer: '', copyright: '' },
      at(4),
    );
    reg = rememberPhoto(reg, h(4), { credit: 'AFP', photographer: '', copyright: '' }, at(5));
    expect(creditSuggestions(reg)).toEqual([
      'AFP',
      'AFP/Kiril Kudryatsev',
      'Staff',
      'Reuters',
      'AP',
      'Handout',
    ]);
    for (let i = 0; i < 40; i++)
      reg = rememberPhoto(
        reg,
        i.toString(16).padStart(64, 'f'),
        { credit: `C${i}`, photographer: '', copyright: '' },
        at(10 + i),
      );
    expect(creditSuggestions(reg).slice(0, RECENT_CREDITS + 1)).toContain('Staff');
    expect(creditSuggestions(reg)[0]).toBe('C39');
  });

  it('keeps the date of unchanged values, so autosaves do not rewrite the registry', () => {
    const reg = rememberPhoto(emptyRegistry(), hash, {
      credit: 'AFP',
      photographer: '',
      copyright: '',
    });
    expect(rememberPhoto(reg, hash, { credit: 'AFP', photographer: '', copyright: '' })).toBe(reg);
  });
});

describe('preview naming', () => {
  it('uses a preview for large images and TIFFs only', () => {
    expect(displayFileName({ file: 'a.jpg', width: 5472, height: 3648 })).toBe(
      previewFileName('a.jpg'),
    );
    expect(displayFileName({ file: 'a.jpg', width: 1200, height: 800 })).toBe('a.jpg');
    expect(displayFileName({ file: 'scan.TIF', width: 100, height: 100 })).toBe(
      'scan.TIF.preview.jpg',
    );
    expect(displayFileName({ file: 'a.png', width: null, height: null })).toBe('a.png');
  });

  it('falls back from a preview that fails to load to the file itself, once', () => {
    const large = { file: 'a.jpg', width: 5472, height: 3648 };
    const first = fileToLoad(large, null);
    expect(first).toBe('a.jpg.preview.jpg');
    const failed = previewThatFailed(large, first);
    expect(failed).toBe('a.jpg.preview.jpg');
    expect(fileToLoad(large, failed)).toBe('a.jpg');
    // The file itself failing leaves nothing to fall back to.
    expect(previewThatFailed(large, 'a.jpg')).toBeNull();
    const small = { file: 'b.jpg', width: 800, height: 600 };
    expect(previewThatFailed(small, fileToLoad(small, null))).toBeNull();
  });
});
