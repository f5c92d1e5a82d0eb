// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- tests and the bench compile this file without renderer/src, and need the declaration too
/// <reference path="./nspell.d.ts" />
import nspell from 'nspell';
import { SpellChecker, type HunspellEngine } from '../../../core/spelling/spell-checker';

/** nspell over a Hunspell dictionary's `.aff` and `.dic` text (it reads strings, not bytes). */
export function loadHunspell(aff: string, dic: string): HunspellEngine {
  return nspell({ aff, dic });
}

/** A checker over a Hunspell dictionary's `.aff` and `.dic` text. */
export function loadSpellChecker(aff: string, dic: string): SpellChecker {
  return new SpellChecker(loadHunspell(aff, dic));
}
