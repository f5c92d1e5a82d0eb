import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addDeskUser } from '../../../../electron/desk-server/desk-users';
import { DeskClient } from '../../../../electron/desk/desk-client';
import { rememberedRolesFile } from '../../../../electron/desk/remembered-roles';
import { Workspace } from '../../../../electron/store/workspace';
import { startServer, until, type ServerProcess } from './desk-harness';
import { deskFixture, type DeskFixture } from './desk-fixture';

let fx: DeskFixture;
let server: ServerProcess | null;
let photoToken: string;
const closers: (() => unknown)[] = [];

beforeEach(async () => {
  fx = await deskFixture();
  photoToken = await addDeskUser(fx.users, 'Pia Photo', 'photo');
  server = await startServer({ data: fx.data, users: fx.users });
}, 60_000);
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await server?.stop();
  await fx.cleanup();
});

/** The app's main-process desk client on the laptop folder `name`. */
async function laptop(name: string, url: string, token: string) {
  const ws = await Workspace.open(path.join(fx.dir, name));
  const client = new DeskClient({
    workspace: ws,
    emit: () => undefined,
    backoff: { delay: 100, maxDelay: 1000 },
  });
  client.connect(url, token);
  const close = async () => {
    await client.close();
    await ws.close();
  };
  closers.push(close);
  return { ws, client, close };
}

it('a window opened while the desk is away has the role the token last had there', async () => {
  const url = server!.url;
  const online = await laptop('pia', url, photoToken);
  await online.client.open(fx.id);
  await until(() => online.client.state().status === 'synced');
  // Who the token is comes from GET /whoami, beside the sync and not ordered with it.
  await until(() => online.client.state().user !== null);
  expect(online.client.state().user).toEqual({ name: 'Pia Photo', role: 'photo' });
  const file = rememberedRolesFile(online.ws.root);
  await until(() =>
    readFile(file, 'utf8').then(
      () => true,
      () => false,
    ),
  );
  // The file names the login by a hash: the token itself is nowhere on disk.
  expect(await readFile(file, 'utf8')).not.toContain(photoToken);
  closers.splice(closers.indexOf(online.close), 1);
  await online.close();

  await server!.stop();
  server = null;
  const offline = await laptop('pia', url, photoToken);
  await offline.client.open(fx.id);
  expect(offline.client.state().user).toEqual({ name: 'Pia Photo', role: 'photo' });
});

it('a token never connected from this workspace has no role offline, nor one of another desk', async () => {
  const url = server!.url;
  const online = await laptop('pia', url, photoToken);
  await online.client.open(fx.id);
  await until(() => online.client.state().user !== null);
  await until(() =>
    readFile(rememberedRolesFile(online.ws.root), 'utf8').then(
      () => true,
      () => false,
    ),
  );
  closers.splice(closers.indexOf(online.close), 1);
  await online.close();
  await server!.stop();
  server = null;

  const newToken = await addDeskUser(fx.users, 'Pia Photo (laptop)', 'photo');
  const other = await laptop('pia', url, newToken);
  await other.client.open(fx.id);
  expect(other.client.state().user).toBeNull();
  closers.splice(closers.indexOf(other.close), 1);
  await other.close();

  const elsewhere = await laptop('pia', url.replace(/:\d+$/, ':1'), photoToken);
  await elsewhere.client.open(fx.id);
  expect(elsewhere.client.state().user).toBeNull();
});
