import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../../electron/store/workspace';
import { freshWorkspace } from './fresh-workspace';

const t = freshWorkspace();

describe('last article', () => {
  it('remembers the last article across reopen, and forgets deleted ones', async () => {
    expect(await t.ws.lastArticle.get()).toBeNull();
    const { article } = await t.ws.articles.create();
    await t.ws.lastArticle.set(article.id);
    await t.ws.close();
    t.ws = await Workspace.open(t.dir);
    expect(await t.ws.lastArticle.get()).toBe(article.id);
    await t.ws.articles.delete(article.id);
    expect(await t.ws.lastArticle.get()).toBeNull();
  });
});
