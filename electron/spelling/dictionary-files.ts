import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { dictionaryById } from '../../core/spelling/dictionaries';
import { errorResponse, fileResponse, type ProtocolResponse } from '../shell/protocol-response';

const require = createRequire(import.meta.url);

/** The two files of a Hunspell dictionary. */
export type DictionaryPart = 'aff' | 'dic';

/** Where a shipped dictionary's file is: inside its installed `dictionary-<id>` package. */
export function dictionaryFilePath(id: string, part: DictionaryPart): string | null {
  if (!dictionaryById(id)) return null;
  // Resolved, never imported: the packages' own entry points read the files with node:fs at import.
  return join(dirname(require.resolve(`dictionary-${id}`)), `index.${part}`);
}

/**
 * The bytes of a shipped dictionary's file as Hunspell is to read them (repaired where the package
 * built them wrongly), or null when there is no such dictionary.
 */
export async function readDictionaryFile(
  id: string,
  part: DictionaryPart,
): Promise<Uint8Array | null> {
  const file = dictionaryFilePath(id, part);
  if (!file) return null;
  const bytes = new Uint8Array(await readFile(file));
  const repair = dictionaryById(id)?.repair;
  if (!repair) return bytes;
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return new TextEncoder().encode(repair(part, text));
}

const urlPattern = /^\/dictionaries\/([a-z]{2,3}(?:-[a-z]{2})?)\.(aff|dic)$/;

/**
 * Serves `/dictionaries/<id>.aff` and `.dic` to the renderer's spelling worker; only the ids of
 * core/spelling/dictionaries.ts, so the path never names a file itself.
 */
export async function serveDictionary(urlPath: string): Promise<ProtocolResponse> {
  const match = urlPattern.exec(urlPath.split(/[?#]/, 1)[0] ?? '');
  if (!match) return errorResponse(404, 'Not found: no such dictionary.');
  try {
    const bytes = await readDictionaryFile(match[1]!, match[2] as DictionaryPart);
    return bytes
      ? fileResponse(bytes, 'text/plain; charset=utf-8', { 'Cache-Control': 'max-age=31536000' })
      : errorResponse(404, 'Not found: no such dictionary.');
  } catch {
    return errorResponse(404, 'Not found: the dictionary is not installed.');
  }
}
