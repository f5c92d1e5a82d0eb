import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../../../electron/ipc/handlers';
import { refusal, useHandlers, value } from './handler-fixture';

describe('createHandlers: articles, credits, workspace and app channels', () => {
  const t = useHandlers();

  it('has a handler for every channel of the contract', async () => {
    const { channels } = await import('../../../../electron/ipc/contract');
    expect(Object.keys(t.handlers).sort()).toEqual([...channels].sort());
  });

  it('refuses malformed payloads before touching the workspace', async () => {
    const cases: [keyof HandlerTable, unknown][] = [
      ['article:open', undefined],
      ['article:open', { id: '../../etc/passwd' }],
      ['article:open', { id: 'aaaaaaaaaaaaaaaa', extra: true }],
      ['article:create', { headline: 'sneaky' }],
      ['article:delete', 'aaaaaaaaaaaaaaaa'],
      ['photo:import', { id: 'aaaaaaaaaaaaaaaa', name: 'x.jpg', bytes: [1, 2, 3] }],
      ['export:run', { ids: [], format: 'html' }],
      ['export:run', { ids: ['aaaaaaaaaaaaaaaa'], format: 'pdf' }],
      ['article:search', { query: 'x'.repeat(501) }],
    ];
    for (const [channel, payload] of cases) {
      const error = refusal(await t.handlers[channel](payload));
      expect(error).toMatch(new RegExp(`^Refused ${channel}: `));
      expect(error).not.toMatch(/\n\s+at /);
    }
    expect(value(await t.handlers['article:list'](undefined))).toEqual([]);
    expect(t.dialogCalls).toEqual([]);
  });

  it('refuses an article that does not fit the schema, naming the field', async () => {
    const { article, revision } = value(await t.handlers['article:create'](undefined));
    const error = refusal(
      await t.handlers['article:save']({ article: { ...article, status: 'published' }, revision }),
    );
    expect(error).toContain('article.status');
    const onDisk = value(await t.handlers['article:open']({ id: article.id }));
    expect(onDisk.article.status).toBe('draft');
  });

  it('creates, saves, lists and reopens an article, remembering the last one', async () => {
    const created = value(await t.handlers['article:create'](undefined));
    expect(value(await t.handlers['article:last'](undefined))).toBe(created.article.id);
    const edited = {
      ...created.article,
      headline: 'Floods close the ring road',
      byline: 'A. Reporter',
    };
    const result = value(
      await t.handlers['article:save']({ article: edited, revision: created.revision }),
    );
    expect(result.ok).toBe(true);

    const list = value(await t.handlers['article:list'](undefined));
    expect(list.map((e) => [e.id, e.headline])).toEqual([
      [created.article.id, 'Floods close the ring road'],
    ]);
    const reopened = value(await t.handlers['article:open']({ id: created.article.id }));
    expect(reopened.article.byline).toBe('A. Reporter');
    expect(value(await t.handlers['article:search']({ query: 'ring road' }))).toEqual([
      created.article.id,
    ]);
  });

  it('answers a save based on an old revision with the conflict, and keeps both on request', async () => {
    const created = value(await t.handlers['article:create'](undefined));
    const first = { ...created.article, headline: 'Theirs' };
    value(await t.handlers['article:save']({ article: first, revision: created.revision }));
    const mine = { ...created.article, headline: 'Mine' };
    const result = value(
      await t.handlers['article:save']({ article: mine, revision: created.revision }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflict.theirs.headline).toBe('Theirs');

    const copy = value(await t.handlers['article:save-copy']({ article: mine }));
    expect(copy.article.id).not.toBe(created.article.id);
    expect(value(await t.handlers['article:last'](undefined))).toBe(copy.article.id);
    const headlines = value(await t.handlers['article:list'](undefined)).map((e) => e.headline);
    expect(headlines.sort()).toEqual(['Mine (copy)', 'Theirs']);
  });

  it('reports store failures as a message without a stack', async () => {
    const error = refusal(await t.handlers['article:open']({ id: '0000000000000000' }));
    expect(error.length).toBeGreaterThan(0);
    expect(error).not.toMatch(/\n\s+at /);
  });

  it('deletes into the trash and forgets it as the last article', async () => {
    const created = value(await t.handlers['article:create'](undefined));
    value(await t.handlers['article:delete']({ id: created.article.id }));
    expect(value(await t.handlers['article:list'](undefined))).toEqual([]);
    expect(value(await t.handlers['article:last'](undefined))).toBeNull();
    expect((await readdir(join(t.ws.root, '.trash'))).length).toBe(1);
  });

  it('suggests credits, starting with the desk presets', async () => {
    const credits = value(await t.handlers['credits:recent'](undefined));
    expect(credits).toContain('AFP');
  });

  it('switches workspace through the folder dialog', async () => {
    expect(value(await t.handlers['workspace:open'](undefined))).toBeNull();
    t.opened = [join(t.dir, 'other')];
    const info = value(await t.handlers['workspace:open'](undefined));
    expect(info).toEqual({ path: t.ws.root, readOnly: false, lockedBy: null });
    expect(t.ws.root).toContain('other');
    expect(value(await t.handlers['workspace:info'](undefined)).path).toBe(t.ws.root);
  });

  it('tells the shell when the renderer is ready to close', async () => {
    value(await t.handlers['app:ready-to-close'](undefined));
    expect(t.readyToClose).toBe(1);
  });
});
