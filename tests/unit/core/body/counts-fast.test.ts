import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBody, countText, TextCounter } from '../../../../core/body/counts';

// The definition the single-pass counter must agree with.
const referenceWords = (text: string) =>
  text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;

const pieces = [
  'a',
  'Z',
  '9',
  'é',
  'ß',
  '東',
  '𝐀',
  '😀',
  ' ',
  '\n',
  "'",
  '’',
  '-',
  '.',
  ',',
  '—',
  '\u0301',
  'x.y',
  "isn't",
  '\ud835',
  '\udc00',
];

describe('single-pass counts', () => {
  it('agree with the regular-expression definition on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        fc.string({ unit: 'grapheme' }),
        (parts, extra) => {
          const text = parts.join('') + extra;
          const counts = countText(text);
          expect(counts.words).toBe(referenceWords(text));
          expect(counts.characters).toBe([...text].length);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('count text given in pieces exactly as the joined text, pairs and joiners split included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...pieces, ''), { maxLength: 6 }), { maxLength: 8 }),
        (chunks) => {
          const texts = chunks.map((parts) => parts.join(''));
          const counter = new TextCounter();
          for (const text of texts) counter.add(text);
          expect(counter.counts(false)).toEqual(countText(texts.join('')));
        },
      ),
      { numRuns: 3000 },
    );
    const split = new TextCounter();
    for (const piece of ['is', "n'", 't \ud835', '', '\udc00b']) split.add(piece);
    expect(split.counts(false)).toEqual({ words: 2, characters: 8 });
  });

  it('count astral letters once and leave line breaks out of body characters', () => {
    expect(countText('𝐀𝐁 c')).toEqual({ words: 2, characters: 4 });
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
