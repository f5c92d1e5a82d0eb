import { TextCounter } from '../../core/body/text-counter';

/**
 * What the library needs of an article.json, taken from its bytes without building the body:
 * the top-level values other than the body (parsed), the type of the body's root node, and the
 * body's words counted exactly as countBodyJsonWords counts the parsed body.
 */
export interface ScannedArticle {
  fields: Record<string, unknown>;
  bodyType: string;
  words(language: string | undefined): number;
}

// In the text values: an escape, or a control character other than the line breaks put between
// blocks (one inside a value makes it invalid).
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const escapeOrControl = /[\\\x00-\x09\x0b-\x1f]/;
// Anything but printable ASCII and line breaks: one test passes most English text as it is.
const notPlainAscii = /[^\n\x20-\x5b\x5d-\x7e]/;

const TOP_KEY = '\n  "';
const BODY_START = '{\n    "type": "';
const BODY_KEY = '"body": ';
const BODY_END = '\n  },\n  "';
const TEXT = '"text": "';
const CONTENT = '"content": [';
const HARD_BREAK = '"type": "hardBreak"';
const NEWLINE = 0x0a;

// String search is fast from a first character that is rare in the text (V8 skips to it), slow
// from a quote or a line break: each pattern is found through a rare part of it.
const finders = new Map<string, string>([
  [TEXT, 'xt": "'],
  [CONTENT, '['],
  [HARD_BREAK, 'Break"'],
  [BODY_END, '},\n  "'],
]);

/** s.indexOf(pattern, from), through the pattern's rare part. */
function find(s: string, pattern: string, from: number): number {
  const rare = finders.get(pattern)!;
  const offset = pattern.indexOf(rare);
  let i = s.indexOf(rare, from + offset);
  while (i !== -1 && !s.startsWith(pattern, i - offset)) i = s.indexOf(rare, i + 1);
  return i === -1 ? -1 : i - offset;
}
const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const QUOTE = 0x22;

/**
 * Scans article.json as the app writes it (`JSON.stringify(article, null, 2)`): every top-level
 * key starts a line indented by two spaces, and nothing else does, since a string cannot hold a
 * raw line break. The members other than the body are parsed with JSON.parse; in the body only
 * text values, `content` arrays and hard breaks are looked for (`"text": "` cannot occur inside
 * a string, where every quote is escaped). Returns null for anything laid out otherwise (another
 * tool's JSON, a damaged file), which the caller then parses in full. Like the full summary, it
 * does not check the body against the schema (opening the article does): the nesting of the
 * body's lines is not checked, and a body the schema refuses may count differently.
 */
export function scanArticleJson(bytes: Buffer): ScannedArticle | null {
  // Latin-1 maps each byte to one character: offsets are byte offsets, and the structure reads
  // the same as in UTF-8 (every byte of a multi-byte character is above 0x7f).
  const s = bytes.toString('latin1');
  const close = s.endsWith('\n}\n') ? s.length - 3 : s.endsWith('\n}') ? s.length - 2 : -1;
  if (close === -1 || !s.startsWith('{' + TOP_KEY)) return null;
  // Top-level keys are looked for before the body and after it, never inside it: the body is
  // most of the file. It ends at the first line `  }` followed by another key (its own lines are
  // indented further), or at the end of the object.
  const head: number[] = [];
  for (let i = 1; i !== -1 && i < close; i = s.indexOf(TOP_KEY, i + TOP_KEY.length)) {
    head.push(i + 3);
    if (s.startsWith(BODY_KEY, i + 3)) break;
  }
  const bodyKey = head.at(-1)!;
  if (!s.startsWith(BODY_KEY, bodyKey)) return null;
  const bodyEnd = find(s, BODY_END, bodyKey);
  const tail: number[] = [];
  if (bodyEnd !== -1)
    for (let i = bodyEnd + 5; i !== -1 && i < close; i = s.indexOf(TOP_KEY, i + TOP_KEY.length))
      tail.push(i + 3);
  const starts = [...head, ...tail];
  const members: string[] = [];
  let body: [number, number] | null = null;
  for (let m = 0; m < starts.length; m++) {
    const start = starts[m]!;
    const last = m === starts.length - 1;
    let end = last ? close : starts[m + 1]! - 3;
    // Members are separated by one comma at the end of the line.
    if (!last) {
      if (s.charCodeAt(end - 1) !== COMMA) return null;
      end--;
    }
    if (start === bodyKey) body = [start + BODY_KEY.length, end];
    else members.push(bytes.toString('utf8', start, end));
  }
  if (!body || !s.startsWith(BODY_START, body[0]) || !s.endsWith('\n  }', body[1])) return null;
  let fields: Record<string, unknown>;
  try {
    // A key spelled with escapes ("b\u006fdy") is parsed here as what it is, never taken for the body.
    fields = JSON.parse(`{${members.join(',')}}`) as Record<string, unknown>;
    if (Object.hasOwn(fields, 'body')) return null;
  } catch {
    return null;
  }
  const typeStart = body[0] + BODY_START.length;
  const typeEnd = s.indexOf('"', typeStart);
  if (!s.startsWith('",\n', typeEnd) && !s.startsWith('"\n', typeEnd)) return null;
  if (s.lastIndexOf('\\', typeEnd) >= typeStart) return null;
  const text = bodyText(s, bytes, body[0], body[1]);
  if (text === null) return null;
  return {
    fields,
    bodyType: s.slice(typeStart, typeEnd),
    words(language) {
      const counter = new TextCounter(language);
      counter.add(text);
      return counter.words();
    },
  };
}

/**
 * The body's text as countBodyJsonWords joins it (text values, a line break for every `content`
 * array and hard break), in the order the file has them; null when a text value is malformed.
 */
function bodyText(s: string, bytes: Buffer, from: number, to: number): string | null {
  const pieces: string[] = [];
  const values: number[] = [];
  // Where the next `content` array or hard break is: text before it and text after it never
  // share a word (one line break stands for any number of them).
  let content = find(s, CONTENT, from);
  let hardBreak = find(s, HARD_BREAK, from);
  for (let at = find(s, TEXT, from); at !== -1 && at < to; at = find(s, TEXT, at)) {
    let newBlock = false;
    if (content !== -1 && content < at) {
      newBlock = true;
      content = find(s, CONTENT, at);
    }
    if (hardBreak !== -1 && hardBreak < at) {
      newBlock = true;
      hardBreak = find(s, HARD_BREAK, at);
    }
    if (newBlock) pieces.push('\n');
    const open = at + TEXT.length - 1;
    let close = s.indexOf('"', open + 1);
    if (close === -1) return null;
    if (s.charCodeAt(close - 1) === BACKSLASH)
      for (close = open + 1; s.charCodeAt(close) !== QUOTE;)
        if ((close += s.charCodeAt(close) === BACKSLASH ? 2 : 1) >= to) return null;
    // A value ends its line: a raw line break in it, or anything after it, is not JSON.
    const after = s.charCodeAt(close + 1) === COMMA ? close + 2 : close + 1;
    if (s.charCodeAt(after) !== NEWLINE || s.indexOf('\n', open) < after) return null;
    pieces.push(s.slice(open + 1, close));
    values.push(open, close + 1);
    at = after;
  }
  const text = pieces.join('');
  if (!notPlainAscii.test(text)) return text;
  if (!escapeOrControl.test(text)) return Buffer.from(text, 'latin1').toString('utf8');
  // Escapes or control characters: each value as JSON.parse reads it (or refuses it). A value
  // is never a lone line break (that would be a raw one, refused above).
  let v = 0;
  try {
    return pieces
      .map((piece) =>
        piece === '\n'
          ? piece
          : (JSON.parse(bytes.toString('utf8', values[v++]!, values[v++]!)) as string),
      )
      .join('');
  } catch {
    return null;
  }
}
