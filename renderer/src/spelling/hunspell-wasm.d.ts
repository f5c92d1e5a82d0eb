// The Emscripten build of Hunspell inside hunspell-asm; its own typings cover only the wrapper.
declare module 'hunspell-asm/dist/cjs/lib/node/hunspell.js' {
  export interface HunspellWasm {
    _Hunspell_create(affPath: number, dicPath: number): number;
    _Hunspell_spell(handle: number, word: number): number;
    _Hunspell_suggest(handle: number, list: number, word: number): number;
    _Hunspell_free_list(handle: number, list: number, count: number): void;
    _malloc(bytes: number): number;
    _free(pointer: number): void;
    allocateUTF8(text: string): number;
    stringToUTF8(text: string, pointer: number, maxBytes: number): void;
    UTF8ToString(pointer: number): string;
    getValue(pointer: number, type: '*' | 'i32'): number;
    FS: {
      writeFile(path: string, data: Uint8Array, options?: { encoding: 'binary' }): void;
      unlink(path: string): void;
    };
    /** Emscripten's own thenable: never hand the module itself to a Promise's resolve. */
    then(callback: (module: HunspellWasm) => void): HunspellWasm;
  }
  export default function createHunspell(options: {
    onAbort?(reason: unknown): void;
  }): HunspellWasm;
}
