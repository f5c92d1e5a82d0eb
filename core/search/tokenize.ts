// Words are runs of letters and digits; apostrophes inside a word do not split it ("O’Brien", "don't").
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const marks = /\p{M}+/gu;
const apostrophes = /['’]/g;

/** The index form of one word: lower case, accents and apostrophes removed ("Zürich" → "zurich"). */
export function normalizeTerm(word: string): string {
  return word.normalize('NFKD').replace(marks, '').replace(apostrophes, '').toLowerCase();
}

/** Splits text into index terms; used for both documents and queries so they always agree. */
export function tokenize(text: string): string[] {
  const words = text.match(wordPattern);
  if (!words) return [];
  const terms: string[] = [];
  for (const word of words) {
    const term = normalizeTerm(word);
    if (term) terms.push(term);
  }
  return terms;
}
