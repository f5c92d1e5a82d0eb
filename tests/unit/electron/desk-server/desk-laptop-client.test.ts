// The main process's desk client on a laptop: the role it remembers, and what its window reaches.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { deskText } from '../../../../core/desk/desk-layout';
import { addDeskUser } from '../../../../electron/desk-server/desk-users';
import { fromBase64 } from '../../../../electron/desk/base64';
import { rememberedRolesFile } from '../../../../electron/desk/remembered-roles';
import { startServer, until, type ServerProcess } from './desk-harness';
import { deskFixture, laptopClient, type DeskFixture } from './desk-fixture';

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

/** The app's main-process desk client on the laptop folder `name`, connected to `url`. */
async function laptop(name: string, url: string, token: string) {
  const opened = await laptopClient(fx.dir, name);
  opened.client.connect(url, token);
  closers.push(opened.close);
  return opened;
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

/** The main-process desk client of the laptop folder `name`; `reach` is what the window's page may reach. */
async function windowLaptop(name: string, reach: (socket: string) => boolean) {
  const opened = await laptopClient(fx.dir, name, reach);
  closers.push(opened.close);
  return opened;
}

it('the window is given the desk and the token only when its page may reach that desk', async () => {
  const socket = server!.url;
  const allowed = await windowLaptop('allowed', (url) => url === socket);
  allowed.client.connect(`${socket}/`, fx.editor);
  expect((await allowed.client.open(fx.id)).live).toEqual({ url: socket, token: fx.editor });

  const elsewhere = await windowLaptop('elsewhere', (url) => url === 'ws://127.0.0.1:1');
  elsewhere.client.connect(socket, fx.editor);
  expect((await elsewhere.client.open(fx.id)).live).toBeNull();

  // Signed out of the desk, the article still opens here; the window has nowhere to go itself.
  await until(() => allowed.client.state().status === 'synced');
  allowed.client.disconnect();
  expect((await allowed.client.open(fx.id)).live).toBeNull();
});

it('what the window heard from the desk is kept offline, counted as the desk’s, not sent back', async () => {
  const first = await windowLaptop('pia', () => true);
  first.client.connect(server!.url, fx.editor);
  await first.client.open(fx.id);
  await until(() => first.client.state().status === 'synced');
  // The article as the window shows it once the desk's copy arrived.
  const opened = await first.client.open(fx.id);
  await server!.stop();
  server = null;

  // An edit of someone else's, as the window's own connection brought it.
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, fromBase64(opened.update));
  let heard: Uint8Array | null = null;
  theirs.on('update', (update: Uint8Array) => (heard = update));
  deskText(theirs, 'headline').insert(0, 'Live: ');
  first.events.length = 0;
  await first.client.heard(fx.id, heard!);

  expect(first.client.state().pending).toBe(0);
  expect(first.events.filter((e) => e.event === 'desk:update')).toEqual([]);
  closers.splice(closers.indexOf(first.close), 1);
  await first.close();

  // Started again with the desk still away: the article comes from this computer's log alone.
  const again = await windowLaptop('pia', () => true);
  const reopened = new Y.Doc();
  Y.applyUpdate(reopened, fromBase64((await again.client.open(fx.id)).update));
  expect(deskText(reopened, 'headline').toString()).toBe('Live: Floods in the valley');
  expect(again.client.state().pending).toBe(0);
});

it('refuses bytes that are not a Yjs update from the window', async () => {
  const pia = await windowLaptop('pia', () => true);
  pia.client.connect(server!.url, fx.editor);
  await pia.client.open(fx.id);
  await expect(pia.client.heard(fx.id, new Uint8Array([255, 255, 255]))).rejects.toThrow(
    /malformed update for article/,
  );
});

it('others’ changes skip a window that hears the desk itself, and reach it once it no longer does', async () => {
  const pia = await windowLaptop('pia', () => true);
  pia.client.connect(server!.url, fx.editor);
  const window = new Y.Doc();
  Y.applyUpdate(window, fromBase64((await pia.client.open(fx.id)).update));
  await until(() => pia.client.state().status === 'synced');
  Y.applyUpdate(window, Y.encodeStateAsUpdate(await pia.client.document(fx.id)));
  await pia.client.windowInStep(fx.id, true);
  pia.events.length = 0;

  const rita = await laptop('rita', server!.url, fx.reporter);
  await rita.client.open(fx.id);
  await until(() => rita.client.state().status === 'synced');
  const ritaWindow = new Y.Doc();
  Y.applyUpdate(ritaWindow, Y.encodeStateAsUpdate(await rita.client.document(fx.id)));
  const type = async (text: string) => {
    const before = Y.encodeStateVector(ritaWindow);
    deskText(ritaWindow, 'headline').insert(0, text);
    await rita.client.update(fx.id, Y.encodeStateAsUpdate(ritaWindow, before));
  };
  const caret = new Awareness(ritaWindow);
  caret.setLocalState({ user: { name: 'Rita Reporter' } });
  await rita.client.awareness(fx.id, encodeAwarenessUpdate(caret, [caret.clientID]));
  await type('Live: ');
  const piaDoc = await pia.client.document(fx.id);
  await until(() => deskText(piaDoc, 'headline').toString().startsWith('Live: '));
  expect(
    pia.events.filter((e) => e.event === 'desk:update' || e.event === 'desk:awareness'),
  ).toEqual([]);

  // The window's link dropped: it says what it holds, and is given what it missed and the carets.
  const missed = await pia.client.windowInStep(fx.id, false, Y.encodeStateVector(window));
  Y.applyUpdate(window, fromBase64(missed.update));
  expect(deskText(window, 'headline').toString()).toBe('Live: Floods in the valley');
  const carets = new Awareness(new Y.Doc());
  applyAwarenessUpdate(carets, fromBase64(missed.awareness), 'test');
  expect(carets.getStates().get(caret.clientID)).toEqual({ user: { name: 'Rita Reporter' } });
  await expect(pia.client.windowInStep(fx.id, false, new Uint8Array([255]))).rejects.toThrow(
    `refused a malformed state vector for article ${fx.id}`,
  );

  // From then on others' changes come through the main process again, and after a new open too.
  await type('Now ');
  await until(() => pia.events.some((e) => e.event === 'desk:update'));
  await pia.client.windowInStep(fx.id, true);
  await pia.client.open(fx.id);
  pia.events.length = 0;
  await type('Still ');
  await until(() => pia.events.some((e) => e.event === 'desk:update'));
  caret.destroy();
  carets.destroy();
});
