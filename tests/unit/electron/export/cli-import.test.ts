// `newsroom import` of native and ninjs files with their photos, against a real workspace.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportNinjs, serializeNinjs } from '../../../../core/export/ninjs';
import { endExifTool } from '../../../../electron/photos/exiftool-process';
import { Workspace } from '../../../../electron/store/workspace';
import { runCliInProcess as cli, oneLine, runCliProcess } from '../cli/run-cli-process';
import { sampleArticle } from '../../core/export/sample-article';
import { addArticle, fixturePhoto, paragraphBody, useTempWorkspace } from './export-workspace';

// Exports start the shared ExifTool process; end it as the app and the CLI do.
afterAll(endExifTool);

const t = useTempWorkspace();

describe('newsroom import', { timeout: 120_000 }, () => {
  it('imports our own ninjs export with its photos and prints the new id', async () => {
    const source = await addArticle(
      t.ws,
      { headline: 'Round trip', body: paragraphBody('Body.') },
      true,
    );
    await cli([
      'export',
      source.id,
      '--format',
      'ninjs',
      '--out',
      path.join(t.out, 'a.ninjs.json'),
      '--workspace',
      t.ws.root,
    ]);
    const target = path.join(t.dir, 'ws2');
    const run = await cli(['import', path.join(t.out, 'a.ninjs.json'), '--workspace', target]);
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual([]);
    expect(run.stdout).toHaveLength(1);
    const ws2 = await Workspace.open(target, { lock: false });
    try {
      const { article } = await ws2.articles.read(run.stdout[0]!);
      expect(article.headline).toBe('Round trip');
      expect(article.leadPhoto).toMatchObject({
        caption: 'Staff at work',
        credit: 'Newsroom/Desk',
      });
      const stored = await ws2.photos.path(article.id, article.leadPhoto!.file);
      const exported = path.join(t.out, 'photos', source.leadPhoto!.file);
      expect((await readFile(stored)).equals(await readFile(exported))).toBe(true);
      expect(
        serializeNinjs(
          exportNinjs({
            ...article,
            id: source.id,
            created: source.created,
            updated: source.updated,
          }),
        ),
      ).toBe(serializeNinjs(exportNinjs(source)));
    } finally {
      await ws2.close();
    }
  });

  it('imports several files (native JSON and ninjs 1.x) and reports them as JSON', async () => {
    await mkdir(t.out);
    const native = path.join(t.out, 'native.json');
    await writeFile(
      native,
      JSON.stringify({ ...sampleArticle(), leadPhoto: null, body: paragraphBody('x') }),
    );
    const v1 = path.join(t.out, 'v1.json');
    await mkdir(path.join(t.out, 'img'));
    await cp(fixturePhoto, path.join(t.out, 'img', 'wire photo.jpg'));
    await writeFile(
      v1,
      JSON.stringify({
        uri: 'http://wire.example/1',
        headline: 'Wire',
        body_text: 'Para one.\n\nPara two.',
        associations: {
          main: {
            type: 'picture',
            description_text: 'Cap',
            renditions: { original: { href: 'img/wire%20photo.jpg' } },
          },
          second: {
            type: 'picture',
            renditions: { original: { href: 'http://127.0.0.1:9/nothing.jpg' } },
          },
        },
      }),
    );
    const run = await cli(['import', native, v1, '--workspace', t.ws.root, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.join('\n')) as {
      id: string;
      headline: string;
      photos: string[];
      droppedPhotos: string[];
    }[];
    expect(report.map((r) => r.headline)).toEqual(['Ferry strike ends after three days', 'Wire']);
    expect(report[1]!.photos).toEqual(['wire photo.jpg']);
    expect(report[1]!.droppedPhotos).toEqual(['nothing.jpg']);
    expect(run.stderr[0]).toMatch(/^warning: ".*v1.json": photo "nothing.jpg" left out: /);
    const { article } = await t.ws.articles.read(report[1]!.id);
    expect(article.leadPhoto?.caption).toBe('Cap');
    expect(JSON.stringify(article.body)).not.toContain('nothing.jpg');
  });

  it('downloads http photos of agency ninjs', async () => {
    const photo = await readFile(fixturePhoto);
    const server = createServer((request, response) => {
      if (request.url === '/img/agency.jpg')
        response.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await mkdir(t.out);
      const file = path.join(t.out, 'agency.json');
      await writeFile(
        file,
        JSON.stringify({
          uri: 'http://x/1',
          headline: 'Agency',
          associations: [
            {
              name: 'a',
              uri: 'http://x/a',
              type: 'picture',
              renditions: [{ name: 'original', href: `http://127.0.0.1:${port}/img/agency.jpg` }],
            },
            {
              name: 'b',
              uri: 'http://x/b',
              type: 'picture',
              renditions: [{ name: 'original', href: `http://127.0.0.1:${port}/img/missing.jpg` }],
            },
          ],
        }),
      );
      const run = await cli(['import', file, '--workspace', t.ws.root]);
      expect(run.code).toBe(0);
      expect(run.stderr).toEqual([`warning: "${file}": photo "missing.jpg" left out: HTTP 404`]);
      const { article } = await t.ws.articles.read(run.stdout[0]!);
      expect(article.leadPhoto?.file).toBe('agency.jpg');
      expect((await readFile(await t.ws.photos.path(article.id, 'agency.jpg'))).equals(photo)).toBe(
        true,
      );
    } finally {
      server.close();
    }
  });

  it('refuses photo links that leave the folder of the imported file', async () => {
    await mkdir(t.out);
    const file = path.join(t.out, 'sneaky.json');
    await writeFile(
      file,
      JSON.stringify({
        uri: 'http://x/1',
        headline: 'S',
        associations: [
          {
            name: 'p',
            uri: 'http://x/p',
            type: 'picture',
            renditions: [{ name: 'original', href: '../../../../../etc/passwd' }],
          },
        ],
      }),
    );
    const run = await cli(['import', file, '--workspace', t.ws.root]);
    expect(run.code).toBe(0);
    expect(run.stderr[0]).toContain('the link leaves the folder of the imported file');
  });

  it('exits 1 with one line and imports nothing when any file is malformed', async () => {
    await mkdir(t.out);
    const good = path.join(t.out, 'good.json');
    const bad = path.join(t.out, 'bad.json');
    await writeFile(good, JSON.stringify({ uri: 'http://x/1', headline: 'Good' }));
    await writeFile(bad, '{"uri": "http://x/2", "headline": ');
    const before = await t.ws.articles.list();
    const run = await runCliProcess(['import', good, bad, '--workspace', t.ws.root]);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toMatch(/^newsroom import: ".*bad.json": not JSON: /);
    expect(run.stdout).toBe('');
    expect(await t.ws.articles.list()).toEqual(before);
    const missing = await runCliProcess([
      'import',
      path.join(t.out, 'nope.json'),
      '--workspace',
      t.ws.root,
    ]);
    expect(missing.code).toBe(1);
    expect(oneLine(missing.stderr)).toMatch(/cannot read ".*nope.json"/);
  });
});
