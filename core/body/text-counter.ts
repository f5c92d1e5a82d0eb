// The word and character counter every count in the app goes through; free of ProseMirror so workers load it quickly.
import { FALLBACK_LANGUAGE } from '../language/language-tag';
import { countPlain } from './text-counts';
import { countWords } from './word-count';

export interface TextCounts {
  words: number;
  characters: number;
}

/**
 * Counts the words and characters of text given in pieces (the exporters pass text nodes as they
 * render them) exactly as if the pieces were joined: words by the word rule of word-count.ts (the
 * same in every runtime; Japanese, Chinese and Thai split by `Intl.Segmenter` in the language);
 * characters as user-perceived characters (graphemes), not UTF-16 units.
 */
export class TextCounter {
  private readonly pieces: string[] = [];

  constructor(private readonly language: string = FALLBACK_LANGUAGE) {}

  add(text: string): void {
    if (text) this.pieces.push(text);
  }

  /** The words so far (what `counts` says, without counting characters). */
  words(): number {
    return countWords(this.pieces.join(''), this.language);
  }

  /** The counts so far; line breaks are left out of the characters when `skipNewlines`. */
  counts(skipNewlines: boolean): TextCounts {
    const text = this.pieces.join('');
    const counts = countPlain(text, this.language);
    if (!skipNewlines)
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counts.characters++;
    return counts;
  }
}
