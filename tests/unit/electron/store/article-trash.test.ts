import { existsSync } from 'node:fs';
import { readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshWorkspace } from './fresh-workspace';

const t = freshWorkspace();

describe('deleting', () => {
  it('moves deleted articles to .trash with a unique name', async () => {
    const { article } = await t.ws.articles.create({ headline: 'Gone' });
    const name = path.basename(await t.ws.articles.folder(article.id));
    await t.ws.articles.delete(article.id);
    expect(existsSync(path.join(t.dir, name))).toBe(false);
    expect(existsSync(path.join(t.dir, '.trash', name, 'article.json'))).toBe(true);
    expect(await t.ws.articles.list()).toEqual([]);
    await expect(t.ws.articles.read(article.id)).rejects.toThrow(/does not exist/);
    // A second folder of the same name (restored by hand, deleted again) gets another name.
    await writeFile(path.join(t.dir, '.trash', 'marker'), '');
    await rename(path.join(t.dir, '.trash', name), path.join(t.dir, name));
    await writeFile(path.join(t.dir, '.trash', name), 'occupied');
    await t.ws.articles.delete(article.id);
    const trash = await readdir(path.join(t.dir, '.trash'));
    expect(trash.filter((n) => n.startsWith(name))).toHaveLength(2);
  });
});
