import { describe, expect, it } from 'vitest';
import { blankPhoto } from '../../../../core/article/photo';
import {
  creditSuggestions,
  emptyRegistry,
  photoRegistrySchema,
  recallPhoto,
  RECENT_CREDITS,
  rememberCredit,
  rememberPhoto,
} from '../../../../core/photo/photo-registry';
import { displayFileName, previewFileName } from '../../../../core/photo/preview';

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

  it('keeps recent credits most recent first, deduplicated and bounded', () => {
    let reg = emptyRegistry();
    for (const c of ['AFP', 'Staff', 'AFP/Kiril Kudryatsev', 'AFP', ' '])
      reg = rememberCredit(reg, c);
    expect(reg.credits).toEqual(['AFP', 'AFP/Kiril Kudryatsev', 'Staff']);
    expect(creditSuggestions(reg).slice(0, 4)).toEqual([
      'AFP',
      'AFP/Kiril Kudryatsev',
      'Staff',
      'Reuters',
    ]);
    for (let i = 0; i < 40; i++) reg = rememberCredit(reg, `C${i}`);
    expect(reg.credits).toHaveLength(RECENT_CREDITS);
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
});
