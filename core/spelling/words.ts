/** A word in a text: its characters and where it starts and ends (UTF-16 offsets). */
export interface TextWord {
  word: string;
  from: number;
  to: number;
}

const letterOrMark = /[\p{L}\p{M}]/u;
const digit = /\p{N}/u;
const space = /\s/;
// A word glued to these is part of an address, a handle or a file name, not prose.
const addressChars = new Set(['@', '/', '\\', '_', '#']);

/** True for a letter or combining mark (ASCII answered without a regular expression). */
function isLetter(code: number, char: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return letterOrMark.test(char);
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function isDigit(code: number, char: string): boolean {
  return code < 128 ? code >= 48 && code <= 57 : digit.test(char);
}

/**
 * Calls `found(from, to)` for each word of `text` worth spell-checking: runs of letters with inner
 * apostrophes ("don't", "O’Brien"), skipping words glued to digits, single letters, and parts of
 * e-mail addresses, URLs, handles and hashtags. A hand-written scan: it runs over every word of
 * an article at each full check.
 */
export function forEachCheckableWord(
  text: string,
  found: (from: number, to: number) => void,
): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (!isLetter(code, text[i]!)) {
      i++;
      continue;
    }
    const from = i;
    let hasDigit = false;
    i++;
    for (;;) {
      while (i < length) {
        const c = text.charCodeAt(i);
        if (isLetter(c, text[i]!)) i++;
        else if (isDigit(c, text[i]!)) {
          hasDigit = true;
          i++;
        } else break;
      }
      // An apostrophe between letters stays inside the word.
      if (
        i + 1 < length &&
        isApostrophe(text.charCodeAt(i)) &&
        isLetter(text.charCodeAt(i + 1), text[i + 1]!)
      ) {
        i += 2;
        continue;
      }
      break;
    }
    const to = i;
    if (to - from < 2 || hasDigit) continue;
    const before = from > 0 ? text[from - 1]! : '';
    if (isDigit(text.charCodeAt(from - 1), before)) continue;
    if (addressChars.has(before) || addressChars.has(text[to] ?? '')) continue;
    if (joined(text, from, to) && insideAddress(text, from, to)) continue;
    found(from, to);
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

/** True when a dot or colon joins the word to more text without a space ("example.com", "https:"). */
function joined(text: string, from: number, to: number): boolean {
  const before = text[from - 1];
  const after = text[to];
  const afterNext = text[to + 1];
  return (
    before === '.' ||
    before === ':' ||
    ((after === '.' || after === ':') && afterNext !== undefined && !space.test(afterNext))
  );
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
