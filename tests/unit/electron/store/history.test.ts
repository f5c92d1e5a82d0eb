import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/article/article';
import { Workspace } from '../../../../electron/store/workspace';
import { paragraphs, tempDir } from './temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
let clock: number;
const MINUTE = 60_000;
const now = () => new Date(clock);

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  clock = Date.parse('2026-11-27T09:00:00.000Z');
});
afterEach(() => cleanup());

async function saver(ws: Workspace, headline: string) {
  const opened = await ws.articles.create({ headline });
  let article: Article = opened.article;
  let revision = opened.revision;
  return {
    id: article.id,
    async save(text: string) {
      const result = await ws.articles.save({ ...article, body: paragraphs(text) }, revision);
      if (!result.ok) throw new Error('conflict');
      article = { ...article, body: paragraphs(text), updated: result.updated };
      revision = result.revision;
    },
  };
}

describe('history', () => {
  it('takes at most one snapshot per interval while an article changes, and one on close', async () => {
    const ws = await Workspace.open(dir, { now, history: { intervalMs: 5 * MINUTE } });
    const doc = await saver(ws, 'History');
    await doc.save('one');
    expect((await ws.history.list(doc.id)).map((s) => s.words)).toEqual([1]);
    for (let i = 0; i < 10; i++) {
      clock += 20_000;
      await doc.save('two words');
    }
    expect(await ws.history.list(doc.id)).toHaveLength(1);
    clock += 2 * MINUTE; // five minutes since the first snapshot
    await doc.save('now three words');
    const snaps = await ws.history.list(doc.id);
    expect(snaps.map((s) => s.words)).toEqual([3, 1]);
    expect(snaps[0]).toMatchObject({ headline: 'History', taken: new Date(clock).toISOString() });
    clock += MINUTE;
    await doc.save('four words right here');
    await ws.close();
    const reopened = await Workspace.open(dir, { now });
    expect((await reopened.history.list(doc.id)).map((s) => s.words)).toEqual([4, 3, 1]);
    await reopened.close();
  });

  it('restores a snapshot as the current version; the current one becomes a snapshot too', async () => {
    const ws = await Workspace.open(dir, { now, history: { intervalMs: 5 * MINUTE } });
    const doc = await saver(ws, 'Restore');
    await doc.save('the original text');
    const [original] = await ws.history.list(doc.id);
    expect((await ws.history.read(doc.id, original!.id)).body).toEqual(
      paragraphs('the original text'),
    );
    clock += MINUTE;
    await doc.save('a rewrite that went wrong badly');
    const restored = await ws.history.restore(doc.id, original!.id);
    expect(restored.article.body).toEqual(paragraphs('the original text'));
    expect(restored.article.updated).toBe(new Date(clock).toISOString());
    expect((await ws.articles.read(doc.id)).revision).toBe(restored.revision);
    const words = (await ws.history.list(doc.id)).map((s) => s.words);
    expect(words).toContain(6); // the rewrite was kept
    expect(words[0]).toBe(3); // and the restored version is the newest snapshot
    await expect(ws.history.restore(doc.id, '20990101T000000000Z-abcdef')).rejects.toThrow(
      /does not exist/,
    );
    await expect(ws.history.restore(doc.id, '../../x')).rejects.toThrow(/is not a snapshot id/);
    await ws.close();
  });

  it('caps snapshots per article by count and by age (keeping the newest)', async () => {
    const ws = await Workspace.open(dir, {
      now,
      history: { intervalMs: MINUTE, maxCount: 3, maxAgeMs: 10 * MINUTE },
    });
    const doc = await saver(ws, 'Capped');
    for (let i = 1; i <= 6; i++) {
      await doc.save('w '.repeat(i));
      clock += MINUTE;
    }
    expect((await ws.history.list(doc.id)).map((s) => s.words)).toEqual([6, 5, 4]);
    clock += 60 * MINUTE;
    await doc.save('w '.repeat(7));
    expect((await ws.history.list(doc.id)).map((s) => s.words)).toEqual([7]);
    const files = await readdir(path.join(dir, '.newsroom', 'history', doc.id));
    expect(files).toHaveLength(1);
    await ws.close();
  });

  it('does not snapshot the same text twice', async () => {
    const ws = await Workspace.open(dir, { now, history: { intervalMs: MINUTE } });
    const doc = await saver(ws, 'Same');
    await doc.save('same');
    await ws.history.snapshot(doc.id);
    await ws.history.snapshot(doc.id);
    expect(await ws.history.list(doc.id)).toHaveLength(1);
    await ws.close();
  });
});
