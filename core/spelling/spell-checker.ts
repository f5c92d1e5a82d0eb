import { forEachCheckableWord, wordAt, type TextWord } from './words';

/** What the checker needs from a Hunspell engine (nspell satisfies it). */
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
  private readonly known = new Map<string, boolean>();
  private deskWords = new Set<string>();

  constructor(private readonly engine: HunspellEngine) {}

  /** Replaces the desk dictionary's words (matched exactly, and in lower case for capitalised use). */
  setDeskWords(words: Iterable<string>): void {
    this.deskWords = new Set(words);
    this.known.clear();
  }

  /** True when the word is spelled correctly in the language or is in the desk dictionary. */
  correct(word: string): boolean {
    let answer = this.known.get(word);
    if (answer === undefined) {
      answer = this.inDesk(word) || this.engine.correct(word);
      this.known.set(word, answer);
    }
    return answer;
  }

  /** The misspelled words of a text, in order. */
  misspelled(text: string): TextWord[] {
    const wrong: TextWord[] = [];
    forEachCheckableWord(text, (from, to) => {
      const word = wordAt(text, from, to);
      if (!this.correct(word)) wrong.push({ word, from, to });
    });
    return wrong;
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
