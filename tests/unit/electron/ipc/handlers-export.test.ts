import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useHandlers, value } from './handler-fixture';

describe('createHandlers: export', () => {
  const t = useHandlers();

  it('asks for an export target named after the headline; cancelling exports nothing', async () => {
    const created = value(await t.handlers['article:create'](undefined));
    await t.handlers['article:save']({
      article: { ...created.article, headline: 'Élection à Paris' },
      revision: created.revision,
    });
    expect(
      value(await t.handlers['export:run']({ ids: [created.article.id], format: 'ninjs' })),
    ).toBeNull();
    expect(t.dialogCalls).toEqual([
      {
        kind: 'save',
        options: expect.objectContaining({ defaultPath: 'election-a-paris.ninjs.json' }),
      },
    ]);
  });

  it('runs the pre-export checks: an empty article is blocked until forced', async () => {
    const { article } = value(await t.handlers['article:create'](undefined));
    const findings = value(await t.handlers['export:check']({ id: article.id }));
    expect(findings.filter((f) => f.severity === 'blocker').map((f) => f.code)).toEqual([
      'missing-headline',
      'empty-body',
    ]);
    t.saved = join(t.dir, 'blocked.ninjs.json');
    const blocked = value(await t.handlers['export:run']({ ids: [article.id], format: 'ninjs' }));
    expect(blocked).toMatchObject({ ok: false });
    const forced = value(
      await t.handlers['export:run']({ ids: [article.id], format: 'ninjs', force: true }),
    );
    expect(forced).toEqual({ ok: true, written: [t.saved] });
  });

  it('exports to the file chosen in the save dialog and reports progress', async () => {
    const created = value(await t.handlers['article:create'](undefined));
    const article = {
      ...created.article,
      headline: 'Bridge reopens',
      body: {
        type: 'doc' as const,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Traffic flows again.' }] }],
      },
    };
    value(await t.handlers['article:save']({ article, revision: created.revision }));
    t.saved = join(t.dir, 'out', 'bridge');
    const result = value(await t.handlers['export:run']({ ids: [article.id], format: 'html' }));
    expect(result).toEqual({ ok: true, written: [join(t.saved, 'index.html')] });
    expect(await readFile(join(t.saved, 'index.html'), 'utf8')).toContain('Traffic flows again.');
    expect(t.events).toContainEqual(['export:progress', { done: 1, total: 1 }]);
  });
});
