// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- tests and the bench compile this file without renderer/src, and need the declaration too
/// <reference path="./hunspell-wasm.d.ts" />
import createHunspell, { type HunspellWasm } from 'hunspell-asm/dist/cjs/lib/node/hunspell.js';
import { SpellChecker, type HunspellEngine } from '../../../core/spelling/spell-checker';

let compiled: Promise<{ wasm: HunspellWasm }> | null = null;

/** Hunspell compiled to WebAssembly, started once per worker (or process) on first use. */
function hunspell(): Promise<{ wasm: HunspellWasm }> {
  compiled ??= new Promise<{ wasm: HunspellWasm }>((resolve, reject) => {
    const started = createHunspell({
      onAbort: (reason) => reject(new Error(`Hunspell could not start: ${String(reason)}`)),
    });
    started.then((wasm) => resolve({ wasm }));
  }).catch((error: unknown) => {
    compiled = null;
    throw error;
  });
  return compiled;
}

let nextFile = 1;

/**
 * Hunspell over a dictionary's `.aff` and `.dic` bytes. Each word goes through one buffer kept in
 * WebAssembly memory, so a check allocates nothing there.
 */
export async function loadHunspell(aff: Uint8Array, dic: Uint8Array): Promise<HunspellEngine> {
  const { wasm } = await hunspell();
  const name = `/dictionary-${nextFile++}`;
  wasm.FS.writeFile(`${name}.aff`, aff, { encoding: 'binary' });
  wasm.FS.writeFile(`${name}.dic`, dic, { encoding: 'binary' });
  const affPath = wasm.allocateUTF8(`${name}.aff`);
  const dicPath = wasm.allocateUTF8(`${name}.dic`);
  const handle = wasm._Hunspell_create(affPath, dicPath);
  wasm._free(affPath);
  wasm._free(dicPath);
  // Hunspell has read both files into its own tables; the copies in its file system can go.
  wasm.FS.unlink(`${name}.aff`);
  wasm.FS.unlink(`${name}.dic`);

  let capacity = 256;
  let buffer = wasm._malloc(capacity);
  const list = wasm._malloc(4);
  /** The word, in Unicode's composed form as the dictionaries are, in the buffer as UTF-8. */
  const put = (word: string): number => {
    const text = word.normalize('NFC');
    const bytes = text.length * 3 + 1;
    if (bytes > capacity) {
      wasm._free(buffer);
      capacity = bytes;
      buffer = wasm._malloc(capacity);
    }
    wasm.stringToUTF8(text, buffer, capacity);
    return buffer;
  };
  return {
    correct: (word) => wasm._Hunspell_spell(handle, put(word)) !== 0,
    suggest: (word) => {
      const count = wasm._Hunspell_suggest(handle, list, put(word));
      const first = wasm.getValue(list, '*');
      const words: string[] = [];
      for (let i = 0; i < count; i++)
        words.push(wasm.UTF8ToString(wasm.getValue(first + i * 4, '*')));
      wasm._Hunspell_free_list(handle, list, count);
      return words;
    },
  };
}

/** A checker over a Hunspell dictionary's `.aff` and `.dic` bytes. */
export async function loadSpellChecker(aff: Uint8Array, dic: Uint8Array): Promise<SpellChecker> {
  return new SpellChecker(await loadHunspell(aff, dic));
}
