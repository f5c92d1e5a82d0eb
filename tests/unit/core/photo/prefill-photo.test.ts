import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankPhoto, photoTextFields } from '../../../../core/article/photo';
import { markTyped, prefillPhoto } from '../../../../core/photo/prefill-photo';

describe('prefillPhoto', () => {
  it('fills empty fields and records them in fromFile', () => {
    const photo = prefillPhoto(blankPhoto('a.jpg'), {
      caption: 'Farmer planting onions',
      credit: 'Big Newspaper',
      headline: 'not a photo field',
    });
    expect(photo.caption).toBe('Farmer planting onions');
    expect(photo.credit).toBe('Big Newspaper');
    expect(photo.fromFile).toEqual(['caption', 'credit']);
  });

  it('never overwrites what someone typed', () => {
    const typed = { ...blankPhoto('a.jpg'), caption: 'Typed by the desk', altText: ' ' };
    const photo = prefillPhoto(typed, { caption: 'From file', altText: 'Alt from file' });
    expect(photo.caption).toBe('Typed by the desk');
    expect(photo.altText).toBe('Alt from file');
    expect(photo.fromFile).toEqual(['altText']);
    expect(typed.fromFile).toEqual([]);
  });

  it('forgets the origin of a field once it is typed', () => {
    const photo = prefillPhoto(blankPhoto('a.jpg'), { credit: 'AFP' });
    expect(markTyped(photo, 'credit').fromFile).toEqual([]);
    expect(markTyped(photo, 'caption')).toBe(photo);
  });
});

describe('prefillPhoto properties', () => {
  const text = fc.string({ maxLength: 20 });
  const fields = fc.record({
    caption: text,
    credit: text,
    photographer: text,
    copyright: text,
    altText: text,
  });

  it('keeps every non-empty value and fills only empty ones', () => {
    fc.assert(
      fc.property(fields, fields, (typed, embedded) => {
        const current = { ...blankPhoto('a.jpg'), ...typed };
        const next = prefillPhoto(current, embedded);
        for (const field of photoTextFields) {
          if (current[field].trim() !== '') expect(next[field]).toBe(current[field]);
          else if (embedded[field].trim() !== '') expect(next[field]).toBe(embedded[field].trim());
          expect(next.fromFile.includes(field)).toBe(
            current[field].trim() === '' && embedded[field].trim() !== '',
          );
        }
      }),
    );
  });
});
