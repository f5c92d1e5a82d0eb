import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../core/article/article';
import { StoreError } from '../../../../electron/store/store-error';
import { freshWorkspace } from './fresh-workspace';
import { paragraphs } from './temp-workspace';

const t = freshWorkspace();

describe('articles', () => {
  it('creates an article folder named from the headline slug and id, with article.json and photos/', async () => {
    const { article, revision } = await t.ws.articles.create({ headline: 'Floods in Ålesund!' });
    const folder = await t.ws.articles.folder(article.id);
    expect(path.basename(folder)).toBe(`floods-in-alesund--${article.id}`);
    const stored = JSON.parse(await readFile(path.join(folder, 'article.json'), 'utf8'));
    expect(stored.format).toBe(3);
    expect(parseArticle(stored)).toEqual(article);
    expect(existsSync(path.join(folder, 'photos'))).toBe(true);
    expect(revision).toMatch(/^[0-9a-f]{64}$/);
  });

  it('saves and reads back exactly what was written', async () => {
    const { article, revision } = await t.ws.articles.create({ headline: 'Budget' });
    const edited = { ...article, kicker: 'Council', body: paragraphs('One two three.') };
    const result = await t.ws.articles.save(edited, revision);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const again = await t.ws.articles.read(article.id);
    expect(again.revision).toBe(result.revision);
    expect(again.article).toEqual({ ...edited, updated: result.updated });
  });

  it('returns a conflict instead of overwriting a file that changed on disk', async () => {
    const { article, revision } = await t.ws.articles.create({ headline: 'Budget' });
    const file = path.join(await t.ws.articles.folder(article.id), 'article.json');
    const theirs = { ...article, standfirst: 'Edited elsewhere' };
    await writeFile(file, JSON.stringify(theirs));
    const before = await readFile(file, 'utf8');
    const result = await t.ws.articles.save({ ...article, standfirst: 'Mine' }, revision);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflict.theirs.standfirst).toBe('Edited elsewhere');
    expect(await readFile(file, 'utf8')).toBe(before);
    const retry = await t.ws.articles.save(
      { ...article, standfirst: 'Mine' },
      result.conflict.revision,
    );
    expect(retry.ok).toBe(true);
  });

  it('does not rewrite the file when nothing but the save time would change', async () => {
    const { article, revision } = await t.ws.articles.create({ headline: 'Blur' });
    const file = path.join(await t.ws.articles.folder(article.id), 'article.json');
    const before = await stat(file);
    const result = await t.ws.articles.save({ ...article }, revision);
    expect(result).toEqual({ ok: true, revision, updated: article.updated });
    const after = await stat(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('keeps both: saveCopy makes a new article with the photos', async () => {
    const { article } = await t.ws.articles.create({ headline: 'Budget' });
    const photo = await t.ws.photos.add(article.id, {
      name: 'a.JPG',
      bytes: new Uint8Array([1, 2]),
    });
    const copy = await t.ws.articles.saveCopy({ ...article, standfirst: 'Mine' });
    expect(copy.article.id).not.toBe(article.id);
    expect(copy.article.headline).toBe('Budget (copy)');
    expect(copy.article.standfirst).toBe('Mine');
    expect(await readFile(await t.ws.photos.path(copy.article.id, photo))).toEqual(
      Buffer.from([1, 2]),
    );
    expect((await t.ws.articles.list()).map((e) => e.id).sort()).toEqual(
      [article.id, copy.article.id].sort(),
    );
  });

  it('lists articles with headline, status, updated and words', async () => {
    const a = await t.ws.articles.create({ headline: 'First', body: paragraphs('one two three') });
    const b = await t.ws.articles.create({ headline: 'Second', status: 'ready' });
    const list = await t.ws.articles.list();
    expect(list).toHaveLength(2);
    expect(list.find((e) => e.id === a.article.id)).toEqual({
      id: a.article.id,
      headline: 'First',
      status: 'draft',
      updated: a.article.updated,
      words: 3,
    });
    expect(list.find((e) => e.id === b.article.id)?.status).toBe('ready');
  });

  it('shows a corrupt article.json as an error entry naming the file, never overwrites it, and loads the others', async () => {
    const good = await t.ws.articles.create({ headline: 'Good' });
    const bad = await t.ws.articles.create({ headline: 'Floods' });
    const folder = await t.ws.articles.folder(bad.article.id);
    const file = path.join(folder, 'article.json');
    await writeFile(file, '{"format": 1, "id": ');
    const list = await t.ws.articles.list();
    expect(list.find((e) => e.id === good.article.id)?.error).toBeUndefined();
    const entry = list.find((e) => e.id === bad.article.id);
    expect(entry?.error).toMatch(
      new RegExp(`^article\\.json in "floods--${bad.article.id}" is not valid JSON: `),
    );
    await expect(t.ws.articles.read(bad.article.id)).rejects.toThrow(
      /article\.json in "floods--.*" is not valid JSON/,
    );
    await expect(t.ws.articles.save(bad.article, bad.revision)).rejects.toThrow(StoreError);
    expect(await readFile(file, 'utf8')).toBe('{"format": 1, "id": ');
  });

  it('names the field when article.json is JSON but not an article', async () => {
    const { article } = await t.ws.articles.create({ headline: 'Floods' });
    const folder = await t.ws.articles.folder(article.id);
    await writeFile(
      path.join(folder, 'article.json'),
      JSON.stringify({ ...article, status: 'gone' }),
    );
    await expect(t.ws.articles.read(article.id)).rejects.toThrow(/is not a valid article: status/);
  });

  it('reports a missing article.json', async () => {
    const { article } = await t.ws.articles.create({ headline: 'Floods' });
    await rm(path.join(await t.ws.articles.folder(article.id), 'article.json'));
    await expect(t.ws.articles.read(article.id)).rejects.toThrow(
      /article\.json in "floods--.*" is missing/,
    );
    expect((await t.ws.articles.list())[0]?.error).toMatch(/is missing/);
  });
});
