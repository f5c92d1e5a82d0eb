import { describe, expect, it } from 'vitest';
import { refusal, useHandlers, value } from './handler-fixture';

describe('createHandlers: history', () => {
  const t = useHandlers();

  it('reads a snapshot for the History panel and refuses ids that are not snapshots', async () => {
    const created = value(await t.handlers['article:create'](undefined));
    const first = { ...created.article, headline: 'First take' };
    value(await t.handlers['article:save']({ article: first, revision: created.revision }));
    const [snapshot] = value(await t.handlers['history:list']({ id: created.article.id }));
    const read = value(
      await t.handlers['history:read']({ id: created.article.id, snapshot: snapshot!.id }),
    );
    expect(read.headline).toBe('First take');

    expect(
      refusal(await t.handlers['history:read']({ id: created.article.id, snapshot: '../x' })),
    ).toMatch(/^Refused history:read: snapshot: /);
    expect(
      refusal(await t.handlers['history:read']({ id: created.article.id, snapshot: '..' })),
    ).toMatch(/not a snapshot id/);
    expect(
      refusal(
        await t.handlers['history:read']({
          id: created.article.id,
          snapshot: '20260101T000000000Z-abcdef',
        }),
      ),
    ).toMatch(/does not exist/);
  });

  it('keeps a snapshot of the saved article on request, once per change', async () => {
    const created = value(await t.handlers['article:create'](undefined));
    const id = created.article.id;
    const first = value(
      await t.handlers['article:save']({
        article: { ...created.article, headline: 'One' },
        revision: created.revision,
      }),
    );
    if (!first.ok) throw new Error('first save conflicted');
    // Within the snapshot interval: saved, but not yet in the history.
    value(
      await t.handlers['article:save']({
        article: { ...created.article, headline: 'Two' },
        revision: first.revision,
      }),
    );
    expect(value(await t.handlers['history:list']({ id })).map((s) => s.headline)).toEqual(['One']);

    value(await t.handlers['history:snapshot']({ id }));
    value(await t.handlers['history:snapshot']({ id }));
    expect(value(await t.handlers['history:list']({ id })).map((s) => s.headline)).toEqual([
      'Two',
      'One',
    ]);
    expect(refusal(await t.handlers['history:snapshot']({ id: '../etc' }))).toMatch(
      /^Refused history:snapshot: id: /,
    );
  });
});
