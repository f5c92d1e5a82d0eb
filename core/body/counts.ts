import type { Node as PMNode } from '@tiptap/pm/model';
import { sourceNode } from './body-json';
import { bodyNode, type BodyJSON, type BodyNodeJSON } from './schema';

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

/** Words and characters of plain text, the way a copy desk counts them. */
export function countText(text: string): TextCounts {
  const counter = new TextCounter();
  counter.add(text);
  return counter.counts(false);
}

// A line break inside a paragraph separates words as a new line does; figures add no text.
const leafText = (leaf: PMNode): string => (leaf.type.name === 'hardBreak' ? '\n' : '');

/** The body's plain text, one block per line, line breaks as new lines (figures contribute nothing). */
export function bodyText(body: BodyJSON | PMNode): string {
  const node = 'textBetween' in body ? (body as PMNode) : bodyNode(body);
  return node.textBetween(0, node.content.size, '\n', leafText);
}

/** Word and character counts of a body (line breaks between and inside blocks not counted). */
export function countBody(body: BodyJSON | PMNode): TextCounts {
  const counter = new TextCounter();
  counter.add(bodyText(body));
  return counter.counts(true);
}

/** `count`, remembered for each block object it is given. */
function remembered<B extends object>(count: (block: B) => TextCounts): (block: B) => TextCounts {
  const cache = new WeakMap<B, TextCounts>();
  return (block) => {
    let counts = cache.get(block);
    if (!counts) {
      counts = count(block);
      cache.set(block, counts);
    }
    return counts;
  };
}

/** The sum of the blocks' counts (blocks never share words: one per line). */
function sumCounts<B>(blocks: readonly B[], count: (block: B) => TextCounts): TextCounts {
  const total = { words: 0, characters: 0 };
  for (const block of blocks) {
    const counts = count(block);
    total.words += counts.words;
    total.characters += counts.characters;
  }
  return total;
}

// Counts of editor blocks, shared by every counter: a node never changes, and a new version of a
// document shares its unchanged blocks with the last one.
const countNode = remembered((block: PMNode) => countBody(block));

/**
 * countBody for bodies composed again and again while someone types (the library entry after every
 * save): each top-level block's counts are remembered by its JSON object, so a body from
 * createBodyJson is recounted for its changed blocks only, and a block the live counts have already
 * counted (countDoc) is not counted again.
 */
export function createBodyCounter(): (body: BodyJSON) => TextCounts {
  const countBlock = remembered((block: BodyNodeJSON) => {
    const node = sourceNode(block);
    return node ? countNode(node) : countBody({ type: 'doc', content: [block] });
  });
  return (body) => (body.content?.length ? sumCounts(body.content, countBlock) : countBody(body));
}

/**
 * countBody for the editor's document as it changes: each top-level block's counts are remembered
 * by its node (ProseMirror shares unchanged blocks between versions), so the live counts after a
 * pause in typing recount the changed blocks only.
 */
export function countDoc(doc: PMNode): TextCounts {
  return sumCounts(doc.content.content, countNode);
}
