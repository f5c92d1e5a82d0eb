import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveOrRefuse } from '../../../../electron/store/save-or-refuse';
import { freshWorkspace } from './fresh-workspace';

const t = freshWorkspace();

describe('saveOrRefuse (the CLI’s save)', () => {
  it('saves when the file is unchanged and refuses, naming the file, when it changed on disk', async () => {
    const { article, revision } = await t.ws.articles.create({ headline: 'Wire copy' });
    const saved = await saveOrRefuse(t.ws.articles, { ...article, kicker: 'Update' }, revision);
    expect(saved.revision).not.toBe(revision);
    const file = path.join(await t.ws.articles.folder(article.id), 'article.json');
    const newer = await readFile(file, 'utf8');
    await expect(
      saveOrRefuse(t.ws.articles, { ...article, kicker: 'Stale' }, revision),
    ).rejects.toThrow(
      `article.json in "wire-copy--${article.id}" changed on disk since it was read; it was not overwritten`,
    );
    expect(await readFile(file, 'utf8')).toBe(newer);
  });
});
