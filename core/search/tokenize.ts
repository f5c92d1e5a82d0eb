// Words are runs of letters and digits; apostrophes inside a word do not split it ("O’Brien", "don't").
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const asciiWordPattern = /[a-z0-9]+(?:'[a-z0-9]+)*/g;
// eslint-disable-next-line no-control-regex -- "any character outside ASCII" needs the whole range
const nonAscii = /[^\u0000-\u007f]/;
const marks = /\p{M}+/gu;
const apostrophes = /['’]/g;

/** The index form of one word: lower case, accents and apostrophes removed ("Zürich" → "zurich"). */
export function normalizeTerm(word: string): string {
  return word.normalize('NFKD').replace(marks, '').replace(apostrophes, '').toLowerCase();
}

/** Splits text into index terms; used for both documents and queries so they always agree. */
export function tokenize(text: string): string[] {
  // Fast path for plain ASCII text, which is most of a newsroom's copy; same result as the general path.
  if (!nonAscii.test(text)) {
    const words = text.toLowerCase().match(asciiWordPattern);
    if (!words) return [];
    for (let i = 0; i < words.length; i++)
      if (words[i]!.includes("'")) words[i] = words[i]!.replace(apostrophes, '');
    return words;
  }
  const words = text.match(wordPattern);
  if (!words) return [];
  const terms: string[] = [];
  for (const word of words) {
    const term = normalizeTerm(word);
    if (term) terms.push(term);
  }
  return terms;
}
