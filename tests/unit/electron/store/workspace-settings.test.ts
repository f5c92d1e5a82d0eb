import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../core/article/article';
import { StoreError } from '../../../../electron/store/store-error';
import { Workspace } from '../../../../electron/store/workspace';
import { freshWorkspace } from './fresh-workspace';

const t = freshWorkspace();
const settingsFile = () => path.join(t.dir, '.newsroom', 'settings.json');
const formatOne = new URL('../../../fixtures/format-1/', import.meta.url);

describe('workspace settings', () => {
  it('default to English without a settings file', async () => {
    expect(await t.ws.settings.read()).toEqual({ language: 'en' });
    expect((await t.ws.articles.create()).article.language).toBe('en');
  });

  it("give new articles the workspace's language, unless the caller names one", async () => {
    expect(await t.ws.settings.update({ language: 'NB-no' })).toEqual({ language: 'nb-NO' });
    expect((await t.ws.articles.create()).article.language).toBe('nb-NO');
    expect((await t.ws.articles.create({ language: 'ar' })).article.language).toBe('ar');
  });

  it('keep keys they do not know, so a newer version’s settings survive', async () => {
    await writeFile(settingsFile(), JSON.stringify({ language: 'he', dictionary: 'desk.txt' }));
    await t.ws.settings.update({ language: 'ar' });
    expect(JSON.parse(await readFile(settingsFile(), 'utf8'))).toEqual({
      language: 'ar',
      dictionary: 'desk.txt',
    });
  });

  it('refuse a broken file by name and leave it alone', async () => {
    await writeFile(settingsFile(), '{ "language": ');
    await expect(t.ws.settings.read()).rejects.toThrow(
      /^\.newsroom\/settings\.json is not valid JSON: /,
    );
    await expect(t.ws.articles.create()).rejects.toBeInstanceOf(StoreError);
    await writeFile(settingsFile(), '{ "language": "en_GB" }');
    await expect(t.ws.settings.update({})).rejects.toThrow(
      '.newsroom/settings.json is not valid: language: "en_GB" is not a BCP 47 language tag',
    );
    expect(await readFile(settingsFile(), 'utf8')).toBe('{ "language": "en_GB" }');
    await expect(t.ws.settings.update({ language: 'Arabic!' })).rejects.toThrow(/language/);
  });
});

describe('a workspace with a format 1 article', () => {
  async function placeFormatOne(): Promise<string> {
    const folder = path.join(t.dir, 'ferry-strike-ends-after-three-days--0123456789abcdef');
    await mkdir(folder);
    await cp(new URL('article.json', formatOne), path.join(folder, 'article.json'));
    return folder;
  }

  it('lists, reads and saves it, writing format 2 only when it changes', async () => {
    const folder = await placeFormatOne();
    const [entry] = await t.ws.articles.list();
    expect(entry).toMatchObject({ id: '0123456789abcdef', headline: expect.any(String) });
    expect(entry!.error ?? null).toBeNull();
    const { article, revision } = await t.ws.articles.read('0123456789abcdef');
    expect(article).toMatchObject({ format: 3, language: 'en' });
    const file = path.join(folder, 'article.json');
    // Unchanged: the file stays as it was.
    expect((await t.ws.articles.save(article, revision)).ok).toBe(true);
    expect(JSON.parse(await readFile(file, 'utf8')).format).toBe(1);
    const saved = await t.ws.articles.save({ ...article, language: 'pt-PT' }, revision);
    expect(saved.ok).toBe(true);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    expect(stored).toMatchObject({ format: 3, language: 'pt-PT' });
    expect(parseArticle(stored).headline).toBe(article.headline);
  });

  it('reads a format 1 history snapshot after the article moved on', async () => {
    await placeFormatOne();
    const first = await t.ws.articles.read('0123456789abcdef');
    await t.ws.history.snapshot('0123456789abcdef');
    const saved = await t.ws.articles.save({ ...first.article, language: 'pt' }, first.revision);
    expect(saved.ok).toBe(true);
    await t.ws.close();
    t.ws = await Workspace.open(t.dir);
    const snapshots = await t.ws.history.list('0123456789abcdef');
    const old = await Promise.all(
      snapshots.map((s) => t.ws.history.read('0123456789abcdef', s.id)),
    );
    expect(old.map((a) => a.language)).toContain('en');
  });
});
