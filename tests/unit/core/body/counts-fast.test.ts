import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBody, countText, TextCounter } from '../../../../core/body/counts';
import { prose } from '../../../support/prose';

// UAX #29 as this Node's Intl.Segmenter implements it, two words joined by a single hyphen counted
// as one: the word rule (core/body/word-count.ts) agrees with it on text without addresses, colons
// or a Hebrew maqaf, and with Thai set apart by spaces, where ICU versions differ or the rule
// decides otherwise (word-count.test.ts).
function referenceWords(text: string, language = 'en'): number {
  let words = 0;
  for (const line of text.split('\n')) {
    let lastEnd = -2;
    for (const s of new Intl.Segmenter(language, { granularity: 'word' }).segment(line)) {
      if (!s.isWordLike) continue;
      if (!(s.index === lastEnd + 1 && '-\u2010\u2011'.includes(line[lastEnd]!))) words++;
      lastEnd = s.index + s.segment.length;
    }
  }
  return words;
}
const referenceCharacters = (text: string) =>
  [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].length;

// Pieces of text in scripts written with spaces, and others.
const simplePieces = [
  'a',
  'Z',
  '9',
  'é',
  'ß',
  'ø',
  'ª',
  '²',
  '×',
  ' ',
  '\n',
  "'",
  '’',
  '‘',
  '-',
  '.',
  ',',
  ';',
  '"',
  '—',
  '–',
  '…',
  '“',
  '%',
  'x.y',
  "isn't",
  '1,000',
  'U.S.',
];
const otherPieces = [
  '東京',
  'ありがとう',
  ' ภาษาไทย ',
  'مرحبا',
  'שלום',
  '\u0301',
  '東京都は月曜日に',
  ' ไทย ',
  '😀',
  '👍🏽',
  '🇳🇴',
  '_',
  '·',
  '\u00ad',
  '\ud835',
  '\udc00',
  '\r\n',
];

// Letters, marks and digits of scripts written with spaces (Latin, Greek, Cyrillic, Arabic, Hebrew,
// Devanagari, Hangul), marks on their letters, mixed with some punctuation.
const lettersOfScripts = [..."aéZß9ωΣжЯعربي٣שלום한국어 .,'-", 'عَ', 'שָׁ', 'हि', 'न्दी', 'e\u0301'];

describe('counts', () => {
  it('agree with Intl.Segmenter on Latin text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...simplePieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const counts = countText(text);
        expect(counts.words).toBe(referenceWords(text));
        expect(counts.characters).toBe(referenceCharacters(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('agree with Intl.Segmenter on text in any script', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...simplePieces, ...otherPieces), { maxLength: 40 }),
        fc.string({ unit: fc.constantFrom(...lettersOfScripts) }),
        (parts, extra) => {
          const text = parts.join('') + extra;
          // Underscores and marks after a hyphen: ICU versions and the rule differ at the edges.
          fc.pre(!/_|[-'][\p{M}\p{Cf}]/u.test(text));
          expect(countText(text).words).toBe(referenceWords(text));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('count any characters as graphemes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...simplePieces, ...otherPieces), { maxLength: 40 }),
        fc.string({ unit: 'grapheme' }),
        (parts, extra) => {
          const text = parts.join('') + extra;
          expect(countText(text).characters).toBe(
            referenceCharacters(text.replace(/\r\n/g, '\n')) + (text.match(/\r\n/g)?.length ?? 0),
          );
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('count text given in pieces exactly as the joined text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...simplePieces, ...otherPieces, ''), { maxLength: 6 }), {
          maxLength: 8,
        }),
        (chunks) => {
          const texts = chunks.map((parts) => parts.join(''));
          const counter = new TextCounter();
          for (const text of texts) counter.add(text);
          expect(counter.counts(false)).toEqual(countText(texts.join('')));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('count scripts without spaces by their words, and characters as a reader sees them', () => {
    expect(countText('東京都は月曜日に新しい計画を発表した。', 'ja').words).toBeGreaterThan(5);
    expect(countText('ประเทศไทยมีฝนตกหนัก', 'th').words).toBeGreaterThan(2);
    // Arabic news prose with a Latin name: 91 code points, one of them a vowel mark on its letter.
    expect(countText(prose('ar-mixed.txt')[0]!, 'ar')).toEqual({ words: 16, characters: 90 });
    // A family emoji, a flag and a letter with a combining accent are one character each.
    expect(countText('👨‍👩‍👧 🇳🇴 e\u0301').characters).toBe(5);
    expect(countText('𝐀𝐁 c')).toEqual({ words: 2, characters: 4 });
  });

  it('count a long line without spaces as its sentences (segmented a piece at a time)', () => {
    const sentence = '東京都は月曜日に新しい計画を発表した。';
    expect(countText(sentence.repeat(3000), 'ja').words).toBe(
      countText(sentence, 'ja').words * 3000,
    );
  });

  it('leave line breaks out of body characters', () => {
    const body = {
      type: 'doc' as const,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'well-known 😀' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '2.5 pm.' }] },
      ],
    };
    expect(countBody(body)).toEqual({ words: 3, characters: 19 });
  });
});
