import { describe, expect, it } from 'vitest';
import { blankPhoto } from '../../../../core/article/photo';
import { fromDateTimeInput, toDateTimeInput } from '../../../../renderer/src/core/date-time-input';
import { parseLinkInput } from '../../../../renderer/src/core/link-url';
import { editPhotoField, mergeAttachedPhoto } from '../../../../renderer/src/core/photo-merge';
import { formatUpdated } from '../../../../renderer/src/core/relative-time';

describe('parseLinkInput', () => {
  it('accepts http(s) and mailto, completing bare domains and addresses', () => {
    expect(parseLinkInput(' https://example.org/a ')).toEqual({
      ok: true,
      url: 'https://example.org/a',
    });
    expect(parseLinkInput('example.org')).toEqual({ ok: true, url: 'https://example.org' });
    expect(parseLinkInput('desk@example.org')).toEqual({
      ok: true,
      url: 'mailto:desk@example.org',
    });
  });

  it('refuses other schemes, in any spelling', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVa\tScript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      '',
    ]) {
      expect(parseLinkInput(bad).ok).toBe(false);
    }
  });
});

describe('date-time input', () => {
  it('round-trips a local time with its offset', () => {
    const iso = fromDateTimeInput('2026-03-01T09:30');
    expect(iso).toMatch(/^2026-03-01T09:30:00[+-]\d\d:\d\d$/);
    expect(toDateTimeInput(iso)).toBe('2026-03-01T09:30');
    expect(new Date(iso!).getTime()).toBe(new Date(2026, 2, 1, 9, 30).getTime());
  });

  it('treats empty or malformed values as no date', () => {
    expect(fromDateTimeInput('')).toBeNull();
    expect(toDateTimeInput(null)).toBe('');
    expect(toDateTimeInput('not a date')).toBe('');
  });
});

describe('photo merge', () => {
  it('keeps what someone typed and takes the rest from the new file', () => {
    const current = {
      ...blankPhoto('old.jpg'),
      caption: 'Typed caption',
      credit: 'FileCredit',
      fromFile: ['credit' as const],
    };
    const attached = {
      ...blankPhoto('new.jpg'),
      caption: 'File caption',
      credit: 'AFP',
      fromFile: ['caption' as const, 'credit' as const],
    };
    const merged = mergeAttachedPhoto(current, attached);
    expect(merged).toMatchObject({
      file: 'new.jpg',
      caption: 'Typed caption',
      credit: 'AFP',
      fromFile: ['credit'],
    });
  });

  it('marks an edited field as typed', () => {
    const photo = { ...blankPhoto('a.jpg'), caption: 'x', fromFile: ['caption' as const] };
    expect(editPhotoField(photo, 'caption', 'y')).toMatchObject({ caption: 'y', fromFile: [] });
  });
});

describe('formatUpdated', () => {
  const now = new Date(2026, 5, 10, 15, 0);
  it('says how long ago for recent times and a date for old ones', () => {
    expect(formatUpdated(new Date(2026, 5, 10, 14, 59, 30).toISOString(), now)).toBe('just now');
    expect(formatUpdated(new Date(2026, 5, 10, 14, 48).toISOString(), now)).toBe('12 min ago');
    expect(formatUpdated(new Date(2025, 1, 3).toISOString(), now, 'en-GB')).toBe('3 Feb 2025');
    expect(formatUpdated('garbage', now)).toBe('');
  });
});
