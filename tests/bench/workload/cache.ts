import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../../core/article/article';
import { serializeArticle } from '../../../electron/store/article-file';
import { ARTICLE_FILE, articleFolderName } from '../../../electron/store/layout';
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
