/** A word in a text: its characters and where it starts and ends (UTF-16 offsets). */
export interface TextWord {
  word: string;
  from: number;
  to: number;
}

// Letters and marks, with inner apostrophes ("don't", "O’Brien") and dots of abbreviations kept out.
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const digit = /\p{N}/u;
// A word glued to these is part of an address, a handle or a file name, not prose.
const addressChars = new Set(['@', '/', '\\', '_', '#']);

/**
 * The words of `text` worth spell-checking: runs of letters, skipping anything with a digit,
 * single letters, and parts of e-mail addresses, URLs, handles and hashtags.
 */
export function checkableWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0];
    const from = match.index;
    const to = from + word.length;
    if (word.length < 2 || digit.test(word)) continue;
    if (addressChars.has(text[from - 1] ?? '') || addressChars.has(text[to] ?? '')) continue;
    if (joined(text, from, to) && insideAddress(text, from, to)) continue;
    words.push({ word: word.includes('’') ? word.replace(/’/g, "'") : word, from, to });
  }
  return words;
}

/** True when a dot or colon joins the word to more text without a space ("example.com", "https:"). */
function joined(text: string, from: number, to: number): boolean {
  const before = text[from - 1];
  const after = text[to];
  const afterNext = text[to + 1];
  return (
    before === '.' ||
    before === ':' ||
    ((after === '.' || after === ':') && afterNext !== undefined && !/\s/.test(afterNext))
  );
}

/** True when the word sits in a run without spaces that looks like a URL or an address. */
function insideAddress(text: string, from: number, to: number): boolean {
  let start = from;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  if (start === from && end === to) return false;
  const run = text.slice(start, end);
  return /^[a-z][a-z0-9+.-]*:\/\/|^www\.|@|\.(com|org|net|no|de|uk|io)\b/i.test(run);
}
