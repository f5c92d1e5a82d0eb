import { readFileSync } from 'node:fs';
import { dictionaryFilePath } from '../../../../electron/spelling/dictionary-files';
import type { HunspellEngine, SpellChecker } from '../../../../core/spelling/spell-checker';
import { loadHunspell, loadSpellChecker } from '../../../../renderer/src/spelling/load-checker';

const read = (id: string, part: 'aff' | 'dic') => readFileSync(dictionaryFilePath(id, part)!);

/** Hunspell over a shipped dictionary, read from its installed package as the app serves it. */
export function shippedEngine(id: string): Promise<HunspellEngine> {
  return loadHunspell(read(id, 'aff'), read(id, 'dic'));
}

/** A checker over a shipped dictionary, read from its installed package as the app serves it. */
export function shippedChecker(id: string): Promise<SpellChecker> {
  return loadSpellChecker(read(id, 'aff'), read(id, 'dic'));
}
