import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticle, type Article } from '../../../../core/article/article';
import { SearchError, SearchService } from '../../../../electron/search/search-service';
import { articleFolderName } from '../../../../electron/store/layout';

let root: string;
let service: SearchService | null = null;

async function put(article: Article): Promise<void> {
  const folder = path.join(root, articleFolderName(article.headline, article.id));
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'article.json'), JSON.stringify(article, null, 2));
}

const paragraph = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'newsroom-search-'));
});

afterEach(async () => {
  await service?.close();
  service = null;
  await rm(root, { recursive: true, force: true });
});

describe('SearchService', () => {
  it('indexes the article folders in a worker and answers queries', async () => {
    const floods = createArticle({
      headline: 'Floods in the valley',
      body: paragraph('Rescuers reached Oberdorf.'),
    });
    const budget = createArticle({ headline: 'Budget vote', byline: 'Marta Oliveira' });
    await put(floods);
    await put(budget);
    // Not articles: ignored.
    await mkdir(path.join(root, '.trash', 'old--0123456789abcdef'), { recursive: true });
    await mkdir(path.join(root, 'notes'));
    await writeFile(path.join(root, 'readme.txt'), 'hello');

    service = SearchService.open({ root });
    await expect(service.ready).resolves.toMatchObject({ articles: 2, skipped: [] });
    expect(await service.query('oberdorf')).toEqual([floods.id]);
    expect(await service.query('oliv')).toEqual([budget.id]);
    expect(await service.query('valley rescuers')).toEqual([floods.id]);
    expect(await service.query('')).toEqual([]);
  });

  it('skips unreadable article files and names them', async () => {
    const good = createArticle({ headline: 'Good' });
    await put(good);
    const bad = path.join(root, 'broken--abcdefghjkmnpqrs');
    await mkdir(bad);
    await writeFile(path.join(bad, 'article.json'), '{ not json');

    service = SearchService.open({ root });
    const stats = await service.ready;
    expect(stats.articles).toBe(1);
    expect(stats.skipped).toHaveLength(1);
    expect(stats.skipped[0]).toMatch(/^broken--abcdefghjkmnpqrs: /);
  });

  it('follows updates and removals in order', async () => {
    service = SearchService.open({ root });
    const article = createArticle({ headline: 'Council meets' });
    service.update(article);
    expect(await service.query('council')).toEqual([article.id]);

    service.update({ ...article, headline: 'Mayor resigns' });
    expect(await service.query('council')).toEqual([]);
    expect(await service.query('mayor')).toEqual([article.id]);

    service.remove(article.id);
    expect(await service.query('mayor')).toEqual([]);
  });

  it('maps results to the right ids while the worker renumbers its documents', async () => {
    service = SearchService.open({ root });
    await service.ready;
    const articles = Array.from({ length: 1500 }, (_, i) =>
      createArticle({ headline: `Storm ${i} tally${i}x` }),
    );
    for (const a of articles) service.update(a);
    expect(await service.query('tally7x')).toEqual([articles[7]!.id]);
    // 1,200 replacements leave enough removed numbers behind for a renumbering.
    for (let round = 0; round < 3; round++) {
      for (const a of articles.slice(0, 400)) service.update({ ...a, headline: `Gale ${round}` });
      expect(await service.query(`gale ${round}`)).toHaveLength(400);
      expect(await service.query('tally1499x')).toEqual([articles[1499]!.id]);
    }
    expect(await service.query('tally7x')).toEqual([]);
    expect(await service.query('tally1234x')).toEqual([articles[1234]!.id]);
    expect(new Set(await service.query('storm'))).toEqual(
      new Set(articles.slice(400).map((a) => a.id)),
    );
  });

  it('rebuilds from disk and honours the limit', async () => {
    service = SearchService.open({ root });
    await service.ready;
    for (let i = 0; i < 5; i++) await put(createArticle({ headline: `Storm report ${i}` }));
    expect(await service.query('storm')).toEqual([]);
    await expect(service.rebuild()).resolves.toMatchObject({ articles: 5 });
    expect(await service.query('storm')).toHaveLength(5);
    expect(await service.query('storm', { limit: 2 })).toHaveLength(2);
    const timed = await service.queryTimed('storm');
    expect(timed.ms).toBeGreaterThanOrEqual(0);
  });

  it('fails clearly for a missing workspace and after close', async () => {
    service = SearchService.open({ root: path.join(root, 'missing') });
    await expect(service.ready).rejects.toThrow(/search index: ENOENT/);
    await service.close();
    await expect(service.query('x')).rejects.toBeInstanceOf(SearchError);
    expect(() => service!.remove('x')).toThrow(/closed/);
  });
});
