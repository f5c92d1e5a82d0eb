/** Longest word the desk dictionary takes. */
export const maxDeskWordLength = 100;

/**
 * The words of a desk dictionary file: one word a line, UTF-8; blank lines and lines starting
 * with `#` are ignored, surrounding spaces trimmed, a byte-order mark skipped.
 */
export function parseDeskDictionary(text: string): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const word = line.trim();
    if (!word || word.startsWith('#') || seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words;
}

/** Why a word cannot go into the desk dictionary, or null when it can. */
export function deskWordProblem(word: string): string | null {
  if (word.trim() !== word || word === '') return 'a word without spaces around it';
  if (word.length > maxDeskWordLength) return `at most ${maxDeskWordLength} characters`;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\s\u0000-\u001f\u007f]/u.test(word))
    return 'one word, without spaces or control characters';
  if (word.startsWith('#')) return 'a word that does not start with #';
  return null;
}

/** The file's text with `word` added at the end (unchanged when it is there already). */
export function withDeskWord(text: string, word: string): string {
  if (parseDeskDictionary(text).includes(word)) return text;
  const body = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${body}${word}\n`;
}
