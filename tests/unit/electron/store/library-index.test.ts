import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeFs } from '../../../../electron/store/store-fs';
import { Workspace } from '../../../../electron/store/workspace';
import { paragraphs, tempDir } from './temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const indexFile = () => path.join(dir, '.newsroom', 'index.json');
const readIndex = async () => JSON.parse(await readFile(indexFile(), 'utf8'));

describe('library index', () => {
  it('is written in batches, not once per save, and on close', async () => {
    let indexWrites = 0;
    const real = storeFs();
    const ws = await Workspace.open(dir, {
      indexFlushMs: 60_000,
      fs: {
        rename: async (from, to) => {
          if (to === indexFile()) indexWrites++;
          await real.rename(from, to);
        },
      },
    });
    const { article } = await ws.articles.create({ headline: 'Autosave' });
    let revision = (await ws.articles.read(article.id)).revision;
    for (let i = 0; i < 25; i++) {
      const result = await ws.articles.save(
        { ...article, body: paragraphs(`word `.repeat(i + 1)) },
        revision,
      );
      if (!result.ok) throw new Error('conflict');
      revision = result.revision;
    }
    expect(indexWrites).toBe(0);
    await ws.close();
    expect(indexWrites).toBe(1);
    const index = await readIndex();
    expect(index.articles[article.id]).toMatchObject({
      folder: `autosave--${article.id}`,
      headline: 'Autosave',
      status: 'draft',
      words: 25,
    });
  });

  it('is rebuilt from the folders when index.json is missing or corrupt', async () => {
    let ws = await Workspace.open(dir);
    const a = await ws.articles.create({ headline: 'One', body: paragraphs('a b') });
    const b = await ws.articles.create({ headline: 'Two' });
    await ws.close();
    await rm(indexFile());
    ws = await Workspace.open(dir);
    expect((await ws.articles.list()).map((e) => e.headline).sort()).toEqual(['One', 'Two']);
    await ws.close();
    expect(Object.keys((await readIndex()).articles).sort()).toEqual(
      [a.article.id, b.article.id].sort(),
    );
    await writeFile(indexFile(), '{"version": 1, "articles": [oops');
    ws = await Workspace.open(dir);
    expect((await ws.articles.list()).find((e) => e.id === a.article.id)?.words).toBe(2);
    await ws.close();
  });

  it('notices folders added, removed and edited behind its back (stale index)', async () => {
    let ws = await Workspace.open(dir);
    const a = await ws.articles.create({ headline: 'Kept' });
    const b = await ws.articles.create({ headline: 'Removed' });
    await ws.close();
    // Another program: edits one article, removes another, copies a third in.
    const aFolder = path.join(dir, `kept--${a.article.id}`);
    await writeFile(
      path.join(aFolder, 'article.json'),
      JSON.stringify({ ...a.article, headline: 'Edited elsewhere', status: 'ready' }),
    );
    await rm(path.join(dir, `removed--${b.article.id}`), { recursive: true });
    const other = await tempDir();
    const src = await Workspace.open(other.dir);
    const c = await src.articles.create({ headline: 'Copied in' });
    await src.close();
    await cp(
      path.join(other.dir, `copied-in--${c.article.id}`),
      path.join(dir, `copied-in--${c.article.id}`),
      {
        recursive: true,
      },
    );
    await other.cleanup();

    ws = await Workspace.open(dir);
    const list = await ws.articles.list();
    expect(list.map((e) => [e.id, e.headline, e.status]).sort()).toEqual(
      [
        [a.article.id, 'Edited elsewhere', 'ready'],
        [c.article.id, 'Copied in', 'draft'],
      ].sort(),
    );
    await ws.close();
  });

  it('finds an article whose folder was renamed by hand', async () => {
    let ws = await Workspace.open(dir);
    const a = await ws.articles.create({ headline: 'Original' });
    await ws.close();
    await rename(
      path.join(dir, `original--${a.article.id}`),
      path.join(dir, `my-own-name--${a.article.id}`),
    );
    ws = await Workspace.open(dir);
    expect((await ws.articles.read(a.article.id)).article.headline).toBe('Original');
    expect((await ws.articles.list()).map((e) => e.id)).toEqual([a.article.id]);
    await ws.close();
    expect((await readIndex()).articles[a.article.id].folder).toBe(`my-own-name--${a.article.id}`);
  });

  it('serves unchanged articles from the index without rereading them', async () => {
    let ws = await Workspace.open(dir);
    const a = await ws.articles.create({ headline: 'Cached' });
    await ws.close();
    const index = await readIndex();
    index.articles[a.article.id].headline = 'From the index';
    await writeFile(indexFile(), JSON.stringify(index));
    ws = await Workspace.open(dir);
    expect((await ws.articles.list())[0]?.headline).toBe('From the index');
    await ws.close();
  });

  it('rewrites an index.json in another layout one article a line', async () => {
    let ws = await Workspace.open(dir);
    const a = await ws.articles.create({ headline: 'One' });
    const b = await ws.articles.create({ headline: 'Two' });
    await ws.close();
    const index = await readIndex();
    await writeFile(indexFile(), JSON.stringify(index, null, 2));
    ws = await Workspace.open(dir);
    expect((await ws.articles.list()).map((e) => e.headline).sort()).toEqual(['One', 'Two']);
    await ws.close();
    const lines = (await readFile(indexFile(), 'utf8')).split('\n');
    expect(lines.length).toBe(5);
    expect(lines.filter((l) => l.startsWith(`"${a.article.id}":`)).length).toBe(1);
    expect(lines.filter((l) => l.startsWith(`"${b.article.id}":`)).length).toBe(1);
    expect(await readIndex()).toEqual(index);
  });

  it('ignores folders and files that are not articles', async () => {
    const ws = await Workspace.open(dir);
    await writeFile(path.join(dir, 'notes.txt'), 'hello');
    await writeFile(path.join(dir, 'file--0123456789abcdef'), 'not a folder');
    const a = await ws.articles.create({ headline: 'Real' });
    expect((await ws.articles.list()).map((e) => e.id)).toEqual([a.article.id]);
    await ws.close();
  });
});
