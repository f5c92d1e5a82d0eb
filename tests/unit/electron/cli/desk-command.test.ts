import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskUsers } from '../../../../electron/desk-server/desk-users';
import { tempDir } from '../store/temp-workspace';
import { oneLine, runCliInProcess, runCliProcess } from './run-cli-process';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('newsroom-desk-cli-')));
afterAll(() => cleanup());

describe('newsroom desk add-user', { timeout: 90_000 }, () => {
  it('prints a token once and keeps only its hash', async () => {
    const users = path.join(dir, 'users.json');
    const run = await runCliProcess([
      'desk',
      'add-user',
      'Ana Lima',
      '--role',
      'photo',
      '--users',
      users,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const token = run.stdout.trim();
    expect(token).toMatch(/^[0-9a-f]{16}\.[A-Za-z0-9_-]{43}$/);
    const file = await readFile(users, 'utf8');
    expect(file).not.toContain(token.split('.')[1]);
    expect(file).toMatch(/"hash": "scrypt:16384:8:1:/);
    const desk = new DeskUsers(users);
    expect(await desk.check(token)).toEqual({ name: 'Ana Lima', role: 'photo' });
    expect(await desk.check(token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBeNull();
  });

  it('refuses a second user of the same name (exit 1) and bad usage (exit 2)', async () => {
    const users = path.join(dir, 'users2.json');
    expect(
      (await runCliInProcess(['desk', 'add-user', 'Ed', '--role', 'editor', '--users', users]))
        .code,
    ).toBe(0);
    const again = await runCliInProcess([
      'desk',
      'add-user',
      'Ed',
      '--role',
      'editor',
      '--users',
      users,
    ]);
    expect(again.code).toBe(1);
    expect(oneLine(again.stderr.join('\n'))).toMatch(/a user named "Ed" is already in/);
    expect(
      (await runCliInProcess(['desk', 'add-user', 'Bo', '--role', 'admin', '--users', users])).code,
    ).toBe(2);
    expect((await runCliInProcess(['desk', 'add-user', 'Bo', '--role', 'editor'])).code).toBe(2);
    expect((await runCliInProcess(['serve'])).code).toBe(2);
    expect((await runCliInProcess(['serve', '--data', dir, '--port', 'x'])).code).toBe(2);
  });
});
