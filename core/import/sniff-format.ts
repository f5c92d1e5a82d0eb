import { ImportError } from './import-error';

/** What the first bytes of a file say it is, before any importer reads it. */
export type Sniffed =
  { kind: 'docx' } | { kind: 'json' | 'html' | 'text' | 'nitf' | 'newsml'; text: string };

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** True when the bytes contain `needle` (ASCII): zip entry names are stored uncompressed. */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++)
      if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** Binary files people drop by mistake, named so the message says what to do instead. */
function refuseBinary(bytes: Uint8Array): void {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    if (containsAscii(bytes, 'application/vnd.oasis.opendocument'))
      throw new ImportError(
        'an OpenDocument file, not .docx: save it as Word (.docx) and import that',
      );
    throw new ImportError('a zip archive without word/document.xml: not a Word (.docx) document');
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    throw new ImportError('a Word 97–2003 (.doc) file: save it as .docx and import that');
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46))
    throw new ImportError('a PDF, which Newsroom does not import');
  if (startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x89, 0x50, 0x4e, 0x47))
    throw new ImportError('an image, not an article: attach it to an article as a photo');
}

// Decoders are reused: without `stream` each decode() starts afresh, and making one costs more.
const latin1 = new TextDecoder('latin1');
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

/** Text in the encoding its BOM or XML declaration names (UTF-8 otherwise); refuses binary data. */
export function decodeImportText(bytes: Uint8Array): string {
  let label = 'utf-8';
  if (startsWith(bytes, 0xfe, 0xff)) label = 'utf-16be';
  else if (startsWith(bytes, 0xff, 0xfe)) label = 'utf-16le';
  else {
    const head = latin1.decode(bytes.subarray(0, 200));
    const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    if (declared) label = declared.toLowerCase();
  }
  let decoder = decoders.get(label);
  try {
    decoder ??= new TextDecoder(label, { fatal: true });
  } catch {
    throw new ImportError(`declares the encoding "${label}", which is not supported`);
  }
  decoders.set(label, decoder);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ImportError(
      label === 'utf-8'
        ? 'not a text file: it is not valid UTF-8 (binary data?)'
        : `not valid ${label} text, although it says it is`,
    );
  }
  if (text.includes('\0')) throw new ImportError('not a text file: it contains binary data');
  return text.replace(/^\uFEFF/, '');
}

const htmlTags = new Set(
  'html head body title meta link style article section header main div p span a b i em strong h1 h2 h3 h4 h5 h6 ul ol li blockquote figure figcaption img br hr table font center pre'.split(
    ' ',
  ),
);
const newsmlRoots = new Set([
  'newsItem',
  'newsMessage',
  'packageItem',
  'conceptItem',
  'knowledgeItem',
  'planningItem',
]);

/** The first element's name, after the XML declaration, comments, processing instructions and DOCTYPE. */
function rootElement(text: string): { name: string; doctype: string } | null {
  let i = 0;
  let doctype = '';
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('<?', i)) i = skipPast(text, i, '?>');
    else if (text.startsWith('<!--', i)) i = skipPast(text, i, '-->');
    else if (/^<!doctype/i.test(text.slice(i, i + 9))) {
      doctype = /^<!doctype\s+([^\s>[]+)/i.exec(text.slice(i, i + 200))?.[1] ?? '';
      const bracket = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      i =
        bracket !== -1 && bracket < close
          ? skipPast(text, skipPast(text, bracket, ']'), '>')
          : close + 1;
      if (i === 0) return null;
    } else break;
  }
  const match = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 200));
  return match ? { name: match[1]!, doctype } : null;
}

function skipPast(text: string, from: number, end: string): number {
  const at = text.indexOf(end, from);
  return at === -1 ? text.length : at + end.length;
}

/**
 * What kind of file this is, by content (the name's extension only breaks a tie between JSON and
 * plain text that starts with "["): zip with word/document.xml, JSON, NITF, NewsML-G2, HTML or text.
 */
export function sniffImport(bytes: Uint8Array, name = ''): Sniffed {
  if (bytes.byteLength === 0) throw new ImportError('the file is empty');
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) && containsAscii(bytes, 'word/document.xml'))
    return { kind: 'docx' };
  refuseBinary(bytes);
  const text = decodeImportText(bytes);
  const start = text.trimStart();
  if (!start) throw new ImportError('the file holds only white space');
  if (start.startsWith('{') || (start.startsWith('[') && /\.json$/i.test(name)))
    return { kind: 'json', text };
  if (!start.startsWith('<')) return { kind: 'text', text };
  const root = rootElement(start);
  if (!root) return { kind: 'text', text };
  const local = root.name.replace(/^.*:/, '');
  if (local === 'nitf') return { kind: 'nitf', text };
  if (newsmlRoots.has(local)) return { kind: 'newsml', text };
  if (local === 'NewsML')
    throw new ImportError(
      'NewsML 1.x, which Newsroom does not import (NewsML-G2 2.x and NITF 3.x it does)',
    );
  if (root.doctype.toLowerCase() === 'html' || htmlTags.has(local.toLowerCase()))
    return { kind: 'html', text };
  throw new ImportError(
    `XML whose root element is <${root.name.slice(0, 60)}>: none of the formats Newsroom imports (ninjs, Newsroom JSON, NITF, NewsML-G2, Word .docx, HTML, plain text)`,
  );
}
