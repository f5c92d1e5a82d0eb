import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

// `npm run test:e2e` builds first, so this runs the CLI exactly as users get it: `npx newsroom …` on plain Node.
const repoRoot = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

async function npxNewsroom(args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', ['--no-install', 'newsroom', ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test('the built bin runs as `npx newsroom` on plain Node: new, list, export, import, usage', async () => {
  const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
    bin: { newsroom: string };
  };
  expect(pkg.bin).toEqual({ newsroom: 'out/main/cli.js' });
  expect(
    (await readFile(path.join(repoRoot, pkg.bin.newsroom), 'utf8')).startsWith(
      '#!/usr/bin/env node',
    ),
  ).toBe(true);
  const dir = await mkdtemp(path.join(tmpdir(), 'newsroom-bin-'));
  try {
    const ws = path.join(dir, 'ws');
    const created = await npxNewsroom(['new', '--headline', 'Built CLI', '--workspace', ws]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const id = created.stdout.trim();
    expect(id).toMatch(/^[0-9a-z]{16}$/);
    const listed = await npxNewsroom(['list', '--workspace', ws, '--json']);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ id, headline: 'Built CLI' }]);
    const out = path.join(dir, 'built.ninjs.json');
    const exported = await npxNewsroom([
      'export',
      id,
      '--format',
      'ninjs',
      '--out',
      out,
      '--workspace',
      ws,
      '--force',
    ]);
    expect(exported.code).toBe(0);
    expect(exported.stdout.trim()).toBe(out);
    const imported = await npxNewsroom(['import', out, '--workspace', ws]);
    expect(imported.code).toBe(0);
    expect(imported.stdout.trim()).toMatch(/^[0-9a-z]{16}$/);
    const usage = await npxNewsroom(['list']);
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim().split('\n')).toHaveLength(1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
