import { describe, expect, it } from 'vitest';
import { createArticle, type Article } from '../../../../core/article/article';
import type { OpenedArticle, SaveResult } from '../../../../electron/ipc/contract';
import { OutsideChanges, outsideVerdict } from '../../../../renderer/src/core/outside-changes';
import { SaveSession, type Timers } from '../../../../renderer/src/core/save-session';

describe('outsideVerdict', () => {
  it('ignores the revision the window itself loaded or wrote', () => {
    expect(outsideVerdict({ mine: 'a', theirs: 'a', unsaved: false })).toBe('none');
    expect(outsideVerdict({ mine: 'a', theirs: 'a', unsaved: true })).toBe('none');
  });
  it('reloads a clean editor, offers the choices over unsaved text', () => {
    expect(outsideVerdict({ mine: 'a', theirs: 'b', unsaved: false })).toBe('reload');
    expect(outsideVerdict({ mine: 'a', theirs: 'b', unsaved: true })).toBe('conflict');
  });
  it('reports a deleted article whatever the editor holds', () => {
    expect(outsideVerdict({ mine: 'a', theirs: null, unsaved: false })).toBe('deleted');
    expect(outsideVerdict({ mine: 'a', theirs: null, unsaved: true })).toBe('deleted');
  });
});

/** Timers that fire only when run() is called. */
function manualTimers(): Timers & { run(): void } {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    set: (fn) => {
      queue.set(next, fn);
      return next++;
    },
    clear: (handle) => void queue.delete(handle as number),
    run() {
      const due = [...queue.values()];
      queue.clear();
      for (const fn of due) fn();
    },
  };
}

/** One article file with a revision counter, written by the window and by "someone else". */
function setup() {
  const timers = manualTimers();
  let disk: OpenedArticle | null = { article: createArticle({ headline: 'One' }), revision: 'r1' };
  let count = 1;
  const write = (article: Article): string => {
    count += 1;
    disk = { article, revision: `r${count}` };
    return disk.revision;
  };
  // The window's save can be held to let an outside check run while it is in flight.
  let hold: Promise<void> = Promise.resolve();
  const session = new SaveSession({
    revision: 'r1',
    timers,
    save: async (article, revision): Promise<SaveResult> => {
      await hold;
      if (!disk || disk.revision !== revision)
        return { ok: false, conflict: { theirs: disk!.article, revision: disk!.revision } };
      return { ok: true, revision: write(article), updated: article.updated };
    },
  });
  let shown = disk.article;
  session.attach({ compose: () => shown });
  const reloaded: OpenedArticle[] = [];
  const recovered: Article[] = [];
  const outside = new OutsideChanges({
    id: shown.id,
    session,
    read: async () => {
      if (!disk) throw new Error('article.json is missing');
      return disk;
    },
    reload: (opened) => reloaded.push(opened),
    recover: async (article) => void recovered.push(article),
  });
  const entry = () => ({
    entries: [{ id: shown.id, headline: '', status: 'draft' as const, updated: '', words: 0 }],
    removed: [],
  });
  return {
    timers,
    session,
    outside,
    reloaded,
    recovered,
    entry,
    type(headline: string) {
      shown = { ...shown, headline };
      session.changed();
    },
    outsideWrite: (headline: string) => write({ ...disk!.article, headline }),
    outsideDelete() {
      disk = null;
    },
    holdSaves() {
      let release!: () => void;
      hold = new Promise((resolve) => (release = resolve));
      return release;
    },
  };
}

describe('OutsideChanges', () => {
  it('reloads a clean editor with the version from outside', async () => {
    const t = setup();
    const revision = t.outsideWrite('Theirs');
    await t.outside.heard(t.entry());
    expect(t.reloaded.map((o) => [o.article.headline, o.revision])).toEqual([['Theirs', revision]]);
    expect(t.session.status.kind).toBe('saved');
  });

  it('shows the conflict at once over unsaved text, and writes nothing', async () => {
    const t = setup();
    t.type('Mine');
    const revision = t.outsideWrite('Theirs');
    await t.outside.heard(t.entry());
    expect(t.reloaded).toEqual([]);
    expect(t.session.status).toMatchObject({ kind: 'conflict', revision });
    t.timers.run();
    await t.session.flush();
    expect(t.session.status.kind).toBe('conflict');
  });

  it('keeps a conflict a conflict when the file changes again', async () => {
    const t = setup();
    t.type('Mine');
    t.outsideWrite('Theirs');
    await t.outside.heard(t.entry());
    const again = t.outsideWrite('Theirs again');
    await t.outside.heard(t.entry());
    expect(t.reloaded).toEqual([]);
    expect(t.session.status).toMatchObject({ kind: 'conflict', revision: again });
  });

  it("never takes the window's own save for an outside change, even one in flight", async () => {
    const t = setup();
    t.type('Mine');
    const release = t.holdSaves();
    t.timers.run();
    const heard = t.outside.heard(t.entry());
    release();
    await heard;
    await t.outside.heard(t.entry());
    expect(t.reloaded).toEqual([]);
    expect(t.session.status.kind).toBe('saved');
  });

  it('ignores changes to other articles', async () => {
    const t = setup();
    t.outsideWrite('Theirs');
    await t.outside.heard({
      entries: [{ id: 'another', headline: '', status: 'draft', updated: '', words: 0 }],
      removed: ['yet-another'],
    });
    expect(t.reloaded).toEqual([]);
  });

  it('keeps the text of an article deleted outside and stops saving it', async () => {
    const t = setup();
    t.type('Mine, not saved');
    t.outsideDelete();
    await t.outside.heard({ entries: [], removed: [t.session.compose().id] });
    expect(t.session.status.kind).toBe('deleted');
    expect(t.recovered.map((a) => a.headline)).toEqual(['Mine, not saved']);
    t.type('Typed after');
    t.timers.run();
    await t.session.flush();
    expect(t.session.status.kind).toBe('deleted');
  });
});
