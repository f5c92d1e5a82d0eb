import { RIGHT, WordVerdicts } from './word-verdicts';
import { forEachCheckableWord, wordAt, type TextWord } from './words';

/** What the checker needs from a Hunspell engine (renderer/src/spelling/load-checker.ts gives it). */
export interface HunspellEngine {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/** Most suggestions offered for one word. */
export const maxSuggestions = 6;

/**
 * Spelling for one language: a Hunspell engine plus the desk dictionary. Answers are cached per
 * word, so a long article costs one engine lookup per distinct word.
 */
export class SpellChecker {
  private readonly known = new WordVerdicts();
  private deskWords = new Set<string>();
  /** Scratch for misspelledRangesOf, kept between checks: from, to, number of each word to settle. */
  private log = new Int32Array(3 << 10);
  private logged = 0;
  private readonly note = (from: number, to: number, hash: number, text: string): void => {
    const n = this.known.number(text, from, to, hash);
    if (this.known.verdict(n) === RIGHT) return;
    if (this.logged + 3 > this.log.length) {
      const wider = new Int32Array(this.log.length * 2);
      wider.set(this.log);
      this.log = wider;
    }
    const { log } = this;
    log[this.logged++] = from;
    log[this.logged++] = to;
    log[this.logged++] = n;
  };
  private readonly decide = (word: string): boolean =>
    this.inDesk(word) || this.engine.correct(word);

  constructor(private readonly engine: HunspellEngine) {}

  /** Replaces the desk dictionary's words (matched exactly, and in lower case for capitalised use). */
  setDeskWords(words: Iterable<string>): void {
    this.deskWords = new Set(words);
    this.known.clear();
  }

  /** True when the word is spelled correctly in the language or is in the desk dictionary. */
  correct(word: string): boolean {
    return this.known.get(word, this.decide);
  }

  /** The misspelled words of a text, in order. */
  misspelled(text: string): TextWord[] {
    const wrong: TextWord[] = [];
    const ranges = this.misspelledRanges(text);
    for (let i = 0; i < ranges.length; i += 2) {
      const from = ranges[i]!;
      const to = ranges[i + 1]!;
      wrong.push({ word: wordAt(text, from, to), from, to });
    }
    return wrong;
  }

  /** The misspelled words of a text as flat [from, to) offset pairs. */
  misspelledRanges(text: string): number[] {
    return this.misspelledRangesOf([text])[0]!;
  }

  /**
   * The misspelled words of each text as flat [from, to) offset pairs, without a string or object
   * per word: every word is looked up in the checker's table first, and the words it has not seen
   * go to the dictionary together at the end, which keeps the dictionary's memory warm.
   */
  misspelledRangesOf(texts: readonly string[]): number[][] {
    const { known } = this;
    if (known.full) known.clear();
    // From, to and number of every word not known to be right, all texts in a row.
    this.logged = 0;
    const ends = new Int32Array(texts.length);
    for (let t = 0; t < texts.length; t++) {
      forEachCheckableWord(texts[t]!, this.note);
      ends[t] = this.logged;
    }
    const { log } = this;
    known.settle(this.decide);
    const found: number[][] = [];
    let i = 0;
    for (let t = 0; t < texts.length; t++) {
      const ranges: number[] = [];
      for (const end = ends[t]!; i < end; i += 3) {
        if (known.verdict(log[i + 2]!) !== RIGHT) ranges.push(log[i]!, log[i + 1]!);
      }
      found.push(ranges);
    }
    return found;
  }

  /** Replacements for a misspelled word, desk words first when they are close. */
  suggest(word: string): string[] {
    const fromDesk = [...this.deskWords].filter((d) => closeEnough(d, word));
    const all = [...fromDesk, ...this.engine.suggest(word)];
    return [...new Set(all)].filter((s) => s !== word).slice(0, maxSuggestions);
  }

  private inDesk(word: string): boolean {
    if (this.deskWords.size === 0) return false;
    if (this.deskWords.has(word)) return true;
    // "Aftenposten" in the desk dictionary also covers "AFTENPOSTEN"; "ferry" covers "Ferry".
    const lower = word.toLowerCase();
    if (lower !== word && this.deskWords.has(lower)) return true;
    if (word === word.toUpperCase()) {
      for (const desk of this.deskWords) if (desk.toUpperCase() === word) return true;
    }
    return false;
  }
}

/** At most one edit apart (a cheap test for desk suggestions; the engine does the rest). */
function closeEnough(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return Math.max(x.length, y.length) - i - j <= 1 || isTransposition(x, y, i);
}

function isTransposition(x: string, y: string, at: number): boolean {
  return (
    x.length === y.length &&
    x[at] === y[at + 1] &&
    x[at + 1] === y[at] &&
    x.slice(at + 2) === y.slice(at + 2)
  );
}
