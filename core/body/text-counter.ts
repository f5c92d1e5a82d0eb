// The word and character counter every count in the app goes through; free of ProseMirror so workers load it quickly.

export interface TextCounts {
  words: number;
  characters: number;
}

const wordChar = /[\p{L}\p{N}]/u;

// What each UTF-16 code unit is to the counter: 0 other, 1 a letter or digit, 2 for the slow path
// (joiners, line breaks, surrogates, and characters beyond ASCII until first seen).
const kinds = new Uint8Array(0x10000).fill(2);
for (let code = 0; code < 0x80; code++)
  kinds[code] = wordChar.test(String.fromCharCode(code)) ? 1 : 0;
for (const code of [0x0a, 0x27, 0x2d, 0x2e]) kinds[code] = 2;

const isWordChar = (point: number): boolean => wordChar.test(String.fromCodePoint(point));
const isJoiner = (code: number): boolean =>
  code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e;
const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const combine = (high: number, low: number): number =>
  0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);

/**
 * Counts the words and characters of text given in pieces (the exporters pass text nodes as they
 * render them) exactly as if the pieces were joined, without allocating. Words are runs of letters
 * and digits, joined across a single ' ’ - or . between two of them ("isn't", "well-known", "2.5").
 */
export class TextCounter {
  private words = 0;
  private units = 0;
  private pairs = 0;
  private newlines = 0;
  private inWord = 0;
  // The last piece ended in a word and a joiner: the word goes on if a letter or digit comes next.
  private joined = false;
  // The last piece ended with a high surrogate, whose low half may start the next one.
  private high = 0;

  add(text: string): void {
    const length = text.length;
    if (length === 0) return;
    this.units += length;
    let i = this.settle(text);
    while (i < length) {
      i = this.run(text, i);
      if (i < length) i = this.special(text, i);
    }
  }

  /** The counts so far; line breaks are left out of the characters when `skipNewlines`. */
  counts(skipNewlines: boolean): TextCounts {
    return {
      words: this.words,
      characters: this.units - this.pairs - (skipNewlines ? this.newlines : 0),
    };
  }

  // The hot loop, up to the next character for `special`: a table look-up and no branch on what the
  // character is (real text defeats the branch predictor: measured 3x faster than testing it), and
  // nothing rare inside, so V8 never meets a new path in it after optimizing (that cost 3x, measured).
  private run(text: string, start: number): number {
    const length = text.length;
    let words = this.words;
    let inWord = this.inWord;
    let i = start;
    for (; i < length; i++) {
      const isWord = kinds[text.charCodeAt(i)]!;
      if (isWord > 1) break;
      words += isWord & (inWord ^ 1);
      inWord = isWord;
    }
    this.words = words;
    this.inWord = inWord;
    return i;
  }

  // Counts the character at `i` that the table leaves to this path; returns where to go on.
  private special(text: string, i: number): number {
    const length = text.length;
    const code = text.charCodeAt(i);
    let isWord = 0;
    let next = i + 1;
    if (code === 0x0a) {
      this.newlines++;
    } else if (isJoiner(code)) {
      // The word goes on across the joiner when a letter or digit follows (maybe in the next piece).
      if (
        this.inWord &&
        (next === length || (next + 1 === length && isHigh(text.charCodeAt(next))))
      )
        this.joined = true;
      else if (this.inWord && next < length && isWordChar(text.codePointAt(next)!)) isWord = 1;
    } else if (isHigh(code)) {
      if (next === length) {
        // Its low half may start the next piece; until then it counts for nothing.
        this.high = code;
        return length;
      }
      const low = text.charCodeAt(next);
      if (isLow(low)) {
        isWord = isWordChar(combine(code, low)) ? 1 : 0;
        this.pairs++;
        next++;
      }
    } else if (!isLow(code)) {
      // A BMP character outside ASCII: learned once.
      isWord = isWordChar(code) ? 1 : 0;
      kinds[code] = isWord;
    }
    this.words += isWord & (this.inWord ^ 1);
    this.inWord = isWord;
    return next;
  }

  // Settles what the last piece left open with the start of this one; returns where to go on.
  private settle(text: string): number {
    if (this.high !== 0) {
      const low = text.charCodeAt(0);
      const paired = isLow(low);
      const point = paired ? combine(this.high, low) : this.high;
      if (paired) this.pairs++;
      this.high = 0;
      const isWord = isWordChar(point) ? 1 : 0;
      if (this.joined) this.inWord = isWord;
      this.joined = false;
      this.words += isWord & (this.inWord ^ 1);
      this.inWord = isWord;
      return paired ? 1 : 0;
    }
    if (this.joined) {
      const first = text.charCodeAt(0);
      if (isHigh(first) && text.length === 1) {
        this.high = first;
        return 1;
      }
      this.inWord = isWordChar(text.codePointAt(0)!) ? 1 : 0;
      this.joined = false;
    }
    return 0;
  }
}
