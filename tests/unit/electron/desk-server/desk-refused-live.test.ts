import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blankPhoto } from '../../../../core/article/photo-fields';
import { deskLeadPhoto } from '../../../../core/desk/desk-layout';
import { addDeskUser } from '../../../../electron/desk-server/desk-users';
import { fromBase64 } from '../../../../electron/desk/base64';
import { DeskClient as AppDeskClient } from '../../../../electron/desk/desk-client';
import { refusedDir } from '../../../../electron/desk/refused-changes';
import type { DeskEvents, DeskRefused } from '../../../../electron/ipc/desk-contract';
import { Workspace } from '../../../../electron/store/workspace';
import { repoRoot } from '../cli/run-cli-process';
import { DeskClient, startServer, until, type ServerProcess } from './desk-harness';
import { contentOf, deskFixture, typeInParagraph, type DeskFixture } from './desk-fixture';

let fx: DeskFixture;
let server: ServerProcess;
let photoToken: string;
const closers: (() => unknown)[] = [];

// Starting a server process takes seconds on a loaded machine.
beforeEach(async () => {
  fx = await deskFixture();
  photoToken = await addDeskUser(fx.users, 'Pia Photo', 'photo');
  const ws = await Workspace.open(fx.data);
  const file = await ws.photos.add(fx.id, {
    path: path.join(repoRoot, '..', 'shared', 'fixtures', 'photos', 'BonTonARTSTORplusIPTC.jpg'),
  });
  const read = await ws.articles.read(fx.id);
  await ws.articles.save(
    { ...read.article, leadPhoto: { ...blankPhoto(file), caption: 'The bridge.' } },
    read.revision,
  );
  await ws.close();
  server = await startServer({ data: fx.data, users: fx.users });
}, 60_000);
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await server.stop();
  await fx.cleanup();
});

const caption = (doc: Y.Doc) => deskLeadPhoto(doc).get('caption') as Y.Text;

/** The app's main-process desk client on a laptop, with the events it sends its window. */
async function laptop(name: string, token: string) {
  const ws = await Workspace.open(path.join(fx.dir, name));
  const events: { [E in keyof DeskEvents]?: DeskEvents[E][] } = {};
  const client = new AppDeskClient({
    workspace: ws,
    emit: (event, payload) => void (events[event] ??= [] as never[]).push(payload as never),
    backoff: { delay: 100, maxDelay: 1000 },
  });
  closers.push(
    () => ws.close(),
    () => client.close(),
  );
  client.connect(server.url, token);
  const opened = await client.open(fx.id);
  await until(() => client.state().status === 'synced');
  // The window's document: the article as opened, then every update the main process sends.
  const window = new Y.Doc();
  Y.applyUpdate(window, await client.document(fx.id).then((doc) => Y.encodeStateAsUpdate(doc)));
  const edit = async (change: (doc: Y.Doc) => void, generation = opened.generation) => {
    const before = Y.encodeStateVector(window);
    change(window);
    return client.update(fx.id, Y.encodeStateAsUpdate(window, before), generation);
  };
  return { ws, client, events, window, edit, generation: opened.generation };
}

it("a window's refused body edit is set aside at once, and the caption typed after it syncs", async () => {
  const pia = await laptop('pia', photoToken);
  const watcher = new DeskClient(server.url, fx.editor);
  closers.push(() => watcher.destroy());
  const shared = watcher.open(fx.id);
  await until(() => watcher.allSynced());

  // Typed in the body, then in the caption, before the desk answers the first.
  await Promise.all([
    pia.edit((doc) => typeInParagraph(doc, 0, 'Typed by the photo desk. ')),
    pia.edit((doc) => caption(doc).insert(caption(doc).length, ' Looking north.')),
  ]);

  await until(() => (pia.events['desk:refused'] ?? []).length > 0);
  const [refused] = pia.events['desk:refused'] as DeskRefused[];
  const dir = refusedDir(pia.ws.root);
  const [name, ...others] = await readdir(dir);
  expect(others).toEqual([]);
  const file = path.join(dir, name!);
  expect(refused!.notice).toBe(
    `Your change to the body was not accepted by the desk: the photo role may change photos and their captions, not the body text. It was kept in ${file}.`,
  );
  // The window's new document: the desk's body, the caption typed after the refused edit.
  expect(refused!.reset?.generation).toBe(pia.generation + 1);
  const reset = new Y.Doc();
  Y.applyUpdate(reset, fromBase64(refused!.reset!.update));
  const shown = contentOf(reset, fx.id);
  expect(shown.body.content?.[0]).toEqual({
    type: 'paragraph',
    content: [{ type: 'text', text: 'One.' }],
  });
  expect(shown.leadPhoto?.caption).toBe('The bridge. Looking north.');

  // Nothing is lost: the file holds the article as meant and the refused change, to apply again.
  const kept = JSON.parse(await readFile(file, 'utf8'));
  expect(kept).toMatchObject({
    id: fx.id,
    reason: 'the photo role may change photos and their captions, not the body text',
    desk: server.url,
  });
  expect(JSON.stringify(kept.article.body)).toContain('Typed by the photo desk. One.');
  const replayed = new Y.Doc();
  Y.applyUpdate(replayed, Y.encodeStateAsUpdate(shared));
  Y.applyUpdate(replayed, fromBase64(kept.update));
  expect(JSON.stringify(contentOf(replayed, fx.id).body)).toContain('Typed by the photo desk.');

  // The caption reaches the desk and the others; the waiting count is the truth again.
  await until(() => caption(shared).toString() === 'The bridge. Looking north.');
  await until(() => pia.client.state().status === 'synced' && pia.client.state().pending === 0);
  expect(pia.client.state().error).toBeNull();
  expect(JSON.stringify(contentOf(shared, fx.id).body)).not.toContain('Typed by the photo desk.');

  // A key the window sent before it heard: its caption part is made again, its body part kept aside.
  await pia.edit((doc) => {
    caption(doc).insert(caption(doc).length, ' Late.');
    typeInParagraph(doc, 1, 'Also typed. ');
  });
  await until(() => caption(shared).toString() === 'The bridge. Looking north. Late.');
  expect(pia.events['desk:refused']).toHaveLength(2);
  expect(pia.events['desk:refused']![1]!.reset).toBeNull();
  expect(pia.events['desk:refused']![1]!.notice).toMatch(/^Your change to the body was not/);
  expect(await readdir(dir)).toHaveLength(2);
  // The window's new document follows: the late caption reached it as an update.
  const fromMain = pia.events['desk:update']!.at(-1)!;
  Y.applyUpdate(reset, fromBase64(fromMain.update));
  expect(caption(reset).toString()).toBe('The bridge. Looking north. Late.');

  // Edits of the new document go straight through.
  await pia.client.update(
    fx.id,
    (() => {
      const before = Y.encodeStateVector(reset);
      caption(reset).insert(0, 'Dawn. ');
      return Y.encodeStateAsUpdate(reset, before);
    })(),
    refused!.reset!.generation,
  );
  await until(() => caption(shared).toString() === 'Dawn. The bridge. Looking north. Late.');
  await until(() => pia.client.state().status === 'synced' && pia.client.state().pending === 0);
});
