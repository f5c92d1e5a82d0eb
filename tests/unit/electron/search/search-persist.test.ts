import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchService } from '../../../../electron/search/search-service';
import { SEARCH_INDEX_FILE } from '../../../../electron/search/search-index-file-name';
import { serializeArticle } from '../../../../electron/store/article-file';
import { Workspace } from '../../../../electron/store/workspace';
import { paragraphs, tempDir } from '../store/temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
let ws: Workspace | null = null;
let service: SearchService | null = null;

beforeEach(async () => ({ dir, cleanup } = await tempDir('newsroom-search-persist-')));
afterEach(async () => {
  await service?.close();
  await ws?.close();
  service = null;
  ws = null;
  await cleanup();
});

const indexFile = () => path.join(dir, '.newsroom', SEARCH_INDEX_FILE);

/** Opens the workspace and its persisted search index, waiting until it is current. */
async function openSearch() {
  ws = await Workspace.open(dir);
  service = SearchService.open(ws, { persist: true });
  const stats = await service.ready;
  const reconciled = await service.current;
  return { stats, reconciled };
}

async function closeSearch(): Promise<void> {
  await service?.close();
  await ws?.close();
  service = null;
  ws = null;
}

async function seed() {
  ws = await Workspace.open(dir);
  const floods = await ws.articles.create({
    headline: 'Floods in the valley',
    body: paragraphs('Rescuers reached Oberdorf at dawn.'),
  });
  const budget = await ws.articles.create({ headline: 'Budget vote', byline: 'Marta Oliveira' });
  const mayor = await ws.articles.create({
    headline: 'Mayor resigns',
    body: paragraphs('Kestrel'),
  });
  await ws.close();
  ws = null;
  return { floods: floods.article, budget: budget.article, mayor: mayor.article };
}

describe('persisted search index', () => {
  it('is built and saved when missing, then loaded instead of rebuilt', async () => {
    const { floods, budget } = await seed();
    const first = await openSearch();
    expect(first.stats).toMatchObject({ source: 'built', articles: 3 });
    expect(first.stats.rebuiltBecause).toMatch(/no saved index/);
    expect(await service!.query('oberdorf')).toEqual([floods.id]);
    await closeSearch();
    expect((await stat(indexFile())).size).toBeGreaterThan(0);

    const second = await openSearch();
    expect(second.stats).toMatchObject({ source: 'loaded', articles: 3 });
    expect(second.reconciled).toEqual({ added: 0, updated: 0, removed: 0, skipped: [] });
    expect(await service!.query('oberdorf')).toEqual([floods.id]);
    expect(await service!.query('oliv')).toEqual([budget.id]);
    expect(await service!.query('valley rescuers')).toEqual([floods.id]);
  });

  it('rereads only the articles changed, added or removed since it was saved (stale)', async () => {
    const { floods, budget, mayor } = await seed();
    await openSearch();
    await closeSearch();
    const folderOf = async (id: string) => {
      const w = await Workspace.open(dir, { lock: false });
      const folder = await w.articles.folder(id);
      await w.close();
      return folder;
    };
    // Another program edits one article and removes another; the app adds a third while closed.
    await writeFile(
      path.join(await folderOf(floods.id), 'article.json'),
      serializeArticle({ ...floods, body: paragraphs('Now about Quillmarsh instead.') }),
    );
    await rm(await folderOf(mayor.id), { recursive: true });
    const w = await Workspace.open(dir);
    const added = await w.articles.create({ headline: 'Harbour reopens' });
    await w.close();

    const { stats, reconciled } = await openSearch();
    expect(stats.source).toBe('loaded');
    expect(reconciled).toEqual({ added: 1, updated: 1, removed: 1, skipped: [] });
    expect(await service!.query('quillmarsh')).toEqual([floods.id]);
    expect(await service!.query('oberdorf')).toEqual([]);
    expect(await service!.query('kestrel')).toEqual([]);
    expect(await service!.query('harbour')).toEqual([added.article.id]);
    expect(await service!.query('budget')).toEqual([budget.id]);
  });

  it('keeps what the app saved, rereading it at the next start', async () => {
    const { budget } = await seed();
    await openSearch();
    const { revision } = await ws!.articles.read(budget.id);
    const changed = { ...budget, standfirst: 'Councillors argue over Zanzibar' };
    const saved = await ws!.articles.save(changed, revision);
    expect(saved.ok).toBe(true);
    service!.update(changed);
    expect(await service!.query('zanzibar')).toEqual([budget.id]);
    await closeSearch();

    const { stats, reconciled } = await openSearch();
    expect(stats.source).toBe('loaded');
    expect(reconciled?.updated).toBe(1);
    expect(await service!.query('zanzibar')).toEqual([budget.id]);
  });

  it.each([
    [
      'a flipped byte in the dictionary',
      (b: Buffer) => b.writeUInt8(b.readUInt8(70) ^ 0xff, 70),
      /checksum/,
    ],
    ['a truncated file', (b: Buffer) => b.subarray(0, b.length - 8), /wrong size/],
    ['another version', (b: Buffer) => b.writeUInt32LE(999, 4), /version 999/],
    ['not an index at all', () => Buffer.from('{"hello": 1}'), /not a search index|too short/],
  ])('is rebuilt from the folders after %s (corrupt)', async (_name, damage, reason) => {
    const { floods } = await seed();
    await openSearch();
    await closeSearch();
    const bytes = await readFile(indexFile());
    const result = damage(bytes);
    await writeFile(indexFile(), Buffer.isBuffer(result) ? result : bytes);
    const { stats } = await openSearch();
    expect(stats).toMatchObject({ source: 'built', articles: 3 });
    expect(stats.rebuiltBecause).toMatch(reason);
    expect(await service!.query('oberdorf')).toEqual([floods.id]);
    await closeSearch();
    // Saved again, sound this time.
    const again = await openSearch();
    expect(again.stats.source).toBe('loaded');
  });

  it('is rebuilt when a query reads damaged postings, and answers from the rebuilt index', async () => {
    const { floods, budget } = await seed();
    await openSearch();
    await closeSearch();
    const bytes = await readFile(indexFile());
    // Header word 8: where the postings start; every byte after it is flipped.
    const postingsAt = bytes.readUInt32LE(32);
    for (let i = postingsAt; i < bytes.length; i++) bytes[i] = bytes[i]! ^ 0xff;
    await writeFile(indexFile(), bytes);

    const { stats } = await openSearch();
    // The dictionary is sound: loaded, postings checked only when read.
    expect(stats.source).toBe('loaded');
    expect(await service!.query('oberdorf')).toEqual([floods.id]);
    expect(await service!.query('oliv')).toEqual([budget.id]);
    await closeSearch();
    const again = await openSearch();
    expect(again.stats.source).toBe('loaded');
    expect(await service!.query('valley')).toEqual([floods.id]);
    expect(await readFile(indexFile())).not.toEqual(bytes);
  });
});
