import { isWordAt, wordAt, wordHash, wordKey } from './words';

const INITIAL_SLOTS = 1 << 11;
const INITIAL_WORDS = 1 << 10;
/** Distinct words kept before the table starts over (a few MB at most). */
const MAX_WORDS = 1 << 18;

/** A word's verdict: not asked yet, wrong, right. */
export const PENDING = 0;
export const WRONG = 1;
export const RIGHT = 2;

/**
 * Whether each distinct word is spelled correctly. Words are numbered as first seen and found by
 * the scan's hash and key with the word still in the text: a word seen before costs a probe and an
 * integer compare (a character compare for long or non-Latin words), no new string. New words
 * wait, and `settle` asks the dictionary about all of them in one go. The open-addressed table
 * holds only word numbers; hashes, keys and verdicts sit in dense arrays by number, so the
 * frequent words, seen first, share a few cache lines.
 */
export class WordVerdicts {
  private mask = INITIAL_SLOTS - 1;
  /** Per slot: the word's number + 1, shifted left once, low bit set when its key is exact; 0 is empty. */
  private table = new Int32Array(INITIAL_SLOTS);
  private hashes = new Int32Array(INITIAL_WORDS);
  private keys = new Int32Array(INITIAL_WORDS * 4);
  private verdicts = new Uint8Array(INITIAL_WORDS);
  private words: string[] = [];
  private settled = 0;

  /**
   * The number of the word at text[from, to), called from a `forEachCheckableWord` callback with
   * its hash (so `wordKey` is the word's).
   */
  number(text: string, from: number, to: number, hash: number): number {
    const { table, hashes, keys, mask } = this;
    const exact = wordKey.exact === 1 ? 1 : 0;
    const { k0, k1, k2, k3 } = wordKey;
    let slot = hash & mask;
    for (;;) {
      const entry = table[slot]!;
      if (entry === 0) break;
      const n = (entry >>> 1) - 1;
      if (hashes[n] === hash && (entry & 1) === exact) {
        if (exact === 1) {
          const at = n * 4;
          if (keys[at] === k0 && keys[at + 1] === k1 && keys[at + 2] === k2 && keys[at + 3] === k3)
            return n;
        } else if (isWordAt(this.words[n]!, text, from, to)) return n;
      }
      slot = (slot + 1) & mask;
    }
    const n = this.words.length;
    this.words.push(wordAt(text, from, to));
    if (n === this.hashes.length) this.widen();
    this.hashes[n] = hash;
    const at = n * 4;
    this.keys[at] = k0;
    this.keys[at + 1] = k1;
    this.keys[at + 2] = k2;
    this.keys[at + 3] = k3;
    table[slot] = ((n + 1) << 1) | exact;
    if ((n + 1) * 2 > mask) this.grow();
    return n;
  }

  /** PENDING, WRONG or RIGHT for a word number. */
  verdict(n: number): number {
    return this.verdicts[n]!;
  }

  /** Asks `decide` about every word not yet asked, in the order they were first seen. */
  settle(decide: (word: string) => boolean): void {
    const { words, verdicts } = this;
    for (let n = this.settled; n < words.length; n++)
      verdicts[n] = decide(words[n]!) ? RIGHT : WRONG;
    this.settled = words.length;
  }

  /** True when the word is right, asking `decide` if it is new. */
  get(word: string, decide: (word: string) => boolean): boolean {
    const n = this.number(word, 0, word.length, wordHash(word));
    if (this.verdicts[n] === PENDING) this.settle(decide);
    return this.verdicts[n] === RIGHT;
  }

  /** True when the table is full enough to start over (call `clear` between checks). */
  get full(): boolean {
    return this.words.length >= MAX_WORDS;
  }

  /** Forgets every word and verdict. */
  clear(): void {
    this.mask = INITIAL_SLOTS - 1;
    this.table = new Int32Array(INITIAL_SLOTS);
    this.hashes = new Int32Array(INITIAL_WORDS);
    this.keys = new Int32Array(INITIAL_WORDS * 4);
    this.verdicts = new Uint8Array(INITIAL_WORDS);
    this.words = [];
    this.settled = 0;
  }

  private widen(): void {
    const size = this.hashes.length * 2;
    const hashes = new Int32Array(size);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const keys = new Int32Array(size * 4);
    keys.set(this.keys);
    this.keys = keys;
    const verdicts = new Uint8Array(size);
    verdicts.set(this.verdicts);
    this.verdicts = verdicts;
  }

  private grow(): void {
    const old = this.table;
    const mask = old.length * 2 - 1;
    const table = new Int32Array(old.length * 2);
    for (const entry of old) {
      if (entry === 0) continue;
      let slot = this.hashes[(entry >>> 1) - 1]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = entry;
    }
    this.table = table;
    this.mask = mask;
  }
}
