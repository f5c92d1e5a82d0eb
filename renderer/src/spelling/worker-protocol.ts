/** A run of text to check, named by the caller; `skip` is an offset in (or at the end of) the word still being typed. */
export interface CheckBlock {
  key: number;
  text: string;
  skip?: number;
}

/** Misspelled words of one block as flat [from, to) offset pairs into its text. */
export interface CheckedBlock {
  key: number;
  ranges: number[];
}

/** What the window sends to the spelling worker. */
export type ToWorker =
  | { type: 'desk-words'; words: string[] }
  | { type: 'check'; id: number; language: string; blocks: CheckBlock[] }
  | { type: 'suggest'; id: number; language: string; word: string };

/** What the spelling worker answers; every request gets exactly one answer with its id. */
export type FromWorker =
  | { type: 'checked'; id: number; blocks: CheckedBlock[] }
  | { type: 'suggestions'; id: number; words: string[] }
  | { type: 'unavailable'; id: number; language: string; reason: string };
