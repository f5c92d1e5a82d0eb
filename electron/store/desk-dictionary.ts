import path from 'node:path';
import {
  deskWordProblem,
  parseDeskDictionary,
  withDeskWord,
} from '../../core/spelling/desk-dictionary';
import { atomicWrite } from './atomic-write';
import { DESK_DICTIONARY_FILE } from './layout';
import type { StoreContext } from './store-context';
import { StoreError, describeError, errorCode } from './store-error';

/** Quiet time after the last change event before the file is read again (a rename fires twice). */
const settleMs = 40;

/**
 * The workspace's desk dictionary (`desk-dictionary.txt` at its root): words spelling accepts in
 * every language, shared by every window and person on the workspace.
 */
export class DeskDictionary {
  readonly file: string;
  private readonly watchers = new Set<() => void>();

  constructor(private readonly ctx: StoreContext) {
    this.file = path.join(ctx.root, DESK_DICTIONARY_FILE);
  }

  /** The words, in file order; none when the file does not exist yet. */
  async words(): Promise<string[]> {
    this.ctx.access.assertOpen();
    return parseDeskDictionary(await this.readText());
  }

  /** Adds a word (written atomically, other lines kept as they are) and returns all the words. */
  async add(word: string): Promise<string[]> {
    this.ctx.access.assertWritable('add a word to the desk dictionary');
    const problem = deskWordProblem(word);
    if (problem) throw new StoreError(`"${word}" cannot go into the desk dictionary: ${problem}`);
    return this.ctx.mutex.run(DESK_DICTIONARY_FILE, async () => {
      const text = await this.readText();
      const next = withDeskWord(text, word);
      if (next !== text)
        await atomicWrite(this.file, next, { fs: this.ctx.fs, label: DESK_DICTIONARY_FILE });
      return parseDeskDictionary(next);
    });
  }

  /**
   * Calls `listener` with the words whenever the file changes on disk, whoever wrote it (this
   * window, another window or instance, a text editor). Returns stop.
   */
  watch(listener: (words: string[]) => void): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: string | null = null;
    const reread = () => {
      timer = undefined;
      if (this.ctx.access.isClosed) return;
      void this.words().then(
        (words) => {
          const key = words.join('\n');
          if (key === last) return;
          last = key;
          listener(words);
        },
        () => undefined,
      );
    };
    const stop = this.ctx.fs.watch(this.ctx.root, (name) => {
      if (name !== null && name !== DESK_DICTIONARY_FILE) return;
      clearTimeout(timer);
      timer = setTimeout(reread, settleMs);
    });
    const end = () => {
      clearTimeout(timer);
      stop();
      this.watchers.delete(end);
    };
    this.watchers.add(end);
    return end;
  }

  /** Stops every watch (the workspace is closing). */
  stopWatching(): void {
    for (const end of [...this.watchers]) end();
  }

  private async readText(): Promise<string> {
    try {
      return (await this.ctx.fs.readFile(this.file)).toString('utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return '';
      throw new StoreError(`could not read ${DESK_DICTIONARY_FILE}: ${describeError(error)}`, {
        cause: error,
      });
    }
  }
}
