// The spelling worker: loads a language's Hunspell dictionary once, on first use, and checks text
// and suggests words off the typing thread.
import { dictionaryFor } from '../../../core/spelling/dictionaries';
import type { SpellChecker } from '../../../core/spelling/spell-checker';
import { loadSpellChecker } from './load-checker';
import { checkBlocks } from './check-blocks';
import type { FromWorker, ToWorker } from './worker-protocol';

type Loaded = { checker: SpellChecker } | { unavailable: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};
const loaded = new Map<string, Promise<Loaded>>();
let deskWords: string[] = [];

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function checkerFor(language: string): Promise<Loaded> {
  const dictionary = dictionaryFor(language);
  if (!dictionary)
    return Promise.resolve({ unavailable: `no spelling dictionary for “${language}”` });
  let pending = loaded.get(dictionary.id);
  if (!pending) {
    // The main process serves the shipped dictionary files at the app's own origin.
    const base = new URL(`/dictionaries/${dictionary.id}`, self.location.origin).href;
    pending = Promise.all([fetchBytes(`${base}.aff`), fetchBytes(`${base}.dic`)])
      .then(async ([aff, dic]): Promise<Loaded> => {
        const checker = await loadSpellChecker(aff, dic);
        checker.setDeskWords(deskWords);
        return { checker };
      })
      .catch((error: unknown) => ({
        unavailable: `the ${dictionary.name} dictionary could not be loaded (${String(error)})`,
      }));
    loaded.set(dictionary.id, pending);
  }
  return pending;
}

scope.onmessage = async ({ data }) => {
  if (data.type === 'desk-words') {
    deskWords = data.words;
    for (const pending of loaded.values()) {
      const result = await pending;
      if ('checker' in result) result.checker.setDeskWords(deskWords);
    }
    return;
  }
  const result = await checkerFor(data.language);
  if ('unavailable' in result) {
    scope.postMessage({
      type: 'unavailable',
      id: data.id,
      language: data.language,
      reason: result.unavailable,
    });
  } else if (data.type === 'check') {
    scope.postMessage({
      type: 'checked',
      id: data.id,
      blocks: checkBlocks(result.checker, data.blocks),
    });
  } else {
    scope.postMessage({
      type: 'suggestions',
      id: data.id,
      words: result.checker.suggest(data.word),
    });
  }
};
