import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../../electron/store/workspace';
import { freshWorkspace } from './fresh-workspace';

const t = freshWorkspace();

describe('leftovers of killed writers', () => {
  it('removes temp files in an article folder on its first save, and everywhere after a crash', async () => {
    const { article, revision } = await t.ws.articles.create({ headline: 'Leftovers' });
    const folder = await t.ws.articles.folder(article.id);
    await t.ws.close();
    // A CLI killed mid-save (no lock involved) leaves a temp file beside article.json.
    const stray = path.join(folder, '.article.json.abc123.newsroom-tmp');
    await writeFile(stray, '{"half');
    t.ws = await Workspace.open(t.dir);
    expect(existsSync(stray)).toBe(true);
    const saved = await t.ws.articles.save({ ...article, kicker: 'x' }, revision);
    expect(saved.ok).toBe(true);
    expect(existsSync(stray)).toBe(false);
    await t.ws.close();

    // A crashed app leaves its lock behind: the next open sweeps every folder at once.
    await writeFile(stray, '{"half');
    await mkdir(path.join(t.dir, '.newsroom'), { recursive: true });
    const dead = {
      pid: 2 ** 22 + 12345,
      host: os.hostname(),
      time: new Date().toISOString(),
      token: 'x',
    };
    await writeFile(path.join(t.dir, '.newsroom', 'lock'), JSON.stringify(dead));
    t.ws = await Workspace.open(t.dir);
    expect(t.ws.readOnly).toBe(false);
    expect(existsSync(stray)).toBe(false);
  });
});
