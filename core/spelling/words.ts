/** A word in a text: its characters and where it starts and ends (UTF-16 offsets). */
export interface TextWord {
  word: string;
  from: number;
  to: number;
}

/** Receives a checkable word's offsets, a hash of its characters as dictionaries spell it, and the text. */
export type WordFound = (from: number, to: number, hash: number, text: string) => void;

const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;
const SPACE = 4;

const letterOrMark = /[\p{L}\p{M}]/u;
const digit = /\p{N}/u;
const space = /\s/;
/** True for @ / \\ _ #: a word glued to these is part of an address, a handle or a file name. */
function isAddressChar(code: number): boolean {
  return code === 64 || code === 47 || code === 92 || code === 95 || code === 35;
}

/** Each UTF-16 unit's class, filled on first sight: the scan reads one byte per character. */
const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  const char = String.fromCharCode(code);
  const kind = letterOrMark.test(char)
    ? LETTER
    : digit.test(char)
      ? DIGIT
      : space.test(char)
        ? SPACE
        : OTHER;
  classes[code] = kind;
  return kind;
}

function classOf(code: number): number {
  return classes[code] || classify(code);
}

for (let code = 0; code < 128; code++) classify(code);

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Longest word whose characters fit in the scan's key. */
const KEY_CHARS = 16;

/**
 * The key of the word the scan has just found, valid while `found` runs: for a word of at most
 * sixteen characters below U+0100, its characters packed into four integers (`exact` is 1), so
 * equal keys mean equal words; otherwise only a hash.
 */
export const wordKey = { k0: 0, k1: 0, k2: 0, k3: 0, exact: 0 };

/** Hash of a packed key (MurmurHash3's finaliser over a mix of the parts). */
function keyHash(k0: number, k1: number, k2: number, k3: number): number {
  let h =
    (k0 + Math.imul(k1, 0x9e3779b1) + Math.imul(k2, 0x85ebca77) + Math.imul(k3, 0xc2b2ae3d)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** FNV-1a over the characters as dictionaries spell them, for words without an exact key. */
function charHash(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    hash = Math.imul(hash ^ (code === 0x2019 ? 39 : code), 0x01000193);
  }
  return hash;
}

/** Fills `wordKey` for text[from, to) and returns its hash, as the scan does. */
function keyOf(text: string, from: number, to: number): number {
  let k0 = 0;
  let k1 = 0;
  let k2 = 0;
  let k3 = 0;
  let wide = 0;
  for (let i = from; i < to; i++) {
    let code = text.charCodeAt(i);
    if (code === 0x2019) code = 39;
    k3 = (k3 << 8) | (k2 >>> 24);
    k2 = (k2 << 8) | (k1 >>> 24);
    k1 = (k1 << 8) | (k0 >>> 24);
    k0 = (k0 << 8) | code;
    wide |= code;
  }
  return setKey(text, from, to, k0, k1, k2, k3, wide);
}

// Letters and apostrophes are never U+0000, so a shorter word's key starts with zero bytes where a
// longer one's does not: equal keys mean equal lengths too.
function setKey(
  text: string,
  from: number,
  to: number,
  k0: number,
  k1: number,
  k2: number,
  k3: number,
  wide: number,
): number {
  const exact = to - from <= KEY_CHARS && wide < 0x100;
  wordKey.k0 = k0;
  wordKey.k1 = k1;
  wordKey.k2 = k2;
  wordKey.k3 = k3;
  wordKey.exact = exact ? 1 : 0;
  return exact ? keyHash(k0, k1, k2, k3) : charHash(text, from, to);
}

/** The hash `forEachCheckableWord` gives a word (and its key in `wordKey`), for a word held as a string. */
export function wordHash(word: string): number {
  return keyOf(word, 0, word.length);
}

/**
 * Calls `found(from, to, hash)` for each word of `text` worth spell-checking: runs of letters with
 * inner apostrophes ("don't", "O’Brien"), skipping words glued to digits, single letters, and parts
 * of e-mail addresses, URLs, handles and hashtags; `wordKey` holds the word's key meanwhile. One
 * pass over character codes with a class table, packing the key as it goes: every word of an
 * article goes through it at each full check.
 */
export function forEachCheckableWord(text: string, found: WordFound): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (classOf(code) !== LETTER) {
      i++;
      continue;
    }
    const from = i;
    let k0 = code;
    let k1 = 0;
    let k2 = 0;
    let k3 = 0;
    let wide = code;
    let hasDigit = false;
    i++;
    while (i < length) {
      code = text.charCodeAt(i);
      const kind = classOf(code);
      if (kind === LETTER) {
        i++;
      } else if (kind === DIGIT) {
        hasDigit = true;
        i++;
        continue;
      } else if (
        isApostrophe(code) &&
        i + 1 < length &&
        classOf(text.charCodeAt(i + 1)) === LETTER
      ) {
        // An apostrophe between letters stays inside the word, keyed as a straight one.
        k3 = (k3 << 8) | (k2 >>> 24);
        k2 = (k2 << 8) | (k1 >>> 24);
        k1 = (k1 << 8) | (k0 >>> 24);
        k0 = (k0 << 8) | 39;
        code = text.charCodeAt(i + 1);
        i += 2;
      } else break;
      k3 = (k3 << 8) | (k2 >>> 24);
      k2 = (k2 << 8) | (k1 >>> 24);
      k1 = (k1 << 8) | (k0 >>> 24);
      k0 = (k0 << 8) | code;
      wide |= code;
    }
    const to = i;
    if (to - from < 2 || hasDigit) continue;
    if (from > 0) {
      const before = text.charCodeAt(from - 1);
      if (before < 128 ? before === 46 || before === 58 || isAddressChar(before) : false) {
        // "example.com", "https:", "@desk", "/path": glued to the text before it.
        if (isAddressChar(before) || insideAddress(text, from, to)) continue;
      } else if (classOf(before) === DIGIT) continue;
    }
    if (to < length) {
      const after = text.charCodeAt(to);
      if (isAddressChar(after)) continue;
      if (
        (after === 46 || after === 58) &&
        to + 1 < length &&
        classOf(text.charCodeAt(to + 1)) !== SPACE &&
        insideAddress(text, from, to)
      )
        continue;
    }
    found(from, to, setKey(text, from, to, k0, k1, k2, k3, wide), text);
  }
}

/** The checkable words of `text` (see forEachCheckableWord), curly apostrophes made straight. */
export function checkableWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  forEachCheckableWord(text, (from, to) => {
    words.push({ word: wordAt(text, from, to), from, to });
  });
  return words;
}

/** The word between two offsets as dictionaries spell it (a straight apostrophe). */
export function wordAt(text: string, from: number, to: number): string {
  const word = text.slice(from, to);
  return word.includes('’') ? word.replace(/’/g, "'") : word;
}

/** True when `word` is the text between two offsets as dictionaries spell it. */
export function isWordAt(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(from + i);
    if (word.charCodeAt(i) !== (code === 0x2019 ? 39 : code)) return false;
  }
  return true;
}

/** True when the word sits in a run without spaces that looks like a URL or an address. */
function insideAddress(text: string, from: number, to: number): boolean {
  let start = from;
  while (start > 0 && !space.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !space.test(text[end]!)) end++;
  const run = text.slice(start, end);
  return /^[a-z][a-z0-9+.-]*:\/\/|^www\.|@|\.(com|org|net|no|de|uk|io)\b/i.test(run);
}
