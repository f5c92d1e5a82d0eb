import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshWorkspace } from './fresh-workspace';

const t = freshWorkspace();

describe('article folder names', () => {
  it('renames the folder when the headline slug changes, keeping the id', async () => {
    const { article, revision } = await t.ws.articles.create({ headline: 'Draft' });
    const result = await t.ws.articles.save({ ...article, headline: 'Final headline' }, revision);
    expect(result.ok).toBe(true);
    expect(path.basename(await t.ws.articles.folder(article.id))).toBe(
      `final-headline--${article.id}`,
    );
    expect((await readdir(t.dir)).filter((n) => n.endsWith(article.id))).toHaveLength(1);
    expect((await t.ws.articles.read(article.id)).article.headline).toBe('Final headline');
  });
});
