import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../core/article/article';
import { Workspace } from '../../../../electron/store/workspace';
import { tempDir } from '../store/temp-workspace';
import { oneLine, runCliProcess } from './run-cli-process';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('newsroom-cli-')));
afterEach(() => cleanup());

describe('newsroom new', { timeout: 90_000 }, () => {
  it('creates a draft (and the workspace) and prints its id', async () => {
    const ws = path.join(dir, 'Newsroom');
    const run = await runCliProcess(['new', '--headline', 'Bridge reopens', '--workspace', ws]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const id = run.stdout.trim();
    expect(id).toMatch(/^[0-9a-z]{16}$/);
    const file = path.join(ws, `bridge-reopens--${id}`, 'article.json');
    const article = parseArticle(JSON.parse(await readFile(file, 'utf8')));
    expect(article).toMatchObject({ id, headline: 'Bridge reopens', status: 'draft', format: 3 });
    expect(existsSync(path.join(ws, '.newsroom', 'lock'))).toBe(false);
  });

  it('prints JSON with --json, even while the app holds the workspace', async () => {
    const app = await Workspace.open(dir);
    const lockBefore = await readFile(path.join(dir, '.newsroom', 'lock'), 'utf8');
    const run = await runCliProcess([
      'new',
      '--headline',
      'Late news',
      '--workspace',
      dir,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toEqual({
      id: expect.stringMatching(/^[0-9a-z]{16}$/),
      headline: 'Late news',
      language: 'en',
      keywords: [],
      folder: path.join(app.root, `late-news--${out.id}`),
    });
    expect(await readFile(path.join(dir, '.newsroom', 'lock'), 'utf8')).toBe(lockBefore);
    expect((await app.articles.list()).map((e) => e.id)).toEqual([out.id]);
    await app.close();
  });

  it("writes the workspace's default language, or the one --language names", async () => {
    await mkdir(path.join(dir, '.newsroom'), { recursive: true });
    await writeFile(path.join(dir, '.newsroom', 'settings.json'), '{ "language": "nb" }');
    const [byDefault, named] = await Promise.all([
      runCliProcess(['new', '--headline', 'Ferja går', '--workspace', dir, '--json']),
      runCliProcess([
        'new',
        '--headline',
        'x',
        '--language',
        'AR-eg',
        '--workspace',
        dir,
        '--json',
      ]),
    ]);
    expect(JSON.parse(byDefault.stdout).language).toBe('nb');
    expect(JSON.parse(named.stdout).language).toBe('ar-EG');
    const file = path.join(JSON.parse(named.stdout).folder, 'article.json');
    expect(parseArticle(JSON.parse(await readFile(file, 'utf8'))).language).toBe('ar-EG');
  });

  it('writes the comma-separated --keywords, cleaned as the editor cleans them', async () => {
    const run = await runCliProcess([
      'new',
      '--headline',
      'Floods',
      '--keywords',
      ' floods, Oslo,,floods ',
      '--workspace',
      dir,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.keywords).toEqual(['floods', 'Oslo']);
    const file = path.join(out.folder, 'article.json');
    expect(parseArticle(JSON.parse(await readFile(file, 'utf8'))).keywords).toEqual([
      'floods',
      'Oslo',
    ]);
  });

  it('exits 1 naming a language that is not a tag, or a broken settings file', async () => {
    const bad = await runCliProcess([
      'new',
      '--headline',
      'x',
      '--language',
      'Arabic!',
      '--workspace',
      dir,
    ]);
    expect(bad.code).toBe(1);
    expect(oneLine(bad.stderr)).toBe(
      'newsroom new: --language: "Arabic!" is not a BCP 47 language tag',
    );
    await mkdir(path.join(dir, '.newsroom'), { recursive: true });
    await writeFile(path.join(dir, '.newsroom', 'settings.json'), '{ "language": "xx_YY" }');
    const broken = await runCliProcess(['new', '--headline', 'x', '--workspace', dir]);
    expect(broken.code).toBe(1);
    expect(oneLine(broken.stderr)).toBe(
      'newsroom new: .newsroom/settings.json is not valid: language: "xx_YY" is not a BCP 47 language tag',
    );
  });

  it('exits 1 with one line for a headline the article format refuses', async () => {
    const run = await runCliProcess(['new', '--headline', 'x'.repeat(1001), '--workspace', dir]);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toMatch(/^newsroom new: the new article is not valid: headline: /);
    expect(run.stdout).toBe('');
  });

  it('exits 1 when the workspace is a file', async () => {
    const file = path.join(dir, 'file');
    await (await import('node:fs/promises')).writeFile(file, '');
    const run = await runCliProcess(['new', '--headline', 'x', '--workspace', file]);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toBe(`newsroom new: workspace "${file}" is not a folder`);
  });

  it('exits 2 without --headline or with a stray argument', async () => {
    const [noHeadline, stray] = await Promise.all([
      runCliProcess(['new', '--workspace', dir]),
      runCliProcess(['new', '--headline', 'x', '--workspace', dir, 'extra']),
    ]);
    expect(noHeadline.code).toBe(2);
    expect(oneLine(noHeadline.stderr)).toMatch(
      /^newsroom new: --headline TEXT is required \(usage: /,
    );
    expect(stray.code).toBe(2);
    expect(oneLine(stray.stderr)).toMatch(/^newsroom new: /);
  });

  it('exits 2 for an unknown command and prints usage when asked', async () => {
    const [unknown, help] = await Promise.all([
      runCliProcess(['frobnicate']),
      runCliProcess(['--help']),
    ]);
    expect(unknown.code).toBe(2);
    expect(oneLine(unknown.stderr)).toBe('newsroom: unknown command "frobnicate"');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      'newsroom new --headline TEXT [--language TAG] [--keywords "WORD, WORD"] --workspace DIR [--json]',
    );
    expect(help.stdout).toContain('newsroom list --workspace DIR [--json]');
  });
});
