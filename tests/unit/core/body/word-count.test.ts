import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../core/body/word-count';
import { prose } from '../../../support/prose';

const [mixedArabic] = prose('ar-mixed.txt') as [string];
const arabic = prose('ar.txt');
const hebrew = prose('he.txt');

// The word rule, token by token: the same figures in Node, in Chromium and in every ICU version
// (tests/e2e/counts.spec.ts checks the window against these). News prose from tests/fixtures/prose;
// the other lines are written for the test.
const cases: [text: string, language: string, words: number][] = [
  ['Read more at https://www.example.com/news/2026/story-name?id=42 today.', 'en', 5],
  ['See www.nrk.no/nyheter or HTTP://EXAMPLE.ORG.', 'en', 4],
  ['Mail jane.doe@example.com or desk@nrk.no, please.', 'en', 5],
  ['It cost $1,234.56 on 12.03.2026 at 10:30, up 3.5%.', 'en', 9],
  ['A well-known, state-of-the-art plan; COVID-19 and 2020-2021.', 'en', 7],
  ["Don't say rock'n'roll or l’homme; the students' U.S. visit.", 'en', 9],
  ['Nie wieder -- and a - b, and/or x—y', 'en', 9],
  ['user_name and a:b', 'en', 3],
  ['Han sa: «Det er 1 000 000 kr.» e-post: ola@nrk.no', 'nb', 10],
  [mixedArabic, 'ar', 16],
  // "جاس-٣٩" (a hyphen joins letters and digits), "٩:٣٠" and "(٠٢٣٠" are one word each.
  [arabic[2]!, 'ar', 27],
  ['وقال في الساعة ١٠:٣٠ إن ٣٫٥ مليون شخص', 'ar', 8],
  // "39C", "9:30" and "(0230" are one word each.
  [hebrew[2]!, 'he', 25],
  ['צה"ל אמר כי ארה״ב ו־ג׳ורג׳ בוש', 'he', 6],
  ['می‌خواهم بروم', 'fa', 2],
  ['한국 HIV를 검사', 'ko', 4],
  ['東京都は月曜日に新しい計画を発表した。', 'ja', 10],
  ['詳しくはhttps://example.jp/をご覧ください。', 'ja', 9],
  ['emoji 👨‍👩‍👧 🇳🇴 👍🏽 test', 'en', 2],
  ['', 'en', 0],
];

describe('countWords', () => {
  it.each(cases)('%s (%s): %i', (text, language, words) => {
    expect(countWords(text, language)).toBe(words);
  });

  it('counts an address as one word wherever it stands', () => {
    for (const around of ['(%)', '%.', '«%»', '%,', 'see:%'])
      expect(countWords(around.replace('%', 'https://example.com/a-b_c?d=1&e=2#f'), 'en')).toBe(
        around === 'see:%' ? 2 : 1,
      );
  });

  it('counts a run of Japanese the same whatever Latin text stands beside it', () => {
    const japanese = '月曜日にスタンフォード大学医学部の科学者たちは';
    const alone = countWords(japanese, 'ja');
    expect(countWords(`a.b ${japanese} www.example.com`, 'ja')).toBe(alone + 2);
    expect(countWords(`x${japanese}10:30`, 'ja')).toBe(alone + 2);
  });

  it('counts plain text the same in its fast lane as by the full scan', () => {
    // "\n_x" sends the whole text to the full scan (the fast lane leaves "_" to it) and adds a word.
    const pieces = [...'aZé9٣ж \n.,;:\'’‘-‐"—/()', 'ab', '12', 'U.S.', '3.5', '1,0', 'x-y', 'a:b'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text, 'en') + 1).toBe(countWords(text + '\n_x', 'en'));
      }),
      { numRuns: 3000 },
    );
  });
});
