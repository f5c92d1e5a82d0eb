import { describe, expect, it } from 'vitest';
import { blankPhoto } from '../../../../core/article/photo';
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
