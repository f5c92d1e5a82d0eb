import { beforeAll, describe, expect, it } from 'vitest';
import { SpellChecker, type HunspellEngine } from '../../../../core/spelling/spell-checker';
import { checkableWords, wordHash } from '../../../../core/spelling/words';
import { shippedEngine } from './load-dictionary';

/** Every word of every text checked one by one with the bare engine: the answer to match. */
function reference(engine: HunspellEngine, texts: string[]): number[][] {
  return texts.map((text) =>
    checkableWords(text)
      .filter((w) => !engine.correct(w.word))
      .flatMap((w) => [w.from, w.to]),
  );
}

/** Deterministic pseudo-random words: letters from `alphabet`, 2–22 characters. */
function inventedWords(count: number, alphabet: string, seed: number): string[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 2 + Math.floor(next() * 21);
    let word = '';
    for (let j = 0; j < length; j++) word += alphabet[Math.floor(next() * alphabet.length)];
    words.push(word);
  }
  return words;
}

describe('SpellChecker.misspelledRangesOf', () => {
  let engine: HunspellEngine;
  beforeAll(async () => {
    engine = await shippedEngine('en');
  });

  it('answers as the bare engine does, word by word, over thousands of distinct words', () => {
    // Real words, invented ones of every length (past the sixteen characters a key holds), Greek
    // and accented ones (no exact key), repeated across texts so the table grows and is reused.
    const real = 'the ferry from Bergen was delayed by a storm harbor office said on Tuesday'.split(
      ' ',
    );
    const pool = [
      ...real,
      ...inventedWords(6000, 'abcdefghijklmnopqrstuvwxyz', 7),
      ...inventedWords(800, 'αβγδεζηθικλμνξοπρστυφχψω', 11),
      ...inventedWords(800, 'aeiouéèüøåæ', 13),
    ];
    const texts: string[] = [];
    for (let t = 0; t < 300; t++) {
      const words = inventedWords(60, 'x', t).map(
        (_, i) => pool[(t * 7919 + i * 104729) % pool.length]!,
      );
      texts.push(`${words.join(' ')}.`);
    }
    const checker = new SpellChecker(engine);
    expect(checker.misspelledRangesOf(texts)).toEqual(reference(engine, texts));
    // Again on the warm table, and text by text.
    expect(checker.misspelledRangesOf(texts)).toEqual(reference(engine, texts));
    expect(texts.slice(0, 20).map((text) => checker.misspelledRanges(text))).toEqual(
      reference(engine, texts.slice(0, 20)),
    );
  });

  it('treats curly and straight apostrophes as one word, and tells near-identical words apart', () => {
    const checker = new SpellChecker(engine);
    const text = "didn’t didn't dindn’t dindn't abcdefghijklmnop abcdefghijklmnopq bcdefghijklmnop";
    const words = checker.misspelled(text).map((w) => w.word);
    expect(words).toEqual([
      "dindn't",
      "dindn't",
      'abcdefghijklmnop',
      'abcdefghijklmnopq',
      'bcdefghijklmnop',
    ]);
    expect(checker.correct('didn’t')).toBe(true);
    expect(checker.correct('dindn’t')).toBe(false);
  });

  it('tells apart words whose hashes collide, by their keys or their characters', () => {
    // Found by a birthday search: same hash, different words (short, long, non-Latin).
    const pairs = [
      ['cdyxohce', 'tdghxnpu'],
      ['iivspmytzyhjni', 'pcbqaxarykpdwh'],
      ['σψυθκζυ', 'φφλαφρξ'],
    ];
    const right = new Set(pairs.map(([first]) => first!));
    const engine: HunspellEngine = { correct: (word) => right.has(word), suggest: () => [] };
    for (const [first, second] of pairs) {
      expect(wordHash(first!)).toBe(wordHash(second!));
      const checker = new SpellChecker(engine);
      const text = `${first} ${second} ${first} ${second}`;
      expect(checker.misspelled(text).map((w) => w.word)).toEqual([second, second]);
    }
  });
});
