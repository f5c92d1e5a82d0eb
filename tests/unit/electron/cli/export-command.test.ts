import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../../../core/article/article';
import { ninjsErrors } from '../../../../core/export/ninjs';
import { runCli } from '../../../../electron/cli/run-cli';
import { endExifTool } from '../../../../electron/photos/exiftool-process';
import { addArticle, paragraphBody, tempWorkspace } from '../export/export-workspace';
import { iptcSchemas, xmllintSchema } from '../../core/export/xmllint';
import { oneLine, runCliProcess } from './run-cli-process';

// Exports start the shared ExifTool process; end it as the app and the CLI do.
afterAll(endExifTool);

let t: Awaited<ReturnType<typeof tempWorkspace>>;
let ready: Article;
let blocked: Article;
beforeAll(async () => {
  t = await tempWorkspace();
  ready = await addArticle(
    t.ws,
    { headline: 'Harbour reopens', body: paragraphBody('Ships are back.') },
    true,
  );
  blocked = await addArticle(t.ws, { headline: '', body: paragraphBody('No headline yet.') });
});
afterAll(() => t.cleanup());

const exportArgs = (...args: string[]) => ['export', ...args, '--workspace', t.ws.root];

describe('newsroom export (real processes)', { timeout: 180_000 }, () => {
  it('--format html writes index.html and the photo beside it, prints the page, exit 0', async () => {
    const out = path.join(t.dir, 'html');
    const run = await runCliProcess(exportArgs(ready.id, '--format', 'html', '--out', out));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toEqual([path.join(out, 'index.html')]);
    expect(await readdir(path.join(out, 'photos'))).toEqual([ready.leadPhoto!.file]);
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<h1>Harbour reopens</h1>');
    expect(html).toContain(`<img src="photos/${ready.leadPhoto!.file}"`);
    expect(html).toContain('<span class="credit">Newsroom/Desk</span>');
  });

  it('--format html --form single / fragment write one file: photos embedded / just the article', async () => {
    const single = path.join(t.dir, 'single.html');
    const fragment = path.join(t.dir, 'fragment.html');
    const a = await runCliProcess(
      exportArgs(ready.id, '--format', 'html', '--form', 'single', '--out', single),
    );
    expect(a.code).toBe(0);
    expect(a.stdout.trim()).toBe(single);
    expect(await readFile(single, 'utf8')).toContain('<img src="data:image/jpeg;base64,');
    const b = await runCliProcess(
      exportArgs(ready.id, '--format', 'html', '--form', 'fragment', '--out', fragment),
    );
    expect(b.code).toBe(0);
    const text = await readFile(fragment, 'utf8');
    expect(text.startsWith('<article lang="en" dir="ltr">')).toBe(true);
    expect(text).not.toMatch(/<html|<head>|<script/);
  });

  it('--format ninjs writes ninjs 3.1 that validates; --format json writes the article itself', async () => {
    const ninjs = path.join(t.dir, 'a.ninjs.json');
    const run = await runCliProcess(exportArgs(ready.id, '--format', 'ninjs', '--out', ninjs));
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(ninjs);
    expect(ninjsErrors(JSON.parse(await readFile(ninjs, 'utf8')))).toEqual([]);
    const json = path.join(t.dir, 'a.json');
    const native = await runCliProcess(exportArgs(ready.id, '--format', 'json', '--out', json));
    expect(native.code).toBe(0);
    expect(parseArticle(JSON.parse(await readFile(json, 'utf8')))).toEqual(ready);
  });

  it.each([
    ['newsml', 'a.newsml.xml', iptcSchemas.newsml],
    ['nitf', 'a.nitf.xml', iptcSchemas.nitf],
  ])(
    '--format %s writes schema-valid agency XML with photos/ beside it, and it imports back',
    async (format, name, schema) => {
      const out = path.join(t.dir, format, name);
      const run = await runCliProcess(exportArgs(ready.id, '--format', format, '--out', out));
      expect(run.code).toBe(0);
      expect(run.stdout.trimEnd().split('\n')).toEqual([out]);
      const xml = await readFile(out, 'utf8');
      expect(await xmllintSchema(schema, { [name]: xml })).toEqual({ [name]: [] });
      expect(await readdir(path.join(t.dir, format, 'photos'))).toEqual([ready.leadPhoto!.file]);
      const again = await tempWorkspace();
      try {
        const back = await runCliProcess(['import', out, '--workspace', again.ws.root, '--json']);
        expect(back.stderr).toBe('');
        expect(back.code).toBe(0);
        const [imported] = JSON.parse(back.stdout) as { id: string; format: string }[];
        expect(imported!.format).toBe(format);
        const { article } = await again.ws.articles.read(imported!.id);
        expect(article).toMatchObject({
          headline: ready.headline,
          body: ready.body,
          leadPhoto: { ...ready.leadPhoto, fromFile: [] },
        });
      } finally {
        await again.cleanup();
      }
    },
  );

  it('a blocker prints the finding and exits 1 without writing; --force exports', async () => {
    const out = path.join(t.dir, 'blocked.json');
    const run = await runCliProcess(exportArgs(blocked.id, '--format', 'json', '--out', out));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `blocker: ${blocked.id} “untitled”: The article has no headline.`,
      'newsroom export: export stopped: 1 article has blockers (see above); fix them or use --force',
    ]);
    await expect(readFile(out)).rejects.toThrow();
    const forced = await runCliProcess(
      exportArgs(blocked.id, '--format', 'json', '--out', out, '--force'),
    );
    expect(forced.code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ id: blocked.id });
  });

  it('--all shows progress on the terminal and writes one folder per article', async () => {
    const out = path.join(t.dir, 'all');
    const run = await runCliProcess([
      'export',
      '--all',
      '--format',
      'ninjs',
      '--force',
      '--out',
      out,
      '--workspace',
      t.ws.root,
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('exported 1/2\nexported 2/2\n');
    expect((await readdir(out)).sort()).toEqual(
      [`harbour-reopens--${ready.id}`, `untitled--${blocked.id}`].sort(),
    );
  });

  it('an unknown id or a missing workspace: exit 1 with one line; bad usage: exit 2', async () => {
    const unknown = await runCliProcess(
      exportArgs('zzzzzzzzzzzzzzzz', '--format', 'json', '--out', path.join(t.dir, 'x.json')),
    );
    expect(unknown.code).toBe(1);
    expect(oneLine(unknown.stderr)).toMatch(/^newsroom export: .*zzzzzzzzzzzzzzzz/);
    const noWorkspace = await runCliProcess([
      'export',
      ready.id,
      '--format',
      'json',
      '--out',
      path.join(t.dir, 'y.json'),
      '--workspace',
      path.join(t.dir, 'missing'),
    ]);
    expect(noWorkspace.code).toBe(1);
    expect(oneLine(noWorkspace.stderr)).toMatch(/^newsroom export: .*missing/);
    const usage = await runCliProcess(exportArgs(ready.id, '--format', 'pdf', '--out', 'x'));
    expect(usage.code).toBe(2);
    expect(oneLine(usage.stderr)).toMatch(
      /--format must be one of html, ninjs, json, newsml, nitf/,
    );
  });

  it('ids that try to leave the workspace are refused by export and attach-photo, and nothing is written', async () => {
    const hostile = [
      '../../etc',
      '/etc/passwd',
      'C:\\Windows',
      'CON',
      '%2e%2e%2f%2e%2e',
      'abc\u0000def',
      `..${path.sep}${ready.id}`,
      `${ready.id}/../..`,
    ];
    for (const id of hostile) {
      for (const args of [
        ['export', id, '--format', 'json', '--out', path.join(t.dir, 'never.json')],
        ['attach-photo', id, path.join(t.dir, 'never.jpg')],
      ]) {
        const lines: string[] = [];
        const code = await runCli(
          [...args, '--workspace', t.ws.root],
          () => undefined,
          (l) => void lines.push(l),
        );
        expect(code, `${args[0]} ${JSON.stringify(id)}`).toBe(1);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(
          new RegExp(`^newsroom ${args[0]}: ".+" is not an article id$`, 's'),
        );
      }
    }
    await expect(readFile(path.join(t.dir, 'never.json'))).rejects.toThrow();
  });
});
