import { describe, expect, it } from 'vitest';
import { createArticle, type Article } from '../../../../core/article/article';
import type { SaveResult } from '../../../../electron/ipc/contract';
import {
  SaveSession,
  type IdleRunner,
  type SaveStatus,
  type Timers,
} from '../../../../renderer/src/core/save-session';

/** Timers driven by the test: nothing fires until run() is called. */
function manualTimers(): Timers & { pending(): number[]; run(): void } {
  let next = 1;
  const queue = new Map<number, { fn: () => void; ms: number }>();
  return {
    set(fn, ms) {
      const id = next++;
      queue.set(id, { fn, ms });
      return id;
    },
    clear(handle) {
      queue.delete(handle as number);
    },
    pending: () => [...queue.values()].map((t) => t.ms),
    run() {
      const due = [...queue.values()];
      queue.clear();
      for (const t of due) t.fn();
    },
  };
}

/** Idle callbacks driven by the test: each runs only when run() is called; pending() lists timeouts. */
function manualIdle(): IdleRunner & { pending(): number[]; run(): void } {
  const timers = manualTimers();
  return { request: (fn, ms) => timers.set(fn, ms), cancel: timers.clear, ...timers };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(options: { save?: (a: Article, r: string) => Promise<SaveResult> } = {}) {
  const timers = manualTimers();
  let article = createArticle({ headline: 'One' });
  const writes: { headline: string; revision: string }[] = [];
  const statuses: SaveStatus['kind'][] = [];
  let revision = 1;
  const save =
    options.save ??
    (async (a: Article, r: string): Promise<SaveResult> => {
      writes.push({ headline: a.headline, revision: r });
      revision += 1;
      return { ok: true, revision: `r${revision}`, updated: new Date().toISOString() };
    });
  const session = new SaveSession({ revision: 'r1', save, timers, delayMs: 700, retryMs: 4000 });
  session.attach({ compose: () => article });
  session.subscribe((s) => statuses.push(s.kind));
  const edit = (headline: string) => {
    article = { ...article, headline };
    session.changed();
  };
  return { session, timers, writes, statuses, edit };
}

/** A session whose saves never finish (or succeed, with `saves`), recording recovery copies. */
function recoverySetup(options: { saves?: boolean } = {}) {
  const timers = manualTimers();
  const idle = manualIdle();
  const recovered: string[] = [];
  let article = createArticle({ headline: 'draft' });
  const session = new SaveSession({
    revision: 'r1',
    save: options.saves
      ? async () => ({ ok: true, revision: 'r2', updated: new Date().toISOString() })
      : () => new Promise<SaveResult>(() => undefined),
    recover: async (a) => {
      recovered.push(a.headline);
    },
    timers,
    idle,
    delayMs: 700,
    recoveryMs: 1000,
  });
  session.attach({ compose: () => article });
  const edit = (headline: string) => {
    article = { ...article, headline };
    session.changed();
  };
  return { session, timers, idle, recovered, edit };
}

describe('SaveSession', () => {
  it('starts saved and saves once after a burst of changes, with the latest text', async () => {
    const { session, timers, writes, statuses, edit } = setup();
    expect(session.status.kind).toBe('saved');
    edit('Tw');
    edit('Two');
    edit('Two words');
    expect(session.status.kind).toBe('pending');
    expect(timers.pending()).toEqual([700]);
    timers.run();
    await session.flush();
    expect(writes).toEqual([{ headline: 'Two words', revision: 'r1' }]);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });

  it('bases each save on the revision the previous save returned', async () => {
    const { session, writes, edit } = setup();
    edit('A');
    await session.flush();
    edit('B');
    await session.flush();
    expect(writes.map((w) => w.revision)).toEqual(['r1', 'r2']);
    expect(session.revision).toBe('r3');
  });

  it('never runs two writes at once and saves what changed during a write afterwards', async () => {
    const gates: ReturnType<typeof deferred<SaveResult>>[] = [];
    const seen: string[] = [];
    const { session, edit } = setup({
      save: (a) => {
        seen.push(a.headline);
        const gate = deferred<SaveResult>();
        gates.push(gate);
        return gate.promise;
      },
    });
    edit('first');
    const flushing = session.flush();
    edit('second');
    expect(gates).toHaveLength(1);
    gates[0]!.resolve({ ok: true, revision: 'r2', updated: '2026-01-01T00:00:00Z' });
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(gates).toHaveLength(2);
    gates[1]!.resolve({ ok: true, revision: 'r3', updated: '2026-01-01T00:00:01Z' });
    await flushing;
    expect(seen).toEqual(['first', 'second']);
    expect(session.status.kind).toBe('saved');
  });

  it('shows what failed, keeps the changes and retries', async () => {
    let fail = true;
    const { session, timers, edit } = setup({
      save: async () => {
        if (fail) throw new Error('disk full while writing article.json');
        return { ok: true, revision: 'r2', updated: '2026-01-01T00:00:00Z' };
      },
    });
    edit('text');
    await session.flush();
    expect(session.status).toEqual({
      kind: 'error',
      message: 'disk full while writing article.json',
    });
    expect(session.hasUnsavedChanges).toBe(true);
    expect(timers.pending()).toEqual([4000]);
    fail = false;
    timers.run();
    await session.flush();
    expect(session.status.kind).toBe('saved');
    expect(session.hasUnsavedChanges).toBe(false);
  });

  it('stops on a conflict and does not save again until the user decides', async () => {
    const theirs = createArticle({ headline: 'Theirs' });
    let calls = 0;
    const { session, timers, edit } = setup({
      save: async () => {
        calls += 1;
        return { ok: false, conflict: { theirs, revision: 'rX' } };
      },
    });
    edit('mine');
    await session.flush();
    expect(session.status).toEqual({ kind: 'conflict', theirs, revision: 'rX' });
    edit('mine, more');
    expect(timers.pending()).toEqual([]);
    await session.flush();
    expect(calls).toBe(1);
  });

  it('opened with unsaved text, says so before the editor attaches, then saves it', async () => {
    const timers = manualTimers();
    const writes: string[] = [];
    const article = createArticle({ headline: 'Restored' });
    const session = new SaveSession({
      revision: 'r1',
      unsaved: true,
      save: async (a) => {
        writes.push(a.headline);
        return { ok: true, revision: 'r2', updated: '2026-01-01T00:00:00Z' };
      },
      timers,
      delayMs: 700,
    });
    expect(session.status.kind).toBe('pending');
    expect(session.hasUnsavedChanges).toBe(true);
    session.attach({ compose: () => article });
    expect(timers.pending()).toEqual([700]);
    timers.run();
    await session.flush();
    expect(writes).toEqual(['Restored']);
    expect(session.status.kind).toBe('saved');
  });

  it('ignores changes after dispose until attached again', async () => {
    const { session, timers, writes, edit } = setup();
    session.dispose();
    edit('while away');
    expect(timers.pending()).toEqual([]);
    await session.flush();
    expect(writes).toEqual([]);
  });
});

describe('SaveSession while someone keeps typing', () => {
  it('saves at the latest maxWaitMs after the first unsaved change', () => {
    const timers = manualTimers();
    let clock = 0;
    const article = createArticle();
    const session = new SaveSession({
      revision: 'r1',
      save: async () => ({ ok: true, revision: 'r2', updated: '2026-01-01T00:00:00Z' }),
      timers,
      delayMs: 700,
      maxWaitMs: 5000,
      now: () => clock,
    });
    session.attach({ compose: () => article });
    session.changed();
    expect(timers.pending()).toEqual([700]);
    clock = 4600;
    session.changed();
    expect(timers.pending()).toEqual([400]);
    clock = 5200;
    session.changed();
    expect(timers.pending()).toEqual([0]);
  });

  it('keeps unsaved text in the recovery journal within recoveryMs, composed in idle time', async () => {
    const { session, timers, idle, recovered, edit } = recoverySetup();
    edit('draft, longer');
    expect(timers.pending().sort()).toEqual([500, 700]);
    timers.run();
    // Half the time gathers keystrokes; the rest is the idle callback's deadline.
    expect(recovered).toEqual([]);
    expect(idle.pending()).toEqual([500]);
    edit('draft, longer still');
    idle.run();
    expect(recovered).toEqual(['draft, longer still']);
    expect(session.hasUnsavedChanges).toBe(true);
  });

  it('writes one recovery copy per burst of typing, then starts again on the next change', async () => {
    const { timers, idle, recovered, edit } = recoverySetup();
    for (const word of ['a', 'ab', 'abc']) edit(word);
    expect(timers.pending().filter((ms) => ms === 500)).toHaveLength(1);
    timers.run();
    edit('abcd');
    expect(idle.pending()).toHaveLength(1);
    expect(timers.pending()).not.toContain(500);
    idle.run();
    expect(recovered).toEqual(['abcd']);
    edit('abcde');
    expect(timers.pending()).toContain(500);
    timers.run();
    idle.run();
    expect(recovered).toEqual(['abcd', 'abcde']);
  });

  it('writes no recovery copy once the text is saved or the session is disposed', async () => {
    const saved = recoverySetup({ saves: true });
    saved.edit('saved soon');
    saved.timers.run();
    await saved.session.flush();
    expect(saved.session.hasUnsavedChanges).toBe(false);
    saved.idle.run();
    expect(saved.recovered).toEqual([]);

    const closed = recoverySetup();
    closed.edit('closing');
    closed.timers.run();
    expect(closed.idle.pending()).toHaveLength(1);
    closed.session.dispose();
    expect(closed.idle.pending()).toHaveLength(0);
  });
});

describe('SaveSession.close', () => {
  it('writes text still unsaved when its view goes away', async () => {
    const { session, timers, writes, edit } = setup();
    edit('typed while switching');
    await session.close();
    expect(writes).toEqual([{ headline: 'typed while switching', revision: 'r1' }]);
    expect(timers.pending()).toEqual([]);
  });

  it('waits for a write in flight, then writes what changed after it on the new revision', async () => {
    const gates: ReturnType<typeof deferred<SaveResult>>[] = [];
    const seen: { headline: string; revision: string }[] = [];
    const { session, edit } = setup({
      save: (a, r) => {
        seen.push({ headline: a.headline, revision: r });
        const gate = deferred<SaveResult>();
        gates.push(gate);
        return gate.promise;
      },
    });
    edit('first');
    void session.flush();
    edit('second');
    const closing = session.close();
    gates[0]!.resolve({ ok: true, revision: 'r2', updated: '2026-01-01T00:00:00Z' });
    await new Promise((r) => setTimeout(r, 0));
    gates[1]!.resolve({ ok: true, revision: 'r3', updated: '2026-01-01T00:00:01Z' });
    await closing;
    expect(seen).toEqual([
      { headline: 'first', revision: 'r1' },
      { headline: 'second', revision: 'r2' },
    ]);
  });

  it('writes nothing more when the write in flight already holds the last text', async () => {
    const { session, writes, edit } = setup();
    edit('only');
    void session.flush();
    await session.close();
    expect(writes).toEqual([{ headline: 'only', revision: 'r1' }]);
  });

  it('keeps the text in the recovery journal when the last write fails', async () => {
    const recovered: string[] = [];
    const article = createArticle({ headline: 'unsaved' });
    const session = new SaveSession({
      revision: 'r1',
      save: async () => {
        throw new Error('disk full');
      },
      recover: async (a) => void recovered.push(a.headline),
      timers: manualTimers(),
      idle: manualIdle(),
    });
    session.attach({ compose: () => article });
    session.changed();
    await session.close();
    expect(recovered).toEqual(['unsaved']);
  });

  it('keeps the text of an article deleted outside in the recovery journal, not the store', async () => {
    const recovered: string[] = [];
    let saves = 0;
    const article = createArticle({ headline: 'gone on disk' });
    const session = new SaveSession({
      revision: 'r1',
      save: async () => {
        saves += 1;
        return { ok: true, revision: 'r2', updated: '2026-01-01T00:00:00Z' };
      },
      recover: async (a) => void recovered.push(a.headline),
      timers: manualTimers(),
      idle: manualIdle(),
    });
    session.attach({ compose: () => article });
    session.deleted();
    await session.close();
    expect(recovered).toEqual(['gone on disk']);
    expect(saves).toBe(0);
  });

  it('writes nothing when all is saved, after dispose, or while a conflict waits', async () => {
    const clean = setup();
    await clean.session.close();
    expect(clean.writes).toEqual([]);

    const disposed = setup();
    disposed.edit('dropped on purpose');
    disposed.session.dispose();
    await disposed.session.close();
    expect(disposed.writes).toEqual([]);

    let attempts = 0;
    const conflicted = setup({
      save: async () => {
        attempts += 1;
        return {
          ok: false,
          conflict: { theirs: createArticle({ headline: 'theirs' }), revision: 'r9' },
        };
      },
    });
    conflicted.edit('mine');
    await conflicted.session.flush();
    conflicted.edit('mine, more');
    await conflicted.session.close();
    expect(attempts).toBe(1);
  });
});
