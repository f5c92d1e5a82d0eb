import { describe, expect, it } from 'vitest';
import { checkableWords } from '../../../../core/spelling/words';

const words = (text: string) => checkableWords(text).map((w) => w.word);

describe('checkableWords', () => {
  it('takes words with inner apostrophes whole and gives their offsets', () => {
    const text = 'O’Brien didn’t say, “Ja.”';
    expect(words(text)).toEqual(["O'Brien", "didn't", 'say', 'Ja']);
    const [first] = checkableWords(text);
    expect(text.slice(first!.from, first!.to)).toBe('O’Brien');
  });

  it('skips numbers, single letters, addresses, links, handles and hashtags', () => {
    expect(
      words(
        'In 2026 a B-52 flew; mail desk@example.org or see https://example.org/news and www.vg.no',
      ),
    ).toEqual(['In', 'flew', 'mail', 'or', 'see', 'and']);
    expect(words('Follow @newsdesk and #valg2025 today.')).toEqual(['Follow', 'and', 'today']);
  });

  it('keeps accented and non-Latin letters together, and ends words at a full stop', () => {
    expect(words('Zürich, Tromsø og Ærø. Ελλάδα, Київ.')).toEqual([
      'Zürich',
      'Tromsø',
      'og',
      'Ærø',
      'Ελλάδα',
      'Київ',
    ]);
  });
});
