import { readDictionaryFile } from '../../../../electron/spelling/dictionary-files';
import type { HunspellEngine, SpellChecker } from '../../../../core/spelling/spell-checker';
import { loadHunspell, loadSpellChecker } from '../../../../renderer/src/spelling/load-checker';

/** A shipped dictionary's two files, as the app serves them to the spelling worker. */
async function files(id: string): Promise<[Uint8Array, Uint8Array]> {
  const [aff, dic] = await Promise.all([
    readDictionaryFile(id, 'aff'),
    readDictionaryFile(id, 'dic'),
  ]);
  if (!aff || !dic) throw new Error(`no shipped dictionary "${id}"`);
  return [aff, dic];
}

/** Hunspell over a shipped dictionary, read from its installed package as the app serves it. */
export async function shippedEngine(id: string): Promise<HunspellEngine> {
  return loadHunspell(...(await files(id)));
}

/** A checker over a shipped dictionary, read from its installed package as the app serves it. */
export async function shippedChecker(id: string): Promise<SpellChecker> {
  return loadSpellChecker(...(await files(id)));
}
