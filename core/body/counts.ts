import type { Node as PMNode } from '@tiptap/pm/model';
import { bodyNode, type BodyJSON, type BodyNodeJSON } from './schema';

export interface TextCounts {
  words: number;
  characters: number;
}

const wordChar = /[\p{L}\p{N}]/u;

// True for a letter or digit code point; ASCII answered without the regex (hot: runs per character).
function isWordChar(code: number): boolean {
  if (code < 0x80)
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39)
    );
  return wordChar.test(String.fromCodePoint(code));
}

const isJoiner = (code: number): boolean =>
  code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e;

/**
 * Words of plain text: runs of letters and digits, joined across a single ' ’ - or . between two of
 * them ("isn't", "well-known", "2.5"). One pass without allocations: counts run on every pause in typing.
 */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordChar(code)) {
      if (!inWord) words++;
      inWord = true;
    } else if (
      inWord &&
      isJoiner(code) &&
      i + 1 < text.length &&
      isWordChar(text.codePointAt(i + 1)!)
    ) {
      // The word continues after the joiner.
    } else inWord = false;
    i += width;
  }
  return words;
}

/** Code points of text, leaving out line breaks when `skipNewlines`. */
function countCharacters(text: string, skipNewlines: boolean): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    } else if (skipNewlines && code === 0x0a) continue;
    count++;
  }
  return count;
}

/** Words and characters of plain text, the way a copy desk counts them. */
export function countText(text: string): TextCounts {
  return { words: countWords(text), characters: countCharacters(text, false) };
}

/** The body's plain text, one block per line (figures contribute nothing). */
export function bodyText(body: BodyJSON | PMNode): string {
  const node = 'textBetween' in body ? (body as PMNode) : bodyNode(body);
  return node.textBetween(0, node.content.size, '\n', '');
}

/** Word and character counts of a body. */
export function countBody(body: BodyJSON | PMNode): TextCounts {
  const text = bodyText(body);
  return { words: countWords(text), characters: countCharacters(text, true) };
}

/**
 * countBody for bodies composed again and again while someone types (the library entry after every
 * save): each top-level block's counts are remembered by its JSON object, so a body from
 * createBodyJson is recounted for its changed blocks only. Blocks never share words (one per line).
 */
export function createBodyCounter(): (body: BodyJSON) => TextCounts {
  const blocks = new WeakMap<BodyNodeJSON, TextCounts>();
  return (body) => {
    const content = body.content ?? [];
    if (content.length === 0) return countBody(body);
    const total = { words: 0, characters: 0 };
    for (const block of content) {
      let counts = blocks.get(block);
      if (!counts) {
        counts = countBody({ type: 'doc', content: [block] });
        blocks.set(block, counts);
      }
      total.words += counts.words;
      total.characters += counts.characters;
    }
    return total;
  };
}
