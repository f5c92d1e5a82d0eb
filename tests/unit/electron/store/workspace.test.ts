import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../core/article/article';
import { StoreError, Workspace, defaultWorkspaceDir } from '../../../../electron/store/workspace';
import { paragraphs, tempDir } from './temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
let ws: Workspace;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  ws = await Workspace.open(dir);
});
afterEach(async () => {
  await ws.close();
  await cleanup();
});

describe('Workspace basics', () => {
  it('defaults to ~/Documents/Newsroom', () => {
    expect(defaultWorkspaceDir('/home/ann')).toBe(path.join('/home/ann', 'Documents', 'Newsroom'));
    expect(defaultWorkspaceDir()).toBe(path.join(os.homedir(), 'Documents', 'Newsroom'));
  });

  it('creates the layout, including a missing workspace folder', async () => {
    const nested = path.join(dir, 'deep', 'Newsroom');
    const other = await Workspace.open(nested);
    expect(other.root).toBe(nested);
    expect(existsSync(path.join(nested, '.trash'))).toBe(true);
    expect(existsSync(path.join(nested, '.newsroom', 'lock'))).toBe(true);
    await other.close();
    expect(existsSync(path.join(nested, '.newsroom', 'lock'))).toBe(false);
  });

  it('creates an article folder named from the headline slug and id, with article.json and photos/', async () => {
    const { article, revision } = await ws.articles.create({ headline: 'Floods in Ålesund!' });
    const folder = await ws.articles.folder(article.id);
    expect(path.basename(folder)).toBe(`floods-in-alesund--${article.id}`);
    const stored = JSON.parse(await readFile(path.join(folder, 'article.json'), 'utf8'));
    expect(stored.format).toBe(1);
    expect(parseArticle(stored)).toEqual(article);
    expect(existsSync(path.join(folder, 'photos'))).toBe(true);
    expect(revision).toMatch(/^[0-9a-f]{64}$/);
  });

  it('saves and reads back exactly what was written', async () => {
    const { article, revision } = await ws.articles.create({ headline: 'Budget' });
    const edited = { ...article, kicker: 'Council', body: paragraphs('One two three.') };
    const result = await ws.articles.save(edited, revision);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const again = await ws.articles.read(article.id);
    expect(again.revision).toBe(result.revision);
    expect(again.article).toEqual({ ...edited, updated: result.updated });
  });

  it('returns a conflict instead of overwriting a file that changed on disk', async () => {
    const { article, revision } = await ws.articles.create({ headline: 'Budget' });
    const file = path.join(await ws.articles.folder(article.id), 'article.json');
    const theirs = { ...article, standfirst: 'Edited elsewhere' };
    await writeFile(file, JSON.stringify(theirs));
    const before = await readFile(file, 'utf8');
    const result = await ws.articles.save({ ...article, standfirst: 'Mine' }, revision);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflict.theirs.standfirst).toBe('Edited elsewhere');
    expect(await readFile(file, 'utf8')).toBe(before);
    const retry = await ws.articles.save(
      { ...article, standfirst: 'Mine' },
      result.conflict.revision,
    );
    expect(retry.ok).toBe(true);
  });

  it('keeps both: saveCopy makes a new article with the photos', async () => {
    const { article } = await ws.articles.create({ headline: 'Budget' });
    const photo = await ws.photos.add(article.id, { name: 'a.JPG', bytes: new Uint8Array([1, 2]) });
    const copy = await ws.articles.saveCopy({ ...article, standfirst: 'Mine' });
    expect(copy.article.id).not.toBe(article.id);
    expect(copy.article.headline).toBe('Budget (copy)');
    expect(copy.article.standfirst).toBe('Mine');
    expect(await readFile(await ws.photos.path(copy.article.id, photo))).toEqual(
      Buffer.from([1, 2]),
    );
    expect((await ws.articles.list()).map((e) => e.id).sort()).toEqual(
      [article.id, copy.article.id].sort(),
    );
  });

  it('renames the folder when the headline slug changes, keeping the id', async () => {
    const { article, revision } = await ws.articles.create({ headline: 'Draft' });
    const result = await ws.articles.save({ ...article, headline: 'Final headline' }, revision);
    expect(result.ok).toBe(true);
    expect(path.basename(await ws.articles.folder(article.id))).toBe(
      `final-headline--${article.id}`,
    );
    expect((await readdir(dir)).filter((n) => n.endsWith(article.id))).toHaveLength(1);
    expect((await ws.articles.read(article.id)).article.headline).toBe('Final headline');
  });

  it('lists articles with headline, status, updated and words', async () => {
    const a = await ws.articles.create({ headline: 'First', body: paragraphs('one two three') });
    const b = await ws.articles.create({ headline: 'Second', status: 'ready' });
    const list = await ws.articles.list();
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
    const good = await ws.articles.create({ headline: 'Good' });
    const bad = await ws.articles.create({ headline: 'Floods' });
    const folder = await ws.articles.folder(bad.article.id);
    const file = path.join(folder, 'article.json');
    await writeFile(file, '{"format": 1, "id": ');
    const list = await ws.articles.list();
    expect(list.find((e) => e.id === good.article.id)?.error).toBeUndefined();
    const entry = list.find((e) => e.id === bad.article.id);
    expect(entry?.error).toMatch(
      new RegExp(`^article\\.json in "floods--${bad.article.id}" is not valid JSON: `),
    );
    await expect(ws.articles.read(bad.article.id)).rejects.toThrow(
      /article\.json in "floods--.*" is not valid JSON/,
    );
    await expect(ws.articles.save(bad.article, bad.revision)).rejects.toThrow(StoreError);
    expect(await readFile(file, 'utf8')).toBe('{"format": 1, "id": ');
  });

  it('names the field when article.json is JSON but not an article', async () => {
    const { article } = await ws.articles.create({ headline: 'Floods' });
    const folder = await ws.articles.folder(article.id);
    await writeFile(
      path.join(folder, 'article.json'),
      JSON.stringify({ ...article, status: 'gone' }),
    );
    await expect(ws.articles.read(article.id)).rejects.toThrow(/is not a valid article: status/);
  });

  it('reports a missing article.json', async () => {
    const { article } = await ws.articles.create({ headline: 'Floods' });
    await rm(path.join(await ws.articles.folder(article.id), 'article.json'));
    await expect(ws.articles.read(article.id)).rejects.toThrow(
      /article\.json in "floods--.*" is missing/,
    );
    expect((await ws.articles.list())[0]?.error).toMatch(/is missing/);
  });

  it('moves deleted articles to .trash with a unique name', async () => {
    const { article } = await ws.articles.create({ headline: 'Gone' });
    const name = path.basename(await ws.articles.folder(article.id));
    await ws.articles.delete(article.id);
    expect(existsSync(path.join(dir, name))).toBe(false);
    expect(existsSync(path.join(dir, '.trash', name, 'article.json'))).toBe(true);
    expect(await ws.articles.list()).toEqual([]);
    await expect(ws.articles.read(article.id)).rejects.toThrow(/does not exist/);
    // A second folder of the same name (restored by hand, deleted again) gets another name.
    await writeFile(path.join(dir, '.trash', 'marker'), '');
    const { rename } = await import('node:fs/promises');
    await rename(path.join(dir, '.trash', name), path.join(dir, name));
    await writeFile(path.join(dir, '.trash', name), 'occupied');
    await ws.articles.delete(article.id);
    const trash = await readdir(path.join(dir, '.trash'));
    expect(trash.filter((n) => n.startsWith(name))).toHaveLength(2);
  });

  it('adds photos with unique, sanitized names and a lower-case extension', async () => {
    const { article } = await ws.articles.create({ headline: 'Photo' });
    const fixture = path.join(dir, 'Harbour View.JPG');
    await writeFile(fixture, 'jpeg bytes');
    const first = await ws.photos.add(article.id, { path: fixture });
    const second = await ws.photos.add(article.id, { path: fixture });
    const third = await ws.photos.add(article.id, {
      name: '../../evil/..\\CON.Png',
      bytes: new Uint8Array([7]),
    });
    expect(first).toBe('Harbour View.jpg');
    expect(second).toBe('Harbour View-2.jpg');
    expect(third).toBe('photo-CON.png');
    expect(await readFile(await ws.photos.path(article.id, first), 'utf8')).toBe('jpeg bytes');
    const photos = await readdir(path.join(await ws.articles.folder(article.id), 'photos'));
    expect(photos.sort()).toEqual(['Harbour View-2.jpg', 'Harbour View.jpg', 'photo-CON.png']);
  });

  it('refuses to add a photo that does not exist, naming it', async () => {
    const { article } = await ws.articles.create();
    await expect(ws.photos.add(article.id, { path: path.join(dir, 'nope.jpg') })).rejects.toThrow(
      /photo ".*nope\.jpg" cannot be read/,
    );
  });

  it('remembers the last article across reopen, and forgets deleted ones', async () => {
    expect(await ws.lastArticle.get()).toBeNull();
    const { article } = await ws.articles.create();
    await ws.lastArticle.set(article.id);
    await ws.close();
    ws = await Workspace.open(dir);
    expect(await ws.lastArticle.get()).toBe(article.id);
    await ws.articles.delete(article.id);
    expect(await ws.lastArticle.get()).toBeNull();
  });

  it('refuses to work after close', async () => {
    await ws.close();
    await expect(ws.articles.list()).rejects.toThrow(/closed/);
  });
});

describe('saveOrRefuse (the CLI’s save)', () => {
  it('saves when the file is unchanged and refuses, naming the file, when it changed on disk', async () => {
    const { saveOrRefuse } = await import('../../../../electron/store/save-or-refuse');
    const { article, revision } = await ws.articles.create({ headline: 'Wire copy' });
    const saved = await saveOrRefuse(ws.articles, { ...article, kicker: 'Update' }, revision);
    expect(saved.revision).not.toBe(revision);
    const file = path.join(await ws.articles.folder(article.id), 'article.json');
    const newer = await readFile(file, 'utf8');
    await expect(
      saveOrRefuse(ws.articles, { ...article, kicker: 'Stale' }, revision),
    ).rejects.toThrow(
      `article.json in "wire-copy--${article.id}" changed on disk since it was read; it was not overwritten`,
    );
    expect(await readFile(file, 'utf8')).toBe(newer);
  });
});

describe('leftovers of killed writers', () => {
  it('removes temp files in an article folder on its first save, and everywhere after a crash', async () => {
    const { article, revision } = await ws.articles.create({ headline: 'Leftovers' });
    const folder = await ws.articles.folder(article.id);
    await ws.close();
    // A CLI killed mid-save (no lock involved) leaves a temp file beside article.json.
    const stray = path.join(folder, '.article.json.abc123.newsroom-tmp');
    await writeFile(stray, '{"half');
    ws = await Workspace.open(dir);
    expect(existsSync(stray)).toBe(true);
    const saved = await ws.articles.save({ ...article, kicker: 'x' }, revision);
    expect(saved.ok).toBe(true);
    expect(existsSync(stray)).toBe(false);
    await ws.close();

    // A crashed app leaves its lock behind: the next open sweeps every folder at once.
    await writeFile(stray, '{"half');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(dir, '.newsroom'), { recursive: true });
    const dead = {
      pid: 2 ** 22 + 12345,
      host: os.hostname(),
      time: new Date().toISOString(),
      token: 'x',
    };
    await writeFile(path.join(dir, '.newsroom', 'lock'), JSON.stringify(dead));
    ws = await Workspace.open(dir);
    expect(ws.readOnly).toBe(false);
    expect(existsSync(stray)).toBe(false);
  });
});

describe('saving unchanged text', () => {
  it('does not rewrite the file when nothing but the save time would change', async () => {
    const { article, revision } = await ws.articles.create({ headline: 'Blur' });
    const file = path.join(await ws.articles.folder(article.id), 'article.json');
    const { stat } = await import('node:fs/promises');
    const before = await stat(file);
    const result = await ws.articles.save({ ...article }, revision);
    expect(result).toEqual({ ok: true, revision, updated: article.updated });
    const after = await stat(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });
});
