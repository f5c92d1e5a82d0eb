import { describe, expect, it } from 'vitest';
import { normalizeTerm, tokenize } from '../../../../core/search/tokenize';

describe('tokenize', () => {
  it('splits on punctuation and lower-cases', () => {
    expect(tokenize('Mayor, in Paris: "Budget" rises 4.5%!')).toEqual([
      'mayor',
      'in',
      'paris',
      'budget',
      'rises',
      '4',
      '5',
    ]);
  });

  it('folds accents and keeps apostrophes inside words', () => {
    expect(tokenize("Zürich’s café — O’Brien didn't")).toEqual([
      'zurichs',
      'cafe',
      'obrien',
      'didnt',
    ]);
  });

  it('gives the same terms on the ASCII fast path as on the Unicode path', () => {
    expect(tokenize("Don't STOP o'neil 42x")).toEqual(['dont', 'stop', 'oneil', '42x']);
    expect(tokenize("Don't STOP o'neil 42x é").slice(0, 4)).toEqual([
      'dont',
      'stop',
      'oneil',
      '42x',
    ]);
  });

  it('handles non-Latin scripts and empty text', () => {
    expect(tokenize('Москва 東京')).toEqual(['москва', '東京']);
    expect(tokenize('  — … ')).toEqual([]);
  });

  it('normalizes a single word the same way tokenize does', () => {
    expect(normalizeTerm('Ångström')).toBe('angstrom');
    expect(tokenize('Ångström')).toEqual([normalizeTerm('Ångström')]);
  });
});
