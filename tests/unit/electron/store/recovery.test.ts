import { readdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../../electron/store/workspace';
import { paragraphs, tempDir } from './temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('recovery journal', () => {
  it('offers unsaved text back after a restart, per article, until it is discarded', async () => {
    let ws = await Workspace.open(dir);
    const a = await ws.articles.create({ headline: 'Typed but not saved' });
    const b = await ws.articles.create({ headline: 'Untouched' });
    const typed = { ...a.article, body: paragraphs('words nobody saved yet') };
    await ws.recovery.write(typed);
    await ws.close(); // as if the app crashed right after

    ws = await Workspace.open(dir);
    const offers = await ws.recovery.list();
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ id: a.article.id, headline: 'Typed but not saved' });
    expect(Date.parse(offers[0]!.saved)).not.toBeNaN();
    expect(await ws.recovery.take(a.article.id)).toEqual(typed);
    await expect(ws.recovery.take(b.article.id)).rejects.toThrow(/no recovery copy/);
    await ws.recovery.discard(a.article.id);
    expect(await ws.recovery.list()).toEqual([]);
    await ws.close();
  });

  it('does not offer text that was saved afterwards, and forgets it', async () => {
    const ws = await Workspace.open(dir);
    const a = await ws.articles.create({ headline: 'Saved' });
    const typed = { ...a.article, body: paragraphs('then saved') };
    await ws.recovery.write(typed);
    const saved = await ws.articles.save(typed, a.revision);
    expect(saved.ok).toBe(true);
    expect(await ws.recovery.list()).toEqual([]);
    expect(await readdir(path.join(dir, '.newsroom', 'recovery'))).toEqual([]);
    await ws.close();
  });

  it('does not offer a recovery copy older than the saved article', async () => {
    const ws = await Workspace.open(dir);
    const a = await ws.articles.create({ headline: 'Old copy' });
    await ws.recovery.write({ ...a.article, body: paragraphs('older text') });
    const past = new Date(Date.now() - 3_600_000);
    await utimes(path.join(dir, '.newsroom', 'recovery', `${a.article.id}.json`), past, past);
    expect(await ws.recovery.list()).toEqual([]);
    await ws.close();
  });

  it('skips damaged recovery files without failing', async () => {
    const ws = await Workspace.open(dir);
    const a = await ws.articles.create({ headline: 'Damaged' });
    await writeFile(path.join(dir, '.newsroom', 'recovery', `${a.article.id}.json`), '{"trunc');
    expect(await ws.recovery.list()).toEqual([]);
    await expect(ws.recovery.take(a.article.id)).rejects.toThrow(
      /the recovery copy of \w+ is not valid JSON/,
    );
    await ws.close();
  });

  it('drops the recovery copy when the article is deleted', async () => {
    const ws = await Workspace.open(dir);
    const a = await ws.articles.create({ headline: 'Deleted' });
    await ws.recovery.write({ ...a.article, body: paragraphs('gone') });
    await ws.articles.delete(a.article.id);
    expect(await readdir(path.join(dir, '.newsroom', 'recovery'))).toEqual([]);
    await ws.close();
  });

  it('offers back the copy of an article deleted outside (its only text left)', async () => {
    const ws = await Workspace.open(dir);
    const a = await ws.articles.create({ headline: 'Deleted outside' });
    await ws.recovery.write({ ...a.article, headline: 'Typed before it went' });
    await rm(await ws.articles.folder(a.article.id), { recursive: true });
    expect((await ws.recovery.list()).map((e) => [e.id, e.headline])).toEqual([
      [a.article.id, 'Typed before it went'],
    ]);
    await ws.close();
  });

  it('refuses to write recovery copies in a read-only workspace', async () => {
    const first = await Workspace.open(dir);
    const a = await first.articles.create({ headline: 'Locked' });
    const second = await Workspace.open(dir);
    await expect(second.recovery.write(a.article)).rejects.toThrow(/read-only/);
    await second.close();
    await first.close();
  });
});
