// Word and grapheme counts of plain text: Intl.Segmenter's rules, with a fast path for text whose
// every character the segmenter treats simply (Latin letters, digits, common punctuation).
import type { TextCounts } from './text-counter';

// Characters whose word-break class is plain: Latin letters (ALetter), ASCII digits, spaces, line
// breaks and punctuation that is Other, MidNum (, ;) or MidNumLet (. ' ’ ‘). Left out, to the
// segmenter: `_` (ExtendNumLet), `:` and `·` (MidLetter in some locales), the soft hyphen (Format).
const simpleText =
  /^[\n\x20-\x39\x3B-\x5E\x60-\x7E\u00A0-\u00AC\u00AE-\u00B6\u00B8-\u024F\u2013\u2014\u2018\u2019\u201C\u201D\u2026]*$/;
const LETTER = 1;
const DIGIT = 2;
const MID_LETTER_OR_NUM = 3; // . ' ’ ‘ : joins letter–letter and digit–digit
const MID_NUM = 4; // , ; joins digit–digit
const HYPHEN = 5;
const OTHER = 0;

const kinds = new Uint8Array(0x2030);
for (let code = 0; code < kinds.length; code++) {
  const char = String.fromCharCode(code);
  kinds[code] = /\p{L}/u.test(char)
    ? LETTER
    : code >= 0x30 && code <= 0x39
      ? DIGIT
      : ".'\u2019\u2018".includes(char)
        ? MID_LETTER_OR_NUM
        : ',;'.includes(char)
          ? MID_NUM
          : char === '-'
            ? HYPHEN
            : OTHER;
}

const isWordKind = (kind: number) => kind === LETTER || kind === DIGIT;

/** Words in simple text (see simpleText), exactly as the segmenter and the hyphen rule count them. */
function simpleWords(text: string): number {
  let words = 0;
  let inWord = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const kind = kinds[text.charCodeAt(i)]!;
    if (kind === LETTER || kind === DIGIT) {
      if (!inWord) words++;
      inWord = true;
      continue;
    }
    if (!inWord || i + 1 >= length) {
      inWord = false;
      continue;
    }
    const before = kinds[text.charCodeAt(i - 1)]!;
    const after = kinds[text.charCodeAt(i + 1)]!;
    // One hyphen between two words makes one word; MidLetter/MidNum join only like with like.
    const joined =
      (kind === HYPHEN && isWordKind(after)) ||
      (kind === MID_LETTER_OR_NUM && before === after && isWordKind(after)) ||
      (kind === MID_NUM && before === DIGIT && after === DIGIT);
    inWord = joined;
  }
  return words;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
// Long enough for any paragraph; V8's segmenter slows down sharply on much longer strings.
const CHUNK = 2000;

const breakable = /[\s\p{P}]/u;

/** Where to cut a long line at or before `limit`: just after a space or punctuation mark. */
function cutBefore(line: string, start: number, limit: number): number {
  for (let i = limit - 1; i > start; i--) if (breakable.test(line[i]!)) return i + 1;
  return limit;
}

/** `text` in pieces no word or character spans: at line breaks, long lines after a space or mark. */
function* chunks(text: string): Generator<string> {
  for (const line of text.split('\n')) {
    let start = 0;
    while (line.length - start > CHUNK) {
      const cut = cutBefore(line, start, start + CHUNK);
      yield line.slice(start, cut);
      start = cut;
    }
    yield line.slice(start);
  }
}

const wordSegmenters = new Map<string, Intl.Segmenter>();
let graphemeSegmenter: Intl.Segmenter | null = null;

function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(language);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('und', { granularity: 'word' });
    }
    wordSegmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Words by the segmenter, two joined by a single hyphen counted as one. */
function segmentedWords(text: string, language: string): number {
  const segmenter = wordSegmenter(language);
  let words = 0;
  for (const chunk of chunks(text)) {
    let lastWordEnd = -2;
    for (const { segment, index, isWordLike } of segmenter.segment(chunk)) {
      if (!isWordLike) continue;
      const hyphenated = index === lastWordEnd + 1 && HYPHENS.has(chunk[lastWordEnd]!);
      if (!hyphenated) words++;
      lastWordEnd = index + segment.length;
    }
  }
  return words;
}

// Characters that can join their neighbours into one grapheme: marks, joiners and other format
// characters, emoji, regional indicators, Hangul jamo, Thai/Lao vowel signs, CR.
const complexGraphemes =
  /[\p{M}\p{Cf}\p{Extended_Pictographic}\p{Regional_Indicator}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u0E33\u0EB3\r]/u;

/** User-perceived characters in `text`, line breaks left out. */
function graphemes(text: string): number {
  if (!complexGraphemes.test(text)) {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // A surrogate pair is one character; a line break is none.
      if (
        code !== 0x0a &&
        (code < 0xdc00 || code > 0xdfff || i === 0 || !isHigh(text.charCodeAt(i - 1)))
      )
        count++;
    }
    return count;
  }
  graphemeSegmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  let count = 0;
  for (const chunk of chunks(text)) for (const _ of graphemeSegmenter.segment(chunk)) count++;
  return count;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Words of plain text in `language`; line breaks separate words. */
export function countPlainWords(text: string, language: string): number {
  return simpleText.test(text) ? simpleWords(text) : segmentedWords(text, language);
}

/** Words (in `language`) and characters of plain text; line breaks separate words and are not counted. */
export function countPlain(text: string, language: string): TextCounts {
  return { words: countPlainWords(text, language), characters: graphemes(text) };
}
