// nspell ships no types; @types/nspell pulls in Node's, which the window must not see.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string, model?: string): NSpell;
  }
  function nspell(dictionary: { aff: string; dic: string }): NSpell;
  export default nspell;
}
