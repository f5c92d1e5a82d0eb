import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../core/article/article';
import { Workspace } from '../../../../electron/store/workspace';
import { fixture, tempDir } from '../photos/images';
import { oneLine, runCliProcess } from './run-cli-process';

let tmp: Awaited<ReturnType<typeof tempDir>>;
let dir: string;
let id: string;
let folder: string;

beforeEach(async () => {
  tmp = await tempDir();
  dir = path.join(tmp.dir, 'ws');
  const ws = await Workspace.open(dir);
  const { article } = await ws.articles.create({ headline: 'Onions' });
  id = article.id;
  folder = await ws.articles.folder(id);
  await ws.close();
});
afterEach(() => tmp.cleanup());

const articleOnDisk = async () =>
  parseArticle(JSON.parse(await readFile(path.join(folder, 'article.json'), 'utf8')));

// Each test spawns the real CLI under tsx, which takes seconds on a busy 2-core machine.
describe('newsroom attach-photo', { timeout: 120_000 }, () => {
  it('attaches the lead photo, embedded metadata first, options override', async () => {
    const run = await runCliProcess([
      'attach-photo',
      id,
      fixture('iptc-staff-photographer-example.jpg'),
      '--caption',
      'Jim Moore plants leeks in Watseka, Illinois.',
      '--alt',
      'A farmer kneels beside a tractor',
      '--workspace',
      dir,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`iptc-staff-photographer-example.jpg attached to ${id}`);
    const { leadPhoto } = await articleOnDisk();
    expect(leadPhoto).toEqual({
      file: 'iptc-staff-photographer-example.jpg',
      caption: 'Jim Moore plants leeks in Watseka, Illinois.',
      credit: 'Big Newspaper',
      photographer: 'John Doe',
      copyright: '©2010 Big Newspaper, all rights reserved',
      altText: 'A farmer kneels beside a tractor',
      width: 516,
      height: 350,
      fromFile: ['credit', 'photographer', 'copyright'],
    });
    expect(await readdir(path.join(folder, 'photos'))).toEqual([
      'iptc-staff-photographer-example.jpg',
    ]);
  });

  it('prints JSON with --json and takes --credit', async () => {
    const run = await runCliProcess([
      'attach-photo',
      id,
      fixture('broken1.jpg'),
      '--credit',
      'Eric Staff',
      '--workspace',
      dir,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.photo).toMatchObject({
      file: 'broken1.jpg',
      credit: 'Eric Staff',
      fromFile: [],
    });
    expect((await articleOnDisk()).leadPhoto?.credit).toBe('Eric Staff');
  });

  it('exits 1 naming a broken image and changes nothing', async () => {
    const bad = path.join(tmp.dir, 'truncated.jpg');
    await writeFile(
      bad,
      (await readFile(fixture('iptc-staff-photographer-example.jpg'))).subarray(0, 2000),
    );
    const before = await readFile(path.join(folder, 'article.json'), 'utf8');
    const run = await runCliProcess(['attach-photo', id, bad, '--workspace', dir]);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toMatch(
      /^newsroom attach-photo: photo ".*truncated\.jpg" is a damaged or incomplete JPEG/,
    );
    expect(await readFile(path.join(folder, 'article.json'), 'utf8')).toBe(before);
    expect(await readdir(path.join(folder, 'photos'))).toEqual([]);
  });

  it('exits 1 for an unknown article', async () => {
    const unknown = await runCliProcess([
      'attach-photo',
      '0123456789abcdef',
      fixture('broken1.jpg'),
      '--workspace',
      dir,
    ]);
    expect(unknown.code).toBe(1);
    expect(oneLine(unknown.stderr)).toMatch(/article 0123456789abcdef does not exist/);
  });

  it('exits 2 for usage errors', async () => {
    const noWorkspace = await runCliProcess(['attach-photo', id, fixture('broken1.jpg')]);
    expect(noWorkspace.code).toBe(2);
    expect(oneLine(noWorkspace.stderr)).toMatch(/--workspace DIR is required/);
    expect((await runCliProcess(['attach-photo', id, '--workspace', dir])).code).toBe(2);
  });
});
