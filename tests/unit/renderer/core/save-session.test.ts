import { describe, expect, it } from 'vitest';
import { createArticle, type Article } from '../../../../core/article/article';
import type { SaveResult } from '../../../../electron/ipc/contract';
import {
  SaveSession,
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

  it('keeps unsaved text in the recovery journal within recoveryMs', async () => {
    const timers = manualTimers();
    const recovered: string[] = [];
    let article = createArticle({ headline: 'draft' });
    const session = new SaveSession({
      revision: 'r1',
      save: () => new Promise<SaveResult>(() => undefined),
      recover: async (a) => {
        recovered.push(a.headline);
      },
      timers,
      delayMs: 700,
      recoveryMs: 1000,
    });
    session.attach({ compose: () => article });
    article = { ...article, headline: 'draft, longer' };
    session.changed();
    expect(timers.pending().sort()).toEqual([1000, 700]);
    timers.run();
    expect(recovered).toEqual(['draft, longer']);
  });
});
