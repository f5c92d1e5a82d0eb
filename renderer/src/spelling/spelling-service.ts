import { call, onEvent } from '../api/newsroom';
import type { CheckBlock, CheckedBlock, FromWorker, ToWorker } from './worker-protocol';

type Answer = Extract<FromWorker, { id: number }>;
type Listener<T> = (value: T) => void;

/** What an editor asks of spelling (the window's service, or any checker with the same answers). */
export type SpellingChecks = Pick<
  SpellingService,
  'check' | 'suggest' | 'addWord' | 'onWordsChanged'
>;

/**
 * The window's side of spelling: one worker for every editor and field, the desk dictionary kept
 * in step with the workspace, and a quiet note, once per language, when one has no dictionary.
 */
export class SpellingService {
  private worker: Worker | null = null;
  /** Set when this window cannot run the worker (a page without Worker or without window.newsroom). */
  private disabled = false;
  private nextId = 1;
  private readonly waiting = new Map<number, (answer: Answer) => void>();
  private readonly unavailable = new Set<string>();
  private readonly noteListeners = new Set<Listener<string>>();
  private readonly wordListeners = new Set<Listener<string[]>>();
  private deskWords: string[] = [];
  /** Settles once the desk dictionary has been asked for at start: checks wait for it. */
  private deskWordsLoaded: Promise<void> | null = null;

  /** Misspelled words per block, or null when the language has no dictionary. */
  async check(language: string, blocks: CheckBlock[]): Promise<CheckedBlock[] | null> {
    if (this.unavailable.has(language) || !this.ready()) return null;
    // Checked before the desk words arrive, the whole text would be checked again when they do.
    await this.started();
    const answer = await this.request({ type: 'check', id: 0, language, blocks });
    return answer.type === 'checked' ? answer.blocks : null;
  }

  /** Replacements for a misspelled word ([] when there are none or no dictionary). */
  async suggest(language: string, word: string): Promise<string[]> {
    if (!this.ready()) return [];
    await this.started();
    const answer = await this.request({ type: 'suggest', id: 0, language, word });
    return answer.type === 'suggestions' ? answer.words : [];
  }

  /** Adds a word to the workspace's desk dictionary; every window rechecks with it. */
  async addWord(word: string): Promise<void> {
    this.setDeskWords(await call('spelling:add-word', { word }));
  }

  /** Called after the desk dictionary changed: the text must be checked again. */
  onWordsChanged(listener: Listener<string[]>): () => void {
    this.wordListeners.add(listener);
    return () => void this.wordListeners.delete(listener);
  }

  /** Called once per language without a dictionary, with a sentence saying so. */
  onNote(listener: Listener<string>): () => void {
    this.noteListeners.add(listener);
    return () => void this.noteListeners.delete(listener);
  }

  /** Languages found to have no dictionary, with the reason (for a note that mounts late). */
  readonly notes = new Map<string, string>();

  /** `first`: the words read at start, before any check, so nothing needs checking again. */
  private setDeskWords(words: string[], first = false): void {
    if (words.join('\n') === this.deskWords.join('\n')) return;
    this.deskWords = words;
    this.post({ type: 'desk-words', words });
    if (!first) for (const listener of this.wordListeners) listener(words);
  }

  private ready(): boolean {
    this.disabled ||= typeof Worker === 'undefined' || !('newsroom' in window);
    return !this.disabled;
  }

  /** Starts the worker and the desk dictionary once; settles when the dictionary has been read. */
  private started(): Promise<void> {
    if (!this.worker) this.start();
    return this.deskWordsLoaded ?? Promise.resolve();
  }

  private start(): Worker {
    const worker = new Worker(new URL('./spelling-worker.ts', import.meta.url), {
      type: 'module',
      name: 'spelling',
    });
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'unavailable' && !this.unavailable.has(data.language)) {
        this.unavailable.add(data.language);
        this.notes.set(data.language, data.reason);
        for (const listener of this.noteListeners) listener(data.reason);
      }
      this.waiting.get(data.id)?.(data);
      this.waiting.delete(data.id);
    };
    this.worker = worker;
    onEvent('spelling:words', (words) => this.setDeskWords(words));
    this.deskWordsLoaded = call('spelling:words').then(
      (words) => this.setDeskWords(words, true),
      () => undefined,
    );
    return worker;
  }

  private post(message: ToWorker): void {
    if (this.ready()) (this.worker ?? this.start()).postMessage(message);
  }

  private request(message: Extract<ToWorker, { id: number }>): Promise<Answer> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.post({ ...message, id });
    });
  }
}

/** The window's one spelling service. */
export const spelling = new SpellingService();
