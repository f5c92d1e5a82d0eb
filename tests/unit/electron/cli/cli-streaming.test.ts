import { spawn } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../../../../core/article/article';
import { serializeArticle } from '../../../../electron/store/article-file';
import { ARTICLE_FILE, articleFolderName } from '../../../../electron/store/layout';
import { Workspace } from '../../../../electron/store/workspace';
import { tempDir } from '../store/temp-workspace';
import { repoRoot } from './run-cli-process';

// A small archive and one ten times its size, of articles of about 3,000 words.
const SMALL = 100;
const LARGE = 1_000;
const base = Date.parse('2021-03-01T08:00:00Z');
const paragraph = (n: number) =>
  `Paragraph ${n} of the council's budget story, with figures and quotes. `.repeat(25);

const HEAP_MIB = 64;

let dir: string;
let cleanup: () => Promise<void>;

async function archive(name: string, count: number): Promise<string> {
  const root = path.join(dir, name);
  for (let n = 0; n < count; n++) {
    const article = createArticle(
      {
        headline: `Budget story ${n}`,
        status: n % 2 ? 'ready' : 'draft',
        body: {
          type: 'doc',
          content: Array.from({ length: 12 }, (_, p) => ({
            type: 'paragraph',
            content: [{ type: 'text', text: paragraph(p) }],
          })),
        },
      },
      new Date(base + n * 3_600_000),
    );
    const folder = path.join(root, articleFolderName(article.headline, article.id));
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, ARTICLE_FILE), serializeArticle(article));
  }
  return root;
}

interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the CLI process, MiB (the kernel's maxrss, read as it exits). */
  peakMiB: number;
}

// Node's own resourceUsage, so the test needs no GNU time on the machine.
const PEAK_HOOK =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("peak-kib "+process.resourceUsage().maxRSS+"\\n"))';

/** Runs the CLI as a real process; its stdout comes through a pipe read as it arrives. */
function measureOnce(args: string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      // A capped heap makes V8 collect as it goes, so the peak shows what is live, not garbage.
      [`--max-old-space-size=${HEAP_MIB}`, '--import', PEAK_HOOK, '--import', 'tsx'].concat([
        'electron/cli.ts',
        ...args,
      ]),
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const peak = /peak-kib (\d+)/.exec(stderr);
      if (!peak) return reject(new Error(`no peak memory in: ${stderr}`));
      resolve({
        code,
        stdout,
        stderr: stderr.replace(/peak-kib \d+\n?/, ''),
        peakMiB: Number(peak[1]) / 1024,
      });
    });
  });
}

/** The run with the lowest peak of three: one run's peak moves by several MiB with GC timing. */
async function measure(args: string[]): Promise<Measured> {
  const runs: Measured[] = [];
  for (let i = 0; i < 3; i++) runs.push(await measureOnce(args));
  return runs.reduce((best, run) => (run.peakMiB < best.peakMiB ? run : best));
}

let small: string;
let large: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('newsroom-cli-stream-'));
  small = await archive('small', SMALL);
  large = await archive('large', LARGE);
  // The app has indexed both (the CLI never writes the index), so runs compare listing and exporting.
  for (const root of [small, large]) {
    const ws = await Workspace.open(root);
    await ws.articles.list();
    await ws.close();
  }
}, 300_000);
afterAll(() => cleanup());

describe('the CLI on a large archive', { timeout: 300_000 }, () => {
  it('streams list --json as one entry per line, newest first, memory not growing with the count', async () => {
    const a = await measure(['list', '--workspace', small, '--json']);
    const b = await measure(['list', '--workspace', large, '--json']);
    expect(b.code).toBe(0);
    const lines = b.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(LARGE + 2);
    expect(lines[0]).toBe('[');
    expect(JSON.parse(lines[1]!.replace(/,$/, ''))).toMatchObject({
      headline: `Budget story ${LARGE - 1}`,
      status: 'ready',
    });
    const entries = JSON.parse(b.stdout) as { updated: string }[];
    expect(entries).toHaveLength(LARGE);
    expect(entries.every((e, i) => i === 0 || entries[i - 1]!.updated >= e.updated)).toBe(true);
    // Ten times the articles: a few hundred bytes of index each, never the articles' ≈ 19 KB of
    // text (40+ MB in all); the larger library is stat-ed in worker threads, ≈ 10 MiB of their own.
    expect(b.peakMiB - a.peakMiB).toBeLessThan(20);
  });

  it('exports --all one article at a time, memory not growing with the count', async () => {
    const outSmall = path.join(dir, 'out-small');
    const outLarge = path.join(dir, 'out-large');
    const args = (root: string, out: string) =>
      [
        'export',
        '--all',
        '--format',
        'json',
        '--out',
        out,
        '--workspace',
        root,
        '--force',
      ] as const;
    const a = await measure([...args(small, outSmall)]);
    const b = await measure([...args(large, outLarge)]);
    expect(b.code).toBe(0);
    const files = b.stdout.trimEnd().split('\n');
    expect(files).toHaveLength(LARGE);
    expect(new Set(files).size).toBe(LARGE);
    expect(files.every((f) => f.startsWith(outLarge) && f.endsWith('article.json'))).toBe(true);
    expect(await readdir(outLarge)).toHaveLength(LARGE);
    expect(b.stderr).toContain(`exported ${LARGE}/${LARGE}`);
    // The articles are ≈ 19 KB of text each: holding all of them would add well over 40 MB;
    // exporting one at a time still leaves some garbage between collections.
    expect(b.peakMiB - a.peakMiB).toBeLessThan(25);
  });
});
