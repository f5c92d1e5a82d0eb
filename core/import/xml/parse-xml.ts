// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the module declaration must reach every project that compiles this file
/// <reference path="./xmldom-entities.d.ts" />
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { HTML_ENTITIES } from '@xmldom/xmldom/lib/entities.js';
import { ImportError } from '../import-error';
import { MAX_IMPORT_CHARS } from '../import-text';

const xmlEntities = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * HTML's named characters (&nbsp; &mdash; …), which agency files use with a DTD we never load,
 * written as numeric references; any other unknown name is left for the parser to refuse.
 */
function htmlNamedCharacters(source: string): string {
  return source.replace(/&([A-Za-z][A-Za-z0-9]{1,31});/g, (whole, name: string) => {
    if (xmlEntities.has(name) || !Object.hasOwn(HTML_ENTITIES, name)) return whole;
    return [...HTML_ENTITIES[name]!].map((c) => `&#${c.codePointAt(0)};`).join('');
  });
}

/**
 * Parses XML safely: a document that declares entities is refused outright (they are how XXE
 * reads local files and how "billion laughs" expands without limit), external DTDs and entities
 * are never fetched, and the size is capped. Errors are ImportErrors on one line.
 */
export function parseXml(source: string, what: string): Element {
  if (source.length > MAX_IMPORT_CHARS)
    throw new ImportError(
      `too large: ${source.length} characters (at most ${MAX_IMPORT_CHARS} are accepted)`,
    );
  if (source.includes('<!') && /<!ENTITY/i.test(source))
    throw new ImportError(
      `${what} declares its own entities (<!ENTITY …>), which are refused: they can read local files or expand without limit`,
    );
  let document: Document;
  let first = '';
  try {
    document = new DOMParser({
      // xmldom's messages never name a line; tracking lines and columns would cost a tenth of the parse.
      locator: false,
      // XML 1.0's line ends only: U+2028, U+2029 and U+0085 are text (xmldom's default is XML 1.1's).
      normalizeLineEndings: (input: string) => input.replace(/\r\n?/g, '\n'),
      onError: (level, message) => {
        if (level === 'warning') return;
        first ||= message;
        throw new ImportError(message);
      },
    }).parseFromString(htmlNamedCharacters(source), 'text/xml');
  } catch (error) {
    const raw = first || String((error as Error)?.message ?? error);
    const at = /\[line:(\d+),col:(\d+)\]/.exec(raw);
    const message = (raw.split('\n')[0]! + (at ? ` (line ${at[1]}, column ${at[2]})` : ''))
      .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
      .slice(0, 200);
    throw new ImportError(`${what} is not well-formed XML: ${message}`);
  }
  if (!document.documentElement) throw new ImportError(`${what} has no root element`);
  return document.documentElement;
}
