import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticle, type Article } from '../../../../core/article/article';
import { countBody } from '../../../../core/body/counts';
import { serializeArticle } from '../../../../electron/store/article-file';
import { articleFolderName } from '../../../../electron/store/layout';
import type { IndexProgress } from '../../../../electron/store/library-index';
import { Workspace } from '../../../../electron/store/workspace';
import { paragraphs, tempDir } from './temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const COUNT = 150;
const indexFile = () => path.join(dir, '.newsroom', 'index.json');

/** Writes `count` articles straight into folders, as a sync tool or a restored backup would. */
async function writeArticles(count: number): Promise<Article[]> {
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const article = createArticle(
      {
        headline: `Story ${i}`,
        status: i % 3 ? 'draft' : 'ready',
        body: paragraphs(`word `.repeat((i % 17) + 1), `second paragraph ${i}`),
      },
      new Date(Date.UTC(2021, 0, 1) + i * 86_400_000),
    );
    const folder = path.join(dir, articleFolderName(article.headline, article.id));
    await mkdir(folder);
    await writeFile(path.join(folder, 'article.json'), serializeArticle(article));
    articles.push(article);
  }
  return articles;
}

// Worker threads from the first folder on, so these small libraries take the path a big one takes.
const open = (progress?: IndexProgress[]) =>
  Workspace.open(dir, {
    indexParallelFrom: 0,
    onIndexProgress: progress ? (p) => progress.push({ ...p }) : undefined,
  });

describe('library index rebuilt in worker threads', () => {
  it('lists every article with its fields and word count, reporting progress to the end', async () => {
    const articles = await writeArticles(COUNT);
    const progress: IndexProgress[] = [];
    const ws = await open(progress);
    const list = await ws.articles.list();
    await ws.close();
    expect(list).toHaveLength(COUNT);
    const byId = new Map(list.map((e) => [e.id, e]));
    for (const a of articles)
      expect(byId.get(a.id)).toEqual({
        id: a.id,
        headline: a.headline,
        status: a.status,
        updated: a.updated,
        words: countBody(a.body).words,
      });
    expect(list.map((e) => e.updated)).toEqual(articles.map((a) => a.updated).reverse());
    expect(progress[0]).toEqual({ done: 0, total: COUNT });
    expect(progress.at(-1)).toEqual({ done: COUNT, total: COUNT });
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.done).toBeGreaterThanOrEqual(progress[i - 1]!.done);
    const index = JSON.parse(await readFile(indexFile(), 'utf8'));
    expect(Object.keys(index.articles)).toHaveLength(COUNT);
  });

  it('names unreadable files in their entries and lists all the others', async () => {
    const articles = await writeArticles(80);
    const folderOf = (a: Article) => path.join(dir, articleFolderName(a.headline, a.id));
    await writeFile(path.join(folderOf(articles[3]!), 'article.json'), '{"format": 2, "id": ');
    await writeFile(
      path.join(folderOf(articles[4]!), 'article.json'),
      JSON.stringify({ ...articles[4], status: 'published' }),
    );
    await writeFile(
      path.join(folderOf(articles[5]!), 'article.json'),
      JSON.stringify({ ...articles[5], format: 99 }),
    );
    await rm(path.join(folderOf(articles[6]!), 'article.json'));
    const outside = await tempDir();
    await writeFile(path.join(outside.dir, 'secret.json'), serializeArticle(articles[7]!));
    await rm(path.join(folderOf(articles[7]!), 'article.json'));
    await symlink(
      path.join(outside.dir, 'secret.json'),
      path.join(folderOf(articles[7]!), 'article.json'),
    );
    // A whole folder linked in from outside the workspace.
    const elsewhere = path.join(outside.dir, 'elsewhere');
    await rm(folderOf(articles[8]!), { recursive: true });
    await mkdir(elsewhere);
    await writeFile(path.join(elsewhere, 'article.json'), serializeArticle(articles[8]!));
    await symlink(elsewhere, folderOf(articles[8]!));
    // A file named like an article folder is not an article.
    await writeFile(path.join(dir, 'a-file--0123456789abcdef'), 'not a folder');
    const ws = await open();
    const list = await ws.articles.list();
    await ws.close();
    await outside.cleanup();
    const error = (a: Article) => list.find((e) => e.id === a.id)?.error;
    expect(list).toHaveLength(80);
    expect(error(articles[3]!)).toMatch(/^article\.json in "story-3--\w+" is not valid JSON/);
    expect(error(articles[4]!)).toMatch(/is not a valid article: status/);
    expect(error(articles[5]!)).toMatch(/format 99 is newer than this version/);
    expect(error(articles[6]!)).toMatch(/article\.json in "story-6--\w+" is missing/);
    expect(error(articles[7]!)).toMatch(/points outside the workspace/);
    expect(error(articles[8]!)).toMatch(/points outside the workspace/);
    expect(list.filter((e) => e.error)).toHaveLength(6);
  });

  it('rebuilds a corrupt index and, once it exists, rereads only what changed', async () => {
    const articles = await writeArticles(COUNT);
    await mkdir(path.join(dir, '.newsroom'), { recursive: true });
    await writeFile(indexFile(), '{"version": 1, "articles": {"x": ');
    // A file named like the folder of an article (files are checked before anything is read).
    await writeFile(path.join(dir, `zz-copy--${articles[9]!.id}`), 'not a folder');
    let progress: IndexProgress[] = [];
    let ws = await open(progress);
    expect(await ws.articles.list()).toHaveLength(COUNT);
    await ws.close();
    expect(progress.at(-1)).toEqual({ done: COUNT, total: COUNT });

    const edited = articles[10]!;
    await writeFile(
      path.join(dir, articleFolderName(edited.headline, edited.id), 'article.json'),
      serializeArticle({ ...edited, headline: 'Edited elsewhere' }),
    );
    progress = [];
    ws = await open(progress);
    const list = await ws.articles.list();
    await ws.close();
    expect(list.find((e) => e.id === edited.id)?.headline).toBe('Edited elsewhere');
    // One file changed: read in place, no worker pass to report.
    expect(progress).toEqual([]);
  });

  it('keeps a save made while the rebuild runs', async () => {
    const articles = await writeArticles(COUNT);
    const ws = await open();
    const listing = ws.articles.list();
    const target = articles[COUNT - 1]!;
    const { revision } = await ws.articles.read(target.id);
    const saved = await ws.articles.save({ ...target, headline: 'Saved meanwhile' }, revision);
    expect(saved.ok).toBe(true);
    const list = await listing;
    expect(list.find((e) => e.id === target.id)?.headline).toBe('Saved meanwhile');
    expect((await ws.articles.list()).find((e) => e.id === target.id)?.headline).toBe(
      'Saved meanwhile',
    );
    await ws.close();
  });
});
