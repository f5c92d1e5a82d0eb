import { readFileSync } from 'node:fs';
import { dictionaryFilePath } from '../../../../electron/spelling/dictionary-files';
import type { SpellChecker } from '../../../../core/spelling/spell-checker';
import { loadSpellChecker } from '../../../../renderer/src/spelling/load-checker';

/** A checker over a shipped dictionary, read from its installed package as the app serves it. */
export function shippedChecker(id: string): SpellChecker {
  const read = (part: 'aff' | 'dic') => readFileSync(dictionaryFilePath(id, part)!, 'utf8');
  return loadSpellChecker(read('aff'), read('dic'));
}
