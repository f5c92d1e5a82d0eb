import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embeddedText, mergeEmbeddedMetadata } from '../../../../core/photo/embedded-metadata';
import { decodeIimText, findIimCharset } from '../../../../core/photo/iim-text';
import { decodeXmlEntities, xmpText } from '../../../../core/photo/xmp-text';

// exifr hands IIM text over one character per byte; this builds such a string.
const asRead = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const utf8 = (text: string) => asRead(new TextEncoder().encode(text));

describe('XMP text', () => {
  it('resolves entities exifr leaves in values', () => {
    expect(decodeXmlEntities('A &amp; B &lt;b&gt; &quot;q&quot; line&#xA;two &#233;')).toBe(
      'A & B <b> "q" line\ntwo é',
    );
    expect(decodeXmlEntities('&bogus; &#0;')).toBe('&bogus; &#0;');
  });

  it('prefers x-default in language alternatives and joins lists', () => {
    expect(
      xmpText([
        { lang: 'de', value: 'Rechte' },
        { lang: 'x-default', value: 'Rights' },
      ]),
    ).toBe('Rights');
    expect(xmpText({ lang: 'x-default', value: 'Only' })).toBe('Only');
    expect(xmpText(['Jane Doe', 'John Roe'])).toBe('Jane Doe; John Roe');
    expect(xmpText(undefined)).toBe('');
    expect(xmpText({})).toBe('');
  });
});

describe('IIM text', () => {
  it('decodes UTF-8 when 1:90 declares it, even when cut inside a character', () => {
    const bytes = new TextEncoder().encode('Zürich — «Ελλάδα» 東京');
    expect(decodeIimText(asRead(bytes), 'utf-8')).toBe('Zürich — «Ελλάδα» 東京');
    const cut = bytes.subarray(0, bytes.length - 1);
    expect(decodeIimText(asRead(cut), 'utf-8')).toBe('Zürich — «Ελλάδα» 東');
  });

  it('reads Latin-1 when there is no 1:90 and the bytes are not UTF-8', () => {
    expect(decodeIimText(asRead(Uint8Array.from([0x6c, 0x65, 0xe7, 0x6f, 0x6e])), null)).toBe(
      'leçon',
    );
    expect(decodeIimText(asRead(Uint8Array.from([0x93, 0x71, 0x94])), 'other')).toBe('“q”');
  });

  it('recognises undeclared UTF-8', () => {
    expect(decodeIimText(utf8('Powiśle'), null)).toBe('Powiśle');
    expect(decodeIimText('plain', null)).toBe('plain');
  });

  it('round-trips any text written as UTF-8, declared or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (value) => {
        expect(decodeIimText(utf8(value), 'utf-8')).toBe(value);
        expect(decodeIimText(utf8(value), null)).toBe(value);
      }),
    );
  });

  it('finds dataset 1:90 in file bytes', () => {
    const utf8Decl = Uint8Array.from([0, 1, 0x1c, 0x01, 0x5a, 0x00, 0x03, 0x1b, 0x25, 0x47, 0x1c]);
    expect(findIimCharset(utf8Decl)).toBe('utf-8');
    const latin = Uint8Array.from([0x1c, 0x01, 0x5a, 0x00, 0x03, 0x1b, 0x2e, 0x41]);
    expect(findIimCharset(latin)).toBe('other');
    expect(findIimCharset(Uint8Array.from([0x1c, 0x02, 0x78, 0x00, 0x01, 0x41]))).toBeNull();
    expect(findIimCharset(Uint8Array.from([0x1c, 0x01, 0x5a]))).toBeNull();
  });
});

describe('MWG reconciliation', () => {
  it('lets XMP win, so a truncated 32-byte IIM credit never beats the full XMP one', () => {
    const full = 'AFP/Kiril Kudryatsev for the Weekly Review';
    const meta = mergeEmbeddedMetadata(
      {
        photoshop: { Credit: full, Headline: 'XMP headline' },
        iptc: { Credit: full.slice(0, 32), Headline: 'IIM headline', Caption: 'IIM caption' },
        dc: { description: { lang: 'x-default', value: 'XMP caption' } },
      },
      null,
    );
    expect(meta.credit).toBe(full);
    expect(meta.headline).toBe('XMP headline');
    expect(meta.caption).toBe('XMP caption');
  });

  it('prefers IIM edited after the XMP (digest mismatch), unless it is the XMP value cut short', () => {
    const tags = {
      dc: { description: { lang: 'x-default', value: 'Old caption from XMP' } },
      photoshop: { Credit: 'AFP/Kiril Kudryatsev for the Weekly Review' },
      iptc: { Caption: 'Corrected caption in IIM', Credit: 'AFP/Kiril Kudryatsev for the Wee' },
    };
    expect(mergeEmbeddedMetadata(tags, null, 'mismatch')).toMatchObject({
      caption: 'Corrected caption in IIM',
      credit: 'AFP/Kiril Kudryatsev for the Weekly Review',
    });
    for (const digest of ['match', null] as const)
      expect(mergeEmbeddedMetadata(tags, null, digest).caption).toBe('Old caption from XMP');
  });

  it('falls back to IIM, then EXIF, ignoring camera placeholders', () => {
    const meta = mergeEmbeddedMetadata(
      {
        iptc: { Byline: [utf8('Jürgen'), 'Ann'], CopyrightNotice: utf8('© Stadt') },
        ifd0: { ImageDescription: 'OLYMPUS DIGITAL CAMERA', Artist: 'Cam Owner', Orientation: 6 },
      },
      'utf-8',
    );
    expect(meta).toEqual({
      caption: '',
      credit: '',
      photographer: 'Jürgen; Ann',
      copyright: '© Stadt',
      altText: '',
      headline: '',
      orientation: 6,
    });
    expect(
      mergeEmbeddedMetadata({ ifd0: { ImageDescription: 'A real caption', Artist: 'X' } }, null),
    ).toMatchObject({ caption: 'A real caption', photographer: 'X', orientation: null });
  });

  it('reads alt text from Iptc4xmpCore and lists only non-empty fields', () => {
    const meta = mergeEmbeddedMetadata(
      {
        Iptc4xmpCore: {
          AltTextAccessibility: { lang: 'x-default', value: 'A farmer &amp; tractor' },
        },
      },
      null,
    );
    expect(embeddedText(meta)).toEqual({ altText: 'A farmer & tractor' });
  });
});
