import { describe, expect, it } from 'vitest';
import { photoFileName } from '../../../../core/article/photo';
import {
  fileNameFromHref,
  toPhotoFileName,
  uniqueFileName,
} from '../../../../core/import/photo-file-name';

describe('photo file names from imported links', () => {
  it('takes the decoded last path segment of a URL', () => {
    expect(fileNameFromHref('http://a.test/x/river%20dawn.jpg?size=big#top')).toBe(
      'river dawn.jpg',
    );
    expect(fileNameFromHref('http://a.test/')).toBe('a.test');
    expect(fileNameFromHref('')).toBe('');
    expect(fileNameFromHref('http://a.test/%E0%A4%A.jpg')).toBe('%E0%A4%A.jpg');
  });

  it('turns anything into a valid photo file name', () => {
    for (const raw of [
      '../../etc/passwd',
      '.hidden.jpg',
      'a:b*c?.png',
      'x'.repeat(300) + '.jpeg',
      '\u0000',
      '...',
      'ok.jpg',
    ])
      expect(photoFileName.safeParse(toPhotoFileName(raw)).success, raw).toBe(true);
    expect(toPhotoFileName('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(toPhotoFileName('.hidden.jpg')).toBe('hidden.jpg');
    expect(toPhotoFileName('x'.repeat(300) + '.jpeg')).toHaveLength(200);
    expect(toPhotoFileName('...', 'fallback.jpg')).toBe('fallback.jpg');
  });

  it('makes names unique before the extension', () => {
    expect(uniqueFileName('a.jpg', new Set(['a.jpg', 'a-2.jpg']))).toBe('a-3.jpg');
    expect(uniqueFileName('noext', new Set(['noext']))).toBe('noext-2');
    expect(uniqueFileName('free.jpg', new Set())).toBe('free.jpg');
  });
});
