// `newsroom export` run in this process, against a real workspace.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ninjsErrors } from '../../../../core/export/ninjs';
import { endExifTool } from '../../../../electron/photos/exiftool-process';
import { runCliInProcess as cli } from '../cli/run-cli-process';
import { addArticle, paragraphBody, useTempWorkspace } from './export-workspace';

// Exports start the shared ExifTool process; end it as the app and the CLI do.
afterAll(endExifTool);

const t = useTempWorkspace();

describe('newsroom export', { timeout: 120_000 }, () => {
  it('exports one article as ninjs and prints the file', async () => {
    const a = await addArticle(t.ws, { headline: 'One', body: paragraphBody('text') });
    const out = path.join(t.dir, 'one.json');
    const run = await cli([
      'export',
      a.id,
      '--format',
      'ninjs',
      '--out',
      out,
      '--workspace',
      t.ws.root,
    ]);
    expect(run).toEqual({ code: 0, stdout: [out], stderr: [] });
    expect(ninjsErrors(JSON.parse(await readFile(out, 'utf8')))).toEqual([]);
  });

  it('prints warnings on stderr and exits 1 on blockers unless --force', async () => {
    const a = await addArticle(t.ws, { headline: '', body: paragraphBody('text') }, true);
    const out = path.join(t.dir, 'x.html');
    const args = [
      'export',
      a.id,
      '--format',
      'html',
      '--form',
      'single',
      '--out',
      out,
      '--workspace',
      t.ws.root,
    ];
    const blocked = await cli(args);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr[0]).toBe(`blocker: ${a.id} “untitled”: The article has no headline.`);
    expect(blocked.stderr.at(-1)).toBe(
      'newsroom export: export stopped: 1 article has blockers (see above); fix them or use --force',
    );
    await expect(readFile(out)).rejects.toThrow();
    const forced = await cli([...args, '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('<h1>Untitled</h1>');
  });

  it('exports --all into one subfolder per article with progress on stderr', async () => {
    const a = await addArticle(t.ws, { headline: 'Alpha', body: paragraphBody('a') }, true);
    const b = await addArticle(t.ws, { headline: 'Beta', body: paragraphBody('b') });
    const run = await cli([
      'export',
      '--all',
      '--format',
      'html',
      '--out',
      t.out,
      '--workspace',
      t.ws.root,
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual(['exported 1/2', 'exported 2/2']);
    expect((await readdir(t.out)).sort()).toEqual([`alpha--${a.id}`, `beta--${b.id}`]);
    expect(run.stdout.sort()).toEqual([
      path.join(t.out, `alpha--${a.id}`, 'index.html'),
      path.join(t.out, `beta--${b.id}`, 'index.html'),
    ]);
  });

  it('refuses bad usage with exit 2', async () => {
    expect(
      (await cli(['export', '--format', 'pdf', '--out', 'x', '--workspace', t.ws.root, 'id'])).code,
    ).toBe(2);
    expect(
      (
        await cli([
          'export',
          'id',
          '--format',
          'ninjs',
          '--form',
          'single',
          '--out',
          'x',
          '--workspace',
          t.ws.root,
        ])
      ).code,
    ).toBe(2);
    expect(
      (await cli(['export', '--format', 'ninjs', '--out', 'x', '--workspace', t.ws.root])).code,
    ).toBe(2);
  });
});
