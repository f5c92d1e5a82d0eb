// Word and grapheme counts of plain text.
import type { TextCounts } from './text-counter';
import { wordsOf } from './word-count';

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

let graphemeSegmenter: Intl.Segmenter | null = null;

// Characters that can join their neighbours into one grapheme: marks, joiners and other format
// characters, emoji, regional indicators, Hangul jamo, Thai/Lao vowel signs, CR.
const complexGraphemes =
  /[\p{M}\p{Cf}\p{Extended_Pictographic}\p{Regional_Indicator}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u0E33\u0EB3\r]/u;

/** User-perceived characters in `text`, line breaks left out. */
function graphemes(text: string): number {
  if (!complexGraphemes.test(text)) {
    if (!surrogates.test(text)) return text.length - newlines(text);
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
const surrogates = /[\uD800-\uDFFF]/;

function newlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Words (in `language`) and characters of plain text; line breaks separate words and are not counted. */
export function countPlain(text: string, language: string): TextCounts {
  const { words, plain } = wordsOf(text, language);
  return { words, characters: plain ? text.length - newlines(text) : graphemes(text) };
}
