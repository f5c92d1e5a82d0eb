import { ImportError, type ImportResult } from './import-error';
import type { ImportOptions } from './import-options';
import { importNativeJson, isNativeArticle } from './native-json';
import { importNinjs } from './ninjs';

/** Largest import accepted, in characters: a news item is kilobytes; 10 M is far beyond any real one. */
export const MAX_IMPORT_CHARS = 10_000_000;
/** Deepest JSON nesting accepted: real ninjs and article files stay under 30 levels. */
export const MAX_IMPORT_DEPTH = 500;

/** How deep arrays and objects nest in JSON text, stopping as soon as it passes `limit`. */
function nestingDepth(source: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** Imports the text of a .json file: a native article file or ninjs of any version. */
export function importJsonText(
  source: string,
  options: ImportOptions = {},
): ImportResult & { kind: 'native' | 'ninjs' } {
  if (source.length > MAX_IMPORT_CHARS)
    throw new ImportError(
      `too large: ${source.length} characters (at most ${MAX_IMPORT_CHARS} are accepted)`,
    );
  if (source.includes('\0')) throw new ImportError('not a text file: it contains binary data');
  if (nestingDepth(source, MAX_IMPORT_DEPTH) > MAX_IMPORT_DEPTH)
    throw new ImportError(`nested too deeply (more than ${MAX_IMPORT_DEPTH} levels)`);
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    // JSON.parse quotes the text around the error; keep the message printable and on one line.
    const message = (error as Error).message.replace(/[\p{Cc}\u2028\u2029]/gu, ' ');
    throw new ImportError(`not JSON: ${message}`);
  }
  return isNativeArticle(data)
    ? { kind: 'native', ...importNativeJson(data) }
    : { kind: 'ninjs', ...importNinjs(data, options) };
}

/** Imports the bytes of a .json file; refuses anything that is not UTF-8 text. */
export function importJsonBytes(
  bytes: Uint8Array,
  options: ImportOptions = {},
): ImportResult & { kind: 'native' | 'ninjs' } {
  if (bytes.byteLength === 0) throw new ImportError('the file is empty');
  if (bytes.byteLength > MAX_IMPORT_CHARS * 4)
    throw new ImportError(`too large: ${bytes.byteLength} bytes`);
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('not a text file: it is not valid UTF-8 (binary data?)');
  }
  return importJsonText(source, options);
}
