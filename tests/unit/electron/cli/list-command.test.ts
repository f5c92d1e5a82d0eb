import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../../electron/store/workspace';
import { formatTable } from '../../../../electron/cli/list-command';
import { tempDir } from '../store/temp-workspace';
import { oneLine, runCliProcess } from './run-cli-process';

let dir: string;
let cleanup: () => Promise<void>;
let good: string;
let bad: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('newsroom-cli-'));
  const ws = await Workspace.open(dir);
  good = (
    await ws.articles.create({
      headline: 'Floods in the valley',
      status: 'ready',
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rain fell all night.' }] }],
      },
    })
  ).article.id;
  bad = (await ws.articles.create({ headline: 'Broken' })).article.id;
  await writeFile(path.join(await ws.articles.folder(bad), 'article.json'), '{ nope');
  await ws.close();
});
afterAll(() => cleanup());

describe('newsroom list', { timeout: 90_000 }, () => {
  it('prints the library as JSON, with an error entry for the unreadable file (exit 0)', async () => {
    const run = await runCliProcess(['list', '--workspace', dir, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout);
    expect(entries).toHaveLength(2);
    const first = entries.find((e: { id: string }) => e.id === good);
    expect(Object.keys(first).sort()).toEqual(['headline', 'id', 'status', 'updated', 'words']);
    expect(first).toMatchObject({ headline: 'Floods in the valley', status: 'ready', words: 4 });
    const broken = entries.find((e: { id: string }) => e.id === bad);
    expect(broken.error).toMatch(
      new RegExp(`^article\\.json in "broken--${bad}" is not valid JSON`),
    );
  });

  it('prints a table for people', async () => {
    const run = await runCliProcess(['list', '--workspace', dir]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+STATUS\s+WORDS\s+UPDATED\s+HEADLINE$/);
    expect(lines.find((l) => l.startsWith(good))).toMatch(
      /ready\s+4\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+Floods in the valley$/,
    );
    expect(lines.find((l) => l.startsWith(bad))).toMatch(/ERROR\s+.*is not valid JSON/);
  });

  it('keeps the index it builds, except while the app holds the workspace', async () => {
    const index = path.join(dir, '.newsroom', 'index.json');
    const app = await Workspace.open(dir);
    await rm(index);
    expect((await runCliProcess(['list', '--workspace', dir, '--json'])).code).toBe(0);
    expect(existsSync(index)).toBe(false);
    await app.close();
    expect(existsSync(index)).toBe(false);

    const first = await runCliProcess(['list', '--workspace', dir, '--json']);
    expect(first.code).toBe(0);
    const kept = JSON.parse(await readFile(index, 'utf8')) as { articles: object };
    expect(Object.keys(kept.articles).sort()).toEqual([good, bad].sort());
    expect(existsSync(path.join(dir, '.newsroom', 'lock'))).toBe(false);
    // Nothing changed since: the next listing reads no article and writes nothing.
    const { mtimeMs } = await stat(index);
    const second = await runCliProcess(['list', '--workspace', dir, '--json']);
    expect(second.stdout).toBe(first.stdout);
    expect((await stat(index)).mtimeMs).toBe(mtimeMs);
  });

  it('exits 1 with one line for a workspace that does not exist', async () => {
    const missing = path.join(dir, 'nope');
    const run = await runCliProcess(['list', '--workspace', missing]);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toBe(
      `newsroom list: workspace "${missing}" cannot be opened: it does not exist (ENOENT)`,
    );
    expect(run.stdout).toBe('');
  });

  it('exits 2 for usage errors', async () => {
    const [noWorkspace, unknown] = await Promise.all([
      runCliProcess(['list']),
      runCliProcess(['list', '--workspace', dir, '--colour']),
    ]);
    expect(noWorkspace.code).toBe(2);
    expect(oneLine(noWorkspace.stderr)).toMatch(
      /^newsroom list: --workspace DIR is required \(usage: /,
    );
    expect(unknown.code).toBe(2);
    expect(oneLine(unknown.stderr)).toMatch(/^newsroom list: .*--colour/);
  });
});

describe('formatTable', () => {
  it('says so when there are no articles', () => {
    expect(formatTable([], '/ws')).toBe('No articles in /ws');
  });

  it('keeps every row on one line', () => {
    const table = formatTable(
      [
        {
          id: 'a'.repeat(16),
          headline: 'Two\nlines',
          status: 'draft',
          updated: '2026-01-01T00:00:00.000Z',
          words: 12,
        },
      ],
      '/ws',
    );
    expect(table.split('\n')).toEqual([
      'ID                STATUS  WORDS  UPDATED              HEADLINE',
      'aaaaaaaaaaaaaaaa  draft      12  2026-01-01 00:00:00  Two lines',
    ]);
  });
});
