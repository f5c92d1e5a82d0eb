import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileInside } from '../../../../electron/shell/read-inside';

let base: string;
let root: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'newsroom-inside-'));
  root = path.join(base, 'root');
  await mkdir(path.join(root, 'sub'), { recursive: true });
  await writeFile(path.join(root, 'sub', 'a.txt'), 'inside');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('readFileInside', () => {
  it('reads a regular file inside the folder', async () => {
    const read = await readFileInside(root, path.join(root, 'sub', 'a.txt'));
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('inside');
  });

  it('refuses a lexical path outside the folder', async () => {
    expect(await readFileInside(root, path.join(root, '..', 'secret.txt'))).toEqual({
      ok: false,
      reason: 'outside',
    });
  });

  it('refuses a symlinked file that points outside', async () => {
    await symlink(path.join(base, 'secret.txt'), path.join(root, 'link.txt'));
    expect(await readFileInside(root, path.join(root, 'link.txt'))).toEqual({
      ok: false,
      reason: 'outside',
    });
  });

  it('refuses a file reached through a symlinked folder that points outside', async () => {
    await symlink(base, path.join(root, 'up'));
    expect(await readFileInside(root, path.join(root, 'up', 'secret.txt'))).toEqual({
      ok: false,
      reason: 'outside',
    });
  });

  it('follows a symlink that stays inside', async () => {
    await symlink(path.join(root, 'sub', 'a.txt'), path.join(root, 'alias.txt'));
    expect((await readFileInside(root, path.join(root, 'alias.txt'))).ok).toBe(true);
  });

  it('answers missing for absent files and not-a-file for folders', async () => {
    expect(await readFileInside(root, path.join(root, 'nope.txt'))).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(await readFileInside(root, path.join(root, 'sub'))).toEqual({
      ok: false,
      reason: 'not-a-file',
    });
    expect(await readFileInside(root, root)).toEqual({ ok: false, reason: 'outside' });
  });

  it('works when the folder itself is reached through a symlink', async () => {
    await symlink(root, path.join(base, 'root-link'));
    const read = await readFileInside(
      path.join(base, 'root-link'),
      path.join(root, 'sub', 'a.txt'),
    );
    expect(read.ok).toBe(true);
  });
});
