// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- tests and the bench compile this file without renderer/src, and need the declaration too
/// <reference path="./nspell.d.ts" />
import nspell from 'nspell';
import { SpellChecker } from '../../../core/spelling/spell-checker';

/** A checker over a Hunspell dictionary's `.aff` and `.dic` text (nspell reads strings, not bytes). */
export function loadSpellChecker(aff: string, dic: string): SpellChecker {
  return new SpellChecker(nspell({ aff, dic }));
}
