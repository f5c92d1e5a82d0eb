import { readFileSync } from 'node:fs';
import { bodySchema } from '../../../core/body/schema';
import { SpellChecker } from '../../../core/spelling/spell-checker';
import { checkableWords } from '../../../core/spelling/words';
import { dictionaryFilePath } from '../../../electron/spelling/dictionary-files';
import { textblocksIn } from '../../../renderer/src/editor/spelling-decorations';
import { loadHunspell } from '../../../renderer/src/spelling/load-checker';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { median, spread } from '../lib/stats';
import { benchArticle } from '../workload/cache';

const TARGET = 1.3;
const RUNS = 7;

/**
 * spellcheck-50k: the first full check of the 50,000-word article as the app does it (every
 * textblock's text taken from the ProseMirror document, its words picked and checked by a fresh
 * SpellChecker, misspelled ranges out) against bare `nspell.correct` over the same words, already
 * picked, on the same loaded English dictionary; alternated A B B A.
 */
export async function spellcheckScenario(ctx: BenchContext): Promise<BenchResult> {
  const article = await benchArticle('50k');
  const doc = bodySchema().nodeFromJSON(article.body);
  const read = (part: 'aff' | 'dic') => readFileSync(dictionaryFilePath('en', part)!, 'utf8');
  const loadStart = performance.now();
  const engine = loadHunspell(read('aff'), read('dic'));
  const loadMs = performance.now() - loadStart;
  const blocks = textblocksIn(doc, [[0, doc.content.size]]);
  const words = blocks.flatMap((block) => checkableWords(block.text).map((w) => w.word));
  ctx.log(`spellcheck-50k: ${words.length} words, ${new Set(words).size} distinct`);

  let misspelled = 0;
  const app = (): void => {
    const checker = new SpellChecker(engine);
    misspelled = 0;
    for (const block of textblocksIn(doc, [[0, doc.content.size]])) {
      misspelled += checker.misspelled(block.text).length;
    }
  };
  let floorMisspelled = 0;
  const floor = (): void => {
    floorMisspelled = 0;
    for (const word of words) if (!engine.correct(word)) floorMisspelled++;
  };
  app();
  floor();
  const times = { app: [] as number[], floor: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    const order: ['app' | 'floor', () => void][] =
      i % 2 === 0
        ? [
            ['app', app],
            ['floor', floor],
          ]
        : [
            ['floor', floor],
            ['app', app],
          ];
    for (const [side, run] of order) {
      const start = performance.now();
      run();
      times[side].push(performance.now() - start);
    }
  }
  const value = median(times.app);
  const floorMs = median(times.floor);
  return result('spellcheck-50k', value, floorMs, {
    statistic: 'median per full check, app and floor alternated',
    target: `ratio ≤ ${TARGET}`,
    met: value / floorMs <= TARGET,
    runsEach: RUNS,
    words: words.length,
    distinctWords: new Set(words).size,
    misspelled,
    floorMisspelled,
    dictionaryLoadMs: Math.round(loadMs),
    appSpread: spread(times.app),
    floorSpread: spread(times.floor),
  });
}
