import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DESK_STATE_DIR } from '../../../../electron/desk-server/desk-storage';
import { DeskClient, startServer, until } from './desk-harness';
import { deskFixture, type DeskFixture } from './desk-fixture';

let fx: DeskFixture;

beforeEach(async () => {
  fx = await deskFixture();
});
afterEach(() => fx.cleanup());

/** The article's folder of desk state files in a data folder. */
async function stateDir(data: string): Promise<string> {
  const entries = await readdir(data, { recursive: true, withFileTypes: true });
  const dir = entries.find((e) => e.isDirectory() && e.name === DESK_STATE_DIR);
  if (!dir) throw new Error(`no ${DESK_STATE_DIR} folder under ${data}`);
  return path.join(dir.parentPath, dir.name);
}

it('a document that cannot be loaded is refused, and the desk still stops on SIGTERM', async () => {
  // The article's desk state is made once, so a second start loads it from its files.
  const first = await startServer({ data: fx.data, users: fx.users });
  const seeder = new DeskClient(first.url, fx.reporter);
  seeder.open(fx.id);
  await until(() => seeder.allSynced());
  seeder.destroy();
  expect(await first.stop()).toBe(0);

  // A state file that cannot be read (a folder where a file should be) fails the next load.
  await mkdir(path.join(await stateDir(fx.data), 'unreadable.update'));
  const server = await startServer({ data: fx.data, users: fx.users });
  const client = new DeskClient(server.url, fx.reporter);
  try {
    client.open(fx.id);
    await until(() => server.stderr().includes('[onLoadDocument]'));
  } finally {
    client.destroy();
  }
  // The harness fails a server that has not exited 30 s after SIGTERM.
  expect(await server.stop()).toBe(0);
});
