// The word rule every count in the app uses. It is ours, not the runtime's: ICU versions (Node's,
// Chromium's) disagree on where "www.example.com", "a:b" or "jane.doe@example.com" break, so only
// text in scripts written without spaces is left to Intl.Segmenter, whose dictionaries split it.

// Scripts written without spaces between words: their runs go to the segmenter. The kana marks
// (prolonged sound, iteration, voicing) belong to no script but are part of Japanese words.
const unspacedScript =
  '\\p{Ideographic}\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}\\u30FC\\u3031-\\u3035\\u309B\\u309C\\uFF70\\uFF9E\\uFF9F';
const unspaced = new RegExp(`[${unspacedScript}]`, 'u');

const OTHER = 0;
const LETTER = 1;
const HEBREW = 2; // a letter; only between two of these does '"' join (צה"ל)
const HANGUL = 3; // a letter that makes words only with other Hangul (한국 HIV를: three words)
const DIGIT = 4;
const EXTEND = 5; // marks, joiners, format characters: inside a word, never start or end one
const CONNECT = 6; // '_': inside a word, or before one ("user_name", "_id")
const MID = 7; // . ' ’ ‘ : join letter–letter and digit–digit ("U.S.", "3.5", "10:30")
const MID_LETTER = 8; // · ״ ‧ join letter–letter
const MID_NUM = 9; // , ; ٫ ٬ join digit–digit
const HYPHEN = 10; // - ‐ ‑ ־ join any two words
const QUOTE = 11; // " joins Hebrew letter–Hebrew letter
const UNSPACED = 12;
const CLOSED = 13; // after a word that ended with an apostrophe (ש'): only a hyphen goes on
const UNKNOWN = 255;

function classify(code: number): number {
  const char = String.fromCodePoint(code);
  if (/[\p{Nd}]/u.test(char)) return DIGIT;
  if (/[\p{P}\p{S}\p{Z}\s\p{Cc}]/u.test(char)) {
    if (".'\u2019\u2018:".includes(char)) return MID;
    if ('\u00B7\u05F4\u2027'.includes(char)) return MID_LETTER;
    if (',;\u066B\u066C'.includes(char)) return MID_NUM;
    if ('-\u2010\u2011\u05BE'.includes(char)) return HYPHEN;
    if (char === '"') return QUOTE;
    if (char === '_') return CONNECT;
    // The geresh is a letter of Hebrew words (ג׳ורג׳), though Unicode files it as punctuation.
    if (char === '\u05F3') return HEBREW;
    return OTHER;
  }
  if (unspaced.test(char)) return /\p{M}/u.test(char) ? EXTEND : UNSPACED;
  if (/[\p{L}\p{Nl}]/u.test(char))
    return /\p{sc=Hebrew}/u.test(char) ? HEBREW : /[\uAC00-\uD7A3]/.test(char) ? HANGUL : LETTER;
  if (/[\p{M}\p{Cf}]/u.test(char)) return EXTEND;
  return OTHER;
}

// Kinds of the basic plane, filled in as characters are met (surrogates stay unknown: their pair is
// looked up each time).
const kinds = new Uint8Array(0x10000).fill(UNKNOWN);
const astralKinds = new Map<number, number>();

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** The kind of the character at `i` when the table does not know it yet. */
function slowKind(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (!isSurrogate(code)) return (kinds[code] = classify(code));
  const point = text.codePointAt(i)!;
  if (point <= 0xffff) return OTHER;
  let kind = astralKinds.get(point);
  if (kind === undefined) astralKinds.set(point, (kind = classify(point)));
  return kind;
}

const kindAt = (text: string, i: number): number => {
  const kind = kinds[text.charCodeAt(i)]!;
  return kind === UNKNOWN ? slowKind(text, i) : kind;
};
// Code units the character at `i` takes.
const width = (text: string, i: number) =>
  isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;

const isWordKind = (kind: number) =>
  kind === LETTER || kind === HEBREW || kind === DIGIT || kind === HANGUL;
// Letters of any script are alike for the joiners; digits are alike with digits.
const likeKind = (kind: number) => (kind === HEBREW ? LETTER : kind);

/** Whether the joiner `kind` between `before` and `after` (the last and next word characters) makes one word. */
function joins(kind: number, before: number, after: number): boolean {
  // A hyphen joins any two words, also those of a script written without spaces.
  if (kind === HYPHEN) return isWordKind(after) || after === UNSPACED;
  if (!isWordKind(before) || !isWordKind(after) || before === HANGUL || after === HANGUL)
    return false;
  switch (kind) {
    case MID:
      return likeKind(before) === likeKind(after);
    case MID_LETTER:
      return before !== DIGIT && after !== DIGIT;
    case MID_NUM:
      return before === DIGIT && after === DIGIT;
    case QUOTE:
      return before === HEBREW && after === HEBREW;
    default:
      return false;
  }
}

// Web and e-mail addresses are one word each, whatever punctuation they hold.
const notUnspaced = `(?![${unspacedScript}])`;
const addressPart = `(?:${notUnspaced}[^\\s<>"\\u3000-\\u303F\\uFF01-\\uFF65])`;
const emailPart = `(?:${notUnspaced}[\\p{L}\\p{N}\\p{M}])`;
const addresses = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[A-Za-z][A-Za-z0-9+.-]*://|www\\.)${addressPart}+` +
    `|${emailPart}(?:${emailPart}|[._%+-])*@${emailPart}+(?:-${emailPart}+)*(?:\\.${emailPart}+(?:-${emailPart}+)*)+`,
  'giu',
);
// Plain searches first: one case-insensitive regex over a long text costs as much as the word scan.
const mayHoldAddress = (text: string) =>
  text.includes('@') ||
  text.includes('://') ||
  ((text.includes('ww.') || text.includes('WW.') || text.includes('wW.') || text.includes('Ww.')) &&
    /www\./i.test(text));

const CHUNK = 2000; // V8's segmenter slows down sharply on much longer strings

/**
 * Words of runs of text in scripts without spaces, as the segmenter's dictionary splits them:
 * segmented together, a space between runs (always a break), in pieces of about CHUNK.
 */
function unspacedWords(runs: string[], segmenter: Intl.Segmenter): number {
  let words = 0;
  for (let first = 0; first < runs.length;) {
    let last = first + 1;
    for (let size = runs[first]!.length; last < runs.length && size < CHUNK; last++)
      size += runs[last]!.length + 1;
    const text = runs.slice(first, last).join(' ');
    for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
    first = last;
  }
  return words;
}

/** Adds text[start, end) to `runs`, cut into pieces of CHUNK (a word may be split where one is cut). */
function addRun(runs: string[], text: string, start: number, end: number): void {
  while (end - start > CHUNK) {
    const cut = start + CHUNK + (isHighSurrogate(text.charCodeAt(start + CHUNK - 1)) ? 1 : 0);
    runs.push(text.slice(start, cut));
    start = cut;
  }
  runs.push(text.slice(start, end));
}

/** Words of text with no addresses in it. */
function scanWords(text: string, language: string): number {
  let words = 0;
  let inWord = false;
  let joined = false; // the last character was a joiner that kept the word going
  let last = OTHER; // the last word character's kind (UNSPACED after a run), while in a word
  let runs: string[] | undefined;
  let joinedRuns = 0; // runs whose first word is the end of the word before them
  const length = text.length;
  for (let i = 0; i < length;) {
    const code = text.charCodeAt(i);
    const kind = kinds[code] === UNKNOWN ? slowKind(text, i) : kinds[code]!;
    // Code units the character takes.
    const step = isHighSurrogate(code) ? width(text, i) : 1;
    if (kind === OTHER) {
      // Spaces and punctuation that join nothing end a word; a run of them changes nothing more.
      joined = inWord = false;
      i += step;
      while (i < length && kinds[text.charCodeAt(i)] === OTHER) i++;
      continue;
    }
    if (kind === LETTER || kind === DIGIT || kind === HEBREW || kind === HANGUL) {
      // Hangul and the words of a run make words of their own unless a hyphen joins them.
      const starts =
        !inWord || last === UNSPACED || last === CLOSED || (kind === HANGUL) !== (last === HANGUL);
      if (starts && !joined) words++;
      inWord = true;
      joined = false;
      last = kind;
      i += step;
      // The rest of a run of the same kind changes nothing: skip it in one tight loop.
      while (i < length && kinds[text.charCodeAt(i)] === kind) i++;
      continue;
    }
    if (kind === EXTEND) {
      i += step;
      continue;
    }
    if (kind === CONNECT) {
      if (inWord) last = CONNECT;
      joined = false;
      i++;
      continue;
    }
    if (kind === UNSPACED) {
      let end = i;
      while (end < length) {
        const next = kindAt(text, end);
        if (next !== UNSPACED && next !== EXTEND) break;
        end += width(text, end);
      }
      addRun((runs ??= []), text, i, end);
      if (joined) joinedRuns++;
      inWord = true;
      joined = false;
      last = UNSPACED;
      i = end;
      continue;
    }
    // A single joiner between word characters keeps the word going (marks after it aside).
    i += step;
    if (!inWord) {
      joined = false;
      continue;
    }
    let after = i;
    while (after < length && kindAt(text, after) === EXTEND) after += width(text, after);
    const next = after < length ? kindAt(text, after) : OTHER;
    joined = joins(kind, last, next);
    // An apostrophe ends a Hebrew word as a geresh would (ש'), and a hyphen may still follow.
    if (!joined && last === HEBREW && kind === MID && text.charCodeAt(i - 1) === 0x27)
      last = CLOSED;
    else inWord = joined;
  }
  return runs ? words + unspacedWords(runs, wordSegmenter(language)) - joinedRuns : words;
}

// The fast lane: most text is letters, digits, spaces and the joiners . ' ’ ‘ : , ; - in scripts
// written with spaces. Over such text the rule above is a small automaton stepped once per
// character from a table; anything else (marks, Hebrew, Hangul, scripts without spaces, '_',
// astral characters) sends the whole text to scanWords.
const F_OTHER = 0;
const F_LETTER = 1;
const F_DIGIT = 2;
const F_MID = 3;
const F_MID_NUM = 4;
const F_HYPHEN = 5;
const F_BAIL = 6;
const F_UNKNOWN = 7;

const fastKinds = new Uint8Array(0x10000).fill(F_UNKNOWN);

// Characters the fast lane leaves to scanWords although the rule needs nothing more for them, so
// that text it takes is one grapheme per code unit: CR (CR LF is one) and Hangul jamo.
const joinsGraphemes = (code: number) =>
  code === 0x0d ||
  (code >= 0x1100 && code <= 0x11ff) ||
  (code >= 0xa960 && code <= 0xa97f) ||
  (code >= 0xd7b0 && code <= 0xd7ff);

function learnFastKind(code: number): number {
  let fast = F_BAIL;
  if (!isSurrogate(code) && !joinsGraphemes(code)) {
    const kind = kindAt(String.fromCharCode(code), 0);
    // '"' joins only Hebrew letters, which leave the fast lane anyway.
    if (kind === OTHER || kind === QUOTE) fast = F_OTHER;
    else if (kind === LETTER) fast = F_LETTER;
    else if (kind === DIGIT) fast = F_DIGIT;
    else if (kind === MID) fast = F_MID;
    else if (kind === MID_NUM) fast = F_MID_NUM;
    else if (kind === HYPHEN) fast = F_HYPHEN;
  }
  return (fastKinds[code] = fast);
}

// States: outside a word, in one after a letter or a digit, just after a joiner that follows a
// letter (. ' : only go on with a letter), a digit (. ' : and , ; only go on with a digit), or any
// word (a hyphen goes on with either); a step into a word that is not joined counts one.
const S_OUT = 0;
const S_LETTER = 1;
const S_DIGIT = 2;
const S_MID_AFTER_LETTER = 3;
const S_MID_AFTER_DIGIT = 4;
const S_HYPHEN = 5;
const COUNT = 8; // added to a step's next state when the step starts a word
const S_BAIL = 14; // above every state + COUNT
const S_LEARN = 15;

const steps = new Uint8Array(8 * 8).fill(S_BAIL);
for (let state = S_OUT; state <= S_HYPHEN; state++) {
  const step = (fast: number, next: number) => (steps[(state << 3) | fast] = next);
  step(F_UNKNOWN, S_LEARN);
  const inWord = state === S_LETTER || state === S_DIGIT;
  step(F_OTHER, S_OUT);
  step(
    F_MID,
    state === S_LETTER ? S_MID_AFTER_LETTER : state === S_DIGIT ? S_MID_AFTER_DIGIT : S_OUT,
  );
  step(F_MID_NUM, state === S_DIGIT ? S_MID_AFTER_DIGIT : S_OUT);
  step(F_HYPHEN, inWord ? S_HYPHEN : S_OUT);
  const letterJoins = inWord || state === S_MID_AFTER_LETTER || state === S_HYPHEN;
  const digitJoins = inWord || state === S_MID_AFTER_DIGIT || state === S_HYPHEN;
  step(F_LETTER, S_LETTER + (letterJoins ? 0 : COUNT));
  step(F_DIGIT, S_DIGIT + (digitJoins ? 0 : COUNT));
}

/** Words of text with no addresses in it by the fast lane, or -1 when the text needs scanWords. */
function fastWords(text: string): number {
  let words = 0;
  let state = S_OUT;
  const length = text.length;
  for (let i = 0; i < length;) {
    // The tight loop stops at a character it cannot step over: one not met before is learnt.
    for (; i < length; i++) {
      const next = steps[(state << 3) | fastKinds[text.charCodeAt(i)]!]!;
      if (next >= S_BAIL) break;
      words += next >> 3;
      state = next & 7;
    }
    if (i === length) break;
    if (steps[(state << 3) | fastKinds[text.charCodeAt(i)]!] === S_BAIL) return -1;
    learnFastKind(text.charCodeAt(i));
  }
  return words;
}

/** Words of text with no addresses in it. */
function plainWords(text: string, language: string): number {
  const words = fastWords(text);
  return words < 0 ? scanWords(text, language) : words;
}

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('und', { granularity: 'word' });
    }
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * Words in `text` as a copy desk counts them, the same in every runtime: a web or e-mail address
 * is one word; letters and digits make words, and one joiner between two word characters keeps a
 * word whole — a hyphen between any ("well-known", "COVID-19"), . ' ’ : between letters or
 * between digits ("don't", "U.S.", "3.5", "10:30"), , ; between digits ("1,234"); anything else
 * (spaces, other punctuation, emoji) separates. Runs of Chinese, Japanese, Thai, Lao, Khmer and
 * Burmese text are split by Intl.Segmenter in `language`.
 */
export function countWords(text: string, language: string): number {
  return wordsOf(text, language).words;
}

/**
 * countWords, and whether the text was plain: no addresses, and nothing but letters and digits of
 * scripts written with spaces and their punctuation. Every character of plain text is one grapheme
 * (marks, joiners, emoji beyond the basic plane, CR and Hangul jamo are not plain).
 */
export function wordsOf(text: string, language: string): { words: number; plain: boolean } {
  if (mayHoldAddress(text)) {
    let found = 0;
    const rest = text.replace(addresses, () => {
      found++;
      return ' ';
    });
    return { words: found + plainWords(rest, language), plain: false };
  }
  // Text the fast lane leaves is scanned once, not taken through the fast lane a second time.
  const fast = fastWords(text);
  return fast < 0
    ? { words: scanWords(text, language), plain: false }
    : { words: fast, plain: true };
}
