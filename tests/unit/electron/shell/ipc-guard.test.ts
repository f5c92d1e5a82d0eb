import { describe, expect, it } from 'vitest';
import { guardHandler, refusedEnvelope } from '../../../../electron/shell/ipc-guard';

interface Ev {
  trusted: boolean;
}

describe('guardHandler', () => {
  it('runs the handler for the trusted sender', async () => {
    const seen: unknown[] = [];
    const guarded = guardHandler<Ev>(
      'article:list',
      async (payload) => {
        seen.push(payload);
        return { ok: true, value: 42 };
      },
      { isTrusted: (e) => e.trusted, log: () => {} },
    );
    expect(await guarded({ trusted: true }, { q: 1 })).toEqual({ ok: true, value: 42 });
    expect(seen).toEqual([{ q: 1 }]);
  });

  it('ignores an unknown sender without calling the handler', async () => {
    let called = false;
    const logged: string[] = [];
    const guarded = guardHandler<Ev>(
      'article:delete',
      async () => {
        called = true;
        return { ok: true, value: undefined };
      },
      { isTrusted: (e) => e.trusted, log: (m) => logged.push(m) },
    );
    expect(await guarded({ trusted: false }, { id: 'abcdefghijklmnop' })).toEqual(refusedEnvelope);
    expect(called).toBe(false);
    expect(logged).toEqual(['Ignored article:delete from an unknown sender']);
  });

  it('turns a throwing handler into an error envelope', async () => {
    const guarded = guardHandler<Ev>(
      'article:open',
      async () => {
        throw new Error('article.json in "x" is not valid JSON');
      },
      { isTrusted: () => true, log: () => {} },
    );
    expect(await guarded({ trusted: true })).toEqual({
      ok: false,
      error: 'article.json in "x" is not valid JSON',
    });
  });
});
