import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureSize, readFigureAttrs } from '../../../../core/body/figure-attrs';
import { figureToPhoto } from '../../../../core/body/figure-photo';
import { bodyFigureData } from '../../../../core/export/figure-html';

describe('figure attributes', () => {
  it('take a positive integer, or a string of digits naming one, as a size; anything else is none', () => {
    expect(figureSize(640)).toBe(640);
    expect(figureSize('480')).toBe(480);
    expect(figureSize('0640')).toBe(640);
    for (const none of [0, '0', -3, '-3', 2.5, '2.5', ' 12', '12 ', '1e3', '0x10', '', 'x', NaN])
      expect(figureSize(none)).toBeNull();
    for (const none of [Infinity, 2 ** 53, '9007199254740993', null, undefined, true, {}, [7]])
      expect(figureSize(none)).toBeNull();
  });

  it('read text fields as strings and default what is missing or of another type', () => {
    expect(
      readFigureAttrs({ src: 'a.jpg', caption: 7, alt: null, width: '1200', height: 0 }),
    ).toEqual({
      src: 'a.jpg',
      caption: '',
      credit: '',
      photographer: '',
      copyright: '',
      alt: '',
      width: 1200,
      height: null,
    });
  });

  it('are read the same way by the editor and the exporters (property)', () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.stringMatching(/^\d{1,6}$/),
      fc.constant(null),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        fc.record({ src: value, caption: value, alt: value, width: value, height: value }),
        (attrs) => {
          const photo = figureToPhoto(attrs);
          const figure = bodyFigureData(attrs);
          expect([photo.width, photo.height]).toEqual([figure.width, figure.height]);
          expect([photo.caption, photo.altText]).toEqual([figure.caption, figure.alt]);
          expect(photo.file).toBe(figure.file || 'missing');
        },
      ),
    );
  });
});
