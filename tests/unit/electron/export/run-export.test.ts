import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { endExifTool, exifTool } from '../../../../electron/photos/exiftool-process';
import { ninjsErrors } from '../../../../core/export/ninjs';
import { importJsonText } from '../../../../core/import/import-text';
import { runExport } from '../../../../electron/export/run-export';
import { htmlErrors } from '../../core/export/html-validator';
import { addArticle, paragraphBody, useTempWorkspace } from './export-workspace';

const t = useTempWorkspace();
afterAll(endExifTool);

// Read back with exiftool-vendored (CI machines need not have the exiftool command).
const readTags = async (file: string) =>
  (await exifTool().read(file)) as unknown as Record<string, unknown>;

describe('runExport', { timeout: 120_000 }, () => {
  it('writes an HTML folder with the photo copied beside it, carrying the caption metadata', async () => {
    const article = await addArticle(t.ws, { headline: 'Desk story', byline: 'Ana' }, true);
    const out = path.join(t.out, 'desk-story');
    const result = await runExport(t.ws, [article.id], 'html', out);
    expect(result).toEqual({ ok: true, written: [path.join(out, 'index.html')] });
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(await htmlErrors(html)).toEqual([]);
    const file = article.leadPhoto!.file;
    expect(html).toContain(`<img src="photos/${encodeURIComponent(file)}"`);
    expect(await readdir(path.join(out, 'photos'))).toEqual([file]);
    const copy = path.join(out, 'photos', file);
    const tags = await readTags(copy);
    expect(tags.Description).toBe('Staff at work');
    expect(tags.Credit).toBe('Newsroom/Desk');
    expect(tags['Caption-Abstract']).toBe('Staff at work');
    const original = await readTags(await t.ws.photos.path(article.id, file));
    expect(original.Description).not.toBe('Staff at work');
  });

  it('embeds photos as data: URLs in the single-file form', async () => {
    const article = await addArticle(t.ws, { headline: 'Single' }, true);
    const out = path.join(t.dir, 'single.html');
    await runExport(t.ws, [article.id], 'html-single', out);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/<img src="data:image\/jpeg;base64,\/9j\//);
    expect(await readdir(t.dir)).toEqual(['single.html', 'ws']);
  });

  it('writes ninjs and native JSON that import back into the same article', async () => {
    const article = await addArticle(
      t.ws,
      { headline: 'Wire copy', body: paragraphBody('Text.'), status: 'ready' },
      true,
    );
    const ninjsFile = path.join(t.out, 'a.ninjs.json');
    const jsonFile = path.join(t.out, 'a.json');
    await mkdir(t.out);
    await runExport(t.ws, [article.id], 'ninjs', ninjsFile);
    await runExport(t.ws, [article.id], 'json', jsonFile);
    const ninjs = await readFile(ninjsFile, 'utf8');
    expect(ninjsErrors(JSON.parse(ninjs))).toEqual([]);
    expect(importJsonText(ninjs).article.headline).toBe('Wire copy');
    expect(importJsonText(await readFile(jsonFile, 'utf8')).article).toEqual(article);
    expect(await readdir(path.join(t.out, 'photos'))).toEqual([article.leadPhoto!.file]);
  });

  it('stops on blockers without writing anything, unless forced', async () => {
    const empty = await addArticle(t.ws, { headline: '' });
    const fine = await addArticle(t.ws, { headline: 'Fine', body: paragraphBody('ok') });
    const result = await runExport(t.ws, [fine.id, empty.id], 'html', t.out);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.blocked).toEqual([
      {
        id: empty.id,
        findings: [
          {
            code: 'missing-headline',
            severity: 'blocker',
            message: 'The article has no headline.',
          },
          { code: 'empty-body', severity: 'blocker', message: 'The body is empty.' },
        ],
      },
    ]);
    await expect(readdir(t.out)).rejects.toThrow();
    const forced = await runExport(t.ws, [fine.id, empty.id], 'html', t.out, { force: true });
    expect(forced.ok).toBe(true);
  });

  it('follows the workspace check settings', async () => {
    const empty = await addArticle(t.ws, { headline: '' });
    await writeFile(
      path.join(t.ws.root, '.newsroom', 'checks.json'),
      JSON.stringify({ levels: { 'missing-headline': 'warning', 'empty-body': 'off' } }),
    );
    const result = await runExport(t.ws, [empty.id], 'json', path.join(t.dir, 'x.json'));
    expect(result.ok).toBe(true);
    await writeFile(path.join(t.ws.root, '.newsroom', 'checks.json'), '{"levels":{"nope":1}}');
    await expect(runExport(t.ws, [empty.id], 'json', path.join(t.dir, 'x.json'))).rejects.toThrow(
      /checks\.json" is not valid/,
    );
  });

  it('exports a batch as one subfolder per article and reports progress', async () => {
    const a = await addArticle(t.ws, { headline: 'First one', body: paragraphBody('a') }, true);
    const b = await addArticle(t.ws, { headline: 'Second one', body: paragraphBody('b') });
    const progress: [number, number][] = [];
    const result = await runExport(t.ws, [a.id, b.id], 'ninjs', t.out, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect((await readdir(t.out)).sort()).toEqual([`first-one--${a.id}`, `second-one--${b.id}`]);
    expect(result).toEqual({
      ok: true,
      written: [
        path.join(t.out, `first-one--${a.id}`, 'article.ninjs.json'),
        path.join(t.out, `second-one--${b.id}`, 'article.ninjs.json'),
      ],
    });
    expect(await readdir(path.join(t.out, `first-one--${a.id}`, 'photos'))).toHaveLength(1);
  });

  it('names the article and file when a photo is missing', async () => {
    const article = await addArticle(t.ws, { headline: 'Lost photo', body: paragraphBody('x') });
    const { revision } = await t.ws.articles.read(article.id);
    await t.ws.articles.save(
      {
        ...article,
        leadPhoto: {
          file: 'gone.jpg',
          caption: 'c',
          credit: 'd',
          photographer: '',
          copyright: '',
          altText: 'a',
          width: null,
          height: null,
          fromFile: [],
        },
      },
      revision,
    );
    await expect(runExport(t.ws, [article.id], 'html', t.out)).rejects.toThrow(
      'photo "gone.jpg" of "Lost photo" cannot be exported',
    );
  });
});
