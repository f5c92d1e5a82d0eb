import { existsSync } from 'node:fs';
import os from 'node:os';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../../core/article/article';
import { serializeArticle } from '../../../electron/store/article-file';
import { ARTICLE_FILE, articleFolderName } from '../../../electron/store/layout';
import { startWorker } from '../../../electron/workers/start-worker';
import { generateArticle } from './article-generator';

/** Bump when the generator changes, so stale caches are not reused. */
const WORKLOAD_VERSION = 1;

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const benchDir = path.join(repoRoot, '.bench');
const cacheDir = path.join(benchDir, `workload-v${WORKLOAD_VERSION}`);

/** Article sizes (words) of the single-article scenarios. */
export const articleSizes = { '1.5k': 1_500, '10k': 10_000, '50k': 50_000 } as const;
export type ArticleSize = keyof typeof articleSizes;

/** The generated article of a size, cached as JSON. */
export async function benchArticle(size: ArticleSize): Promise<Article> {
  const file = path.join(cacheDir, 'articles', `article-${size}.json`);
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Article;
  const article = generateArticle(1_000_000, articleSizes[size]);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(article));
  return article;
}

/** Words per article in the generated workspaces. */
export const WORKSPACE_ARTICLE_WORDS = 1_500;

/**
 * A workspace folder of `count` generated 1,500-word articles in the store's layout, written once and
 * reused (a marker file says it is complete). The store builds its own index on first open.
 */
export async function benchWorkspace(
  count: number,
  log: (line: string) => void,
): Promise<{ root: string; ids: string[] }> {
  const root = path.join(cacheDir, `workspace-${count}`);
  const marker = path.join(cacheDir, `workspace-${count}.ids.json`);
  if (existsSync(marker))
    return { root, ids: JSON.parse(await readFile(marker, 'utf8')) as string[] };
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const started = performance.now();
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const article = generateArticle(n, WORKSPACE_ARTICLE_WORDS);
    const folder = path.join(root, articleFolderName(article.headline, article.id));
    await mkdir(folder);
    await writeFile(path.join(folder, ARTICLE_FILE), serializeArticle(article));
    ids.push(article.id);
    if ((n + 1) % 2000 === 0) log(`generated ${n + 1}/${count} articles`);
  }
  await writeFile(marker, JSON.stringify(ids));
  log(
    `workspace of ${count} articles written in ${Math.round(performance.now() - started)} ms: ${root}`,
  );
  return { root, ids };
}

/** Articles in the archive: six years of a small paper (about 50 stories a day). */
export const ARCHIVE_SIZE = 100_000;

/**
 * The archive: `count` articles of 600–900 words dated over six years, in the store's layout, written
 * once by one worker thread per core and reused (a marker file says it is complete).
 */
export async function benchArchive(
  log: (line: string) => void,
  count = ARCHIVE_SIZE,
): Promise<{ root: string; ids: string[] }> {
  const root = path.join(cacheDir, `archive-${count}`);
  const marker = path.join(cacheDir, `archive-${count}.ids.json`);
  if (existsSync(marker))
    return { root, ids: JSON.parse(await readFile(marker, 'utf8')) as string[] };
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const started = performance.now();
  const threads = Math.max(1, Math.min(os.cpus().length, 8));
  const per = Math.ceil(count / threads);
  let done = 0;
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const worker = startWorker(
        new URL('./archive-worker.ts', import.meta.url),
        new URL('./archive-worker.ts', import.meta.url),
        { workerData: { root, from: t * per, to: Math.min(count, (t + 1) * per) } },
      );
      return new Promise<string[]>((resolve, reject) => {
        worker.on(
          'message',
          (m: { type: 'progress'; done: number } | { type: 'done'; ids: string[] }) => {
            if (m.type === 'done') return resolve(m.ids);
            done += m.done;
            if (done % 10_000 === 0) log(`archive: ${done}/${count} articles written`);
          },
        );
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`archive writer stopped with exit code ${code}`));
        });
      });
    }),
  );
  const ids = parts.flat();
  await writeFile(marker, JSON.stringify(ids));
  log(
    `archive of ${count} articles written in ${Math.round(performance.now() - started)} ms by ${threads} threads: ${root}`,
  );
  return { root, ids };
}
