import { existsSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../../electron/store/workspace';
import { exited, spawnTs, waitForLine } from './child-process';
import { tempDir } from './temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const holder = 'tests/unit/electron/store/fixtures/hold-workspace.ts';

describe('workspace lock', () => {
  it('writes pid, host and time into .newsroom/lock and removes it on close', async () => {
    const ws = await Workspace.open(dir);
    const lock = JSON.parse(await readFile(path.join(dir, '.newsroom', 'lock'), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(Date.parse(lock.time)).not.toBeNaN();
    expect(ws.readOnly).toBe(false);
    expect(ws.lockedBy).toBeNull();
    await ws.close();
    expect(existsSync(path.join(dir, '.newsroom', 'lock'))).toBe(false);
  });

  it('makes a second instance (another process) read-only, naming the holder; a dead holder is taken over', async () => {
    const child = spawnTs(holder, [dir]);
    const line = await waitForLine(child, /^ready /);
    expect(line).toBe(`ready ${child.pid} false`);

    const second = await Workspace.open(dir);
    expect(second.readOnly).toBe(true);
    expect(second.lockedBy).toContain(`${os.hostname()} (process ${child.pid})`);
    expect(second.readOnlyReason).toContain(`process ${child.pid}`);
    await expect(second.articles.create({ headline: 'x' })).rejects.toThrow(
      new RegExp(
        `cannot create an article: workspace ".*" is read-only because it is open in ${os.hostname()} \\(process ${child.pid}\\)`,
      ),
    );
    await expect(Workspace.open(dir, { readOnlyIfLocked: false })).rejects.toThrow(
      /is already open in/,
    );
    await second.close();

    child.kill('SIGKILL');
    await exited(child);
    const third = await Workspace.open(dir);
    expect(third.readOnly).toBe(false);
    const lock = JSON.parse(await readFile(path.join(dir, '.newsroom', 'lock'), 'utf8'));
    expect(lock.pid).toBe(process.pid);
    await third.close();
  });

  it('a read-only instance leaves the holder’s lock in place when it closes', async () => {
    const first = await Workspace.open(dir);
    const second = await Workspace.open(dir);
    expect(second.readOnly).toBe(true);
    await second.close();
    expect(existsSync(path.join(dir, '.newsroom', 'lock'))).toBe(true);
    const { article } = await first.articles.create({ headline: 'still mine' });
    expect(article.headline).toBe('still mine');
    await first.close();
  });

  it('does not take over a lock from another machine (it cannot tell whether that process lives)', async () => {
    await mkdir(path.join(dir, '.newsroom'), { recursive: true });
    const foreign = {
      pid: 999_999,
      host: 'desk-7.example',
      time: '2026-01-01T00:00:00.000Z',
      token: 't',
    };
    await writeFile(path.join(dir, '.newsroom', 'lock'), JSON.stringify(foreign));
    const ws = await Workspace.open(dir);
    expect(ws.readOnly).toBe(true);
    expect(ws.lockedBy).toBe('desk-7.example (process 999999) since 2026-01-01T00:00:00.000Z');
    await ws.close();
  });

  it('takes over an unreadable (empty) lock file', async () => {
    await mkdir(path.join(dir, '.newsroom'), { recursive: true });
    await writeFile(path.join(dir, '.newsroom', 'lock'), '');
    const ws = await Workspace.open(dir);
    expect(ws.readOnly).toBe(false);
    await ws.close();
  });

  it('lets a shared (lock: false) instance write without taking or touching the lock', async () => {
    const app = await Workspace.open(dir);
    const cli = await Workspace.open(dir, { lock: false });
    expect(cli.readOnly).toBe(false);
    const { article } = await cli.articles.create({ headline: 'From the CLI' });
    await cli.close();
    expect(existsSync(path.join(dir, '.newsroom', 'lock'))).toBe(true);
    expect((await app.articles.list()).map((e) => e.id)).toEqual([article.id]);
    await app.close();
  });
});
