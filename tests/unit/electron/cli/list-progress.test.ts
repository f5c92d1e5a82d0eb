import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../../../../core/article/article';
import { serializeArticle } from '../../../../electron/store/article-file';
import { articleFolderName } from '../../../../electron/store/layout';
import { paragraphs, tempDir } from '../store/temp-workspace';
import { runCliProcess } from './run-cli-process';

// Past the 1,000 folders from which the index is checked and rebuilt in worker threads.
const COUNT = 1_100;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('newsroom-cli-progress-'));
  for (let i = 0; i < COUNT; i++) {
    const article = createArticle({ headline: `Story ${i}`, body: paragraphs(`words of ${i}`) });
    const folder = path.join(dir, articleFolderName(article.headline, article.id));
    await mkdir(folder);
    await writeFile(path.join(folder, 'article.json'), serializeArticle(article));
  }
});
afterAll(() => cleanup());

describe('newsroom list over a workspace without its index', { timeout: 120_000 }, () => {
  it('rebuilds it in worker threads, showing progress on stderr and the list on stdout', async () => {
    const run = await runCliProcess(['list', '--workspace', dir, '--json']);
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as { words: number; error?: string }[];
    expect(entries).toHaveLength(COUNT);
    expect(entries.every((e) => e.words === 3 && e.error === undefined)).toBe(true);
    const lines = run.stderr.trim().split('\n');
    for (const line of lines)
      expect(line).toMatch(/^indexing articles \[#*\.*\] \d+\/1100 \(\d+%\)$/);
    expect(lines[0]).toBe('indexing articles [..........] 0/1100 (0%)');
    expect(lines.at(-1)).toBe('indexing articles [##########] 1100/1100 (100%)');
  });
});
