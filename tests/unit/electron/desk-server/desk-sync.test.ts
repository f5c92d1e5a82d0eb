import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blankPhoto } from '../../../../core/article/photo';
import { deskText } from '../../../../core/desk/desk-layout';
import { setTextField } from '../../../../core/desk/field-edits';
import { addDeskUser } from '../../../../electron/desk-server/desk-users';
import { DeskClient as AppDeskClient } from '../../../../electron/desk/desk-client';
import { Workspace } from '../../../../electron/store/workspace';
import { oneLine } from '../cli/run-cli-process';
import { paragraphs } from '../store/temp-workspace';
import { DeskClient, runCli, startServer, until, type ServerProcess } from './desk-harness';
import { contentOf, deskFixture, typeInParagraph, type DeskFixture } from './desk-fixture';

let fx: DeskFixture;
let server: ServerProcess;
const clients: DeskClient[] = [];

// Starting a server process takes seconds on a loaded machine.
beforeEach(async () => {
  fx = await deskFixture();
  server = await startServer({ data: fx.data, users: fx.users });
}, 60_000);
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.stop();
  await fx.cleanup();
});

const laptop = (name: string) => path.join(fx.dir, name);

function sync(
  workspace: string,
  token = fx.reporter,
  ...extra: string[]
): ReturnType<typeof runCli> {
  return runCli([
    'sync',
    '--workspace',
    workspace,
    '--desk',
    server.url,
    '--token',
    token,
    ...extra,
  ]);
}

/** A laptop's workspace holding a copy of the desk folder's old article (article.json only). */
async function copyOfOldArticle(name: string): Promise<string> {
  const root = laptop(name);
  const folder = (await readdir(fx.data)).find((f) => f.endsWith(fx.id))!;
  await cp(path.join(fx.data, folder), path.join(root, folder), { recursive: true });
  return root;
}

/** Ed Editor types `text` into the old article's second paragraph on the desk; his document. */
async function editorTypes(text: string): Promise<Y.Doc> {
  const other = new DeskClient(server.url, fx.editor);
  clients.push(other);
  const doc = other.open(fx.id);
  await until(() => other.allSynced());
  typeInParagraph(doc, 1, text);
  await until(() => other.allSynced());
  return doc;
}

/** The article as a fresh desk client sees it. */
async function onDesk(id: string) {
  const reader = new DeskClient(server.url, fx.editor);
  clients.push(reader);
  const doc = reader.open(id);
  await until(() => reader.allSynced());
  return contentOf(doc, id);
}

async function articleIn(root: string, id: string) {
  const ws = await Workspace.open(root, { lock: false });
  try {
    const { updated: _updated, ...rest } = (await ws.articles.read(id)).article;
    return rest;
  } finally {
    await ws.close();
  }
}

/** The desk folder's desk-log.jsonl of an article ('' until the server has written it). */
async function deskLogOf(id: string): Promise<string> {
  const folder = (await readdir(fx.data)).find((f) => f.endsWith(id));
  if (!folder) return '';
  return readFile(path.join(fx.data, folder, 'desk-log.jsonl'), 'utf8').catch(() => '');
}

/** Every file under a folder with its bytes. */
async function filesOf(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, file), (await readFile(file)).toString('base64'));
  }
  return files;
}

describe('newsroom sync', () => {
  it('moves two solo laptops holding the same old article onto a desk without duplicating it', async () => {
    const a = await copyOfOldArticle('laptop-a');
    const b = await copyOfOldArticle('laptop-b');
    const ws = await Workspace.open(a);
    const { article, revision } = await ws.articles.create({ headline: 'Only on laptop A' });
    await ws.articles.save({ ...article, body: paragraphs('Written on a train.') }, revision);
    await ws.close();

    const [runA, runB] = await Promise.all([sync(a), sync(b, fx.editor)]);
    expect(runA.code, runA.stderr).toBe(0);
    expect(runB.code, runB.stderr).toBe(0);
    expect(runA.stdout).toContain(`seeded\t${article.id}\tOnly on laptop A`);

    const old = await onDesk(fx.id);
    expect(old.body).toEqual(paragraphs('One.', 'Two.', 'Three.'));
    expect((await onDesk(article.id)).body).toEqual(paragraphs('Written on a train.'));
    // Laptop B gets A's article in its own run when A's came first, else in a second run.
    const again = await sync(b, fx.editor);
    expect(again.code, again.stderr).toBe(0);
    expect(runB.stdout + again.stdout).toContain(`received\t${article.id}\tOnly on laptop A`);
    for (const root of [a, b]) {
      expect(await articleIn(root, fx.id)).toEqual(old);
      expect(await articleIn(root, article.id)).toEqual(await onDesk(article.id));
    }
    // `newsroom list` reads the synced folder like any workspace.
    const listed = await runCli(['list', '--workspace', b, '--json']);
    expect(
      JSON.parse(listed.stdout)
        .map((e: { id: string }) => e.id)
        .sort(),
    ).toEqual([fx.id, article.id].sort());
  });

  it('sends the photos of an old solo article with it, for the desk’s folder and other laptops', async () => {
    const a = laptop('laptop-a');
    const jpeg = await sharp({ create: { width: 6, height: 4, channels: 3, background: '#08c' } })
      .jpeg()
      .toBuffer();
    const ws = await Workspace.open(a);
    const { article, revision } = await ws.articles.create({ headline: 'Harbour at dawn' });
    const file = await ws.photos.add(article.id, { name: 'Harbour view.JPG', bytes: jpeg });
    await ws.articles.save(
      { ...article, leadPhoto: { ...blankPhoto(file), caption: 'Dawn' } },
      revision,
    );
    await ws.close();

    const run = await sync(a);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('warning');
    expect(run.stdout).toContain(`seeded\t${article.id}`);
    // The desk's folder holds the photo once it stores the article, so export there finds it.
    const onServer = async () => {
      const data = await Workspace.open(fx.data, { lock: false });
      try {
        // Until the server has stored the article, its folder (and so the photo's path) is missing.
        return await readFile(await data.photos.path(article.id, file));
      } catch {
        return null;
      } finally {
        await data.close();
      }
    };
    await until(async () => (await onServer()) !== null);
    expect(await onServer()).toEqual(jpeg);
    // Another laptop moving onto the desk gets it too.
    const b = laptop('laptop-b');
    const runB = await sync(b, fx.editor);
    expect(runB.code, runB.stderr).toBe(0);
    const wsB = await Workspace.open(b, { lock: false });
    try {
      expect((await wsB.articles.read(article.id)).article.leadPhoto?.file).toBe(file);
      expect(await readFile(await wsB.photos.path(article.id, file))).toEqual(jpeg);
    } finally {
      await wsB.close();
    }
  });

  it('seeds an article the desk has never had once, though two laptops send it at the same time', async () => {
    const a = laptop('laptop-a');
    const ws = await Workspace.open(a);
    const { article, revision } = await ws.articles.create({ headline: 'Old story' });
    await ws.articles.save({ ...article, body: paragraphs('First.', 'Second.') }, revision);
    await ws.close();
    const b = laptop('laptop-b');
    await cp(a, b, { recursive: true, filter: (src) => !src.endsWith(`${path.sep}lock`) });

    const runs = await Promise.all([sync(a), sync(b, fx.editor)]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const desk = await onDesk(article.id);
    expect(desk.body).toEqual(paragraphs('First.', 'Second.'));
    expect(desk.headline).toBe('Old story');
  });

  it("sends offline edits and article.json edits made outside the desk, and takes the desk's", async () => {
    const a = laptop('laptop-a');
    const first = await sync(a);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`received\t${fx.id}\tFloods in the valley`);

    // Offline in the app: its desk client keeps the edit in the workspace's log, unsent.
    const ws = await Workspace.open(a);
    const app = new AppDeskClient({ workspace: ws, emit: () => undefined });
    const doc = await app.follow(fx.id);
    const editor = new Y.Doc();
    Y.applyUpdate(editor, doc.state());
    const sv = Y.encodeStateVector(editor);
    setTextField(editor, 'kicker', 'Weather');
    await doc.applyLocal(Y.encodeStateAsUpdate(editor, sv));
    expect(doc.pending).toBe(1);
    await app.close();
    // A solo tool edits article.json meanwhile.
    const read = await ws.articles.read(fx.id);
    await ws.articles.save({ ...read.article, byline: 'By Rita' }, read.revision);
    await ws.close();
    // And someone on the desk types into the body.
    const otherDoc = await editorTypes('Desk: ');

    const run = await sync(a, fx.reporter, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        id: fx.id,
        headline: 'Floods in the valley',
        sent: true,
        received: true,
        seeded: false,
        refused: null,
      },
    ]);
    const desk = await onDesk(fx.id);
    expect(desk.kicker).toBe('Weather');
    expect(desk.byline).toBe('By Rita');
    expect(desk.body).toEqual(paragraphs('One.', 'Desk: Two.', 'Three.'));
    expect(await articleIn(a, fx.id)).toEqual(desk);
    await until(() => deskText(otherDoc, 'byline').toString() === 'By Rita');
    // The desk's history names who sent what: the laptop's changes went up under its token.
    await until(async () => {
      const log = await deskLogOf(fx.id);
      return log.includes('"user":"Rita Reporter"') && log.includes('"user":"Ed Editor"');
    });

    // In step: nothing to send or take.
    const idle = await sync(a);
    expect([idle.code, idle.stdout]).toEqual([0, '']);
  });

  it('merges an old copy edited on a laptop with the desk’s edits, through the version both started from', async () => {
    const a = await copyOfOldArticle('laptop-a');
    // The laptop's history keeps the old version (the app takes a snapshot when it closes one).
    const ws = await Workspace.open(a);
    await ws.history.snapshot(fx.id);
    const read = await ws.articles.read(fx.id);
    await ws.articles.save(
      { ...read.article, headline: 'Floods: the valley drains' },
      read.revision,
    );
    await ws.close();
    await editorTypes('Desk: ');

    const run = await sync(a);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('warning');
    const desk = await onDesk(fx.id);
    expect(desk.headline).toBe('Floods: the valley drains');
    expect(desk.body).toEqual(paragraphs('One.', 'Desk: Two.', 'Three.'));
    expect(await articleIn(a, fx.id)).toEqual(desk);
  });

  it('refuses a bad token and an unreachable desk at once, touching nothing', async () => {
    const a = await copyOfOldArticle('laptop-a');
    const before = await filesOf(a);
    const bad = await sync(a, 'not-a-token');
    expect(bad.code).toBe(1);
    expect(oneLine(bad.stderr)).toMatch(/^newsroom sync: The desk refused the token/);
    const closed = await runCli([
      ...['sync', '--workspace', a, '--desk', 'ws://127.0.0.1:9', '--token', fx.reporter],
    ]);
    expect(closed.code).toBe(1);
    expect(oneLine(closed.stderr)).toMatch(/could not reach the desk at ws:\/\/127\.0\.0\.1:9/);
    expect(await filesOf(a)).toEqual(before);
    const usage = await runCli(['sync', '--workspace', a, '--token', fx.reporter]);
    expect(usage.code).toBe(2);
  });

  it('sets a refused change aside once, kept in a file, and later syncs go through', async () => {
    const photo = await addDeskUser(fx.users, 'Pia Photo', 'photo');
    const a = laptop('laptop-a');
    expect((await sync(a, photo)).code).toBe(0);
    const ws = await Workspace.open(a);
    const read = await ws.articles.read(fx.id);
    await ws.articles.save({ ...read.article, headline: 'Hijacked' }, read.revision);
    await ws.close();

    const run = await sync(a, photo, '--timeout', '30');
    expect(run.code).toBe(1);
    const said = run.stderr.replace(/\s+/g, ' ');
    expect(said).toMatch(/the photo role may not change the headline/);
    const kept = /kept in (\S+\.json)/.exec(said)?.[1];
    expect(kept, said).toBeDefined();
    expect(path.dirname(kept!)).toBe(path.join(a, '.newsroom', 'desk-refused'));
    // Nothing is lost: the file holds the article as this laptop had it, and the refused update.
    const file = JSON.parse(await readFile(kept!, 'utf8'));
    expect(file).toMatchObject({ id: fx.id, reason: 'the photo role may not change the headline' });
    expect(file.article.headline).toBe('Hijacked');
    // The kept update, applied to a copy of the desk's document, makes the change again.
    const reader = new DeskClient(server.url, fx.editor);
    clients.push(reader);
    const desks = reader.open(fx.id);
    await until(() => reader.allSynced());
    const replayed = new Y.Doc();
    Y.applyUpdate(replayed, Y.encodeStateAsUpdate(desks));
    Y.applyUpdate(replayed, Buffer.from(file.update, 'base64'));
    expect(deskText(replayed, 'headline').toString()).toBe('Hijacked');
    reader.destroy();
    clients.splice(clients.indexOf(reader), 1);
    // The laptop's copy is the desk's again, and the desk never took the change.
    expect((await onDesk(fx.id)).headline).toBe('Floods in the valley');
    expect((await articleIn(a, fx.id)).headline).toBe('Floods in the valley');

    // Told once: the next sync has nothing left to send and exits 0, taking the desk's edits.
    await editorTypes('Later ');
    const again = await sync(a, photo, '--timeout', '30');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/refused/);
    expect(JSON.stringify((await articleIn(a, fx.id)).body)).toContain('Later Two.');
    expect(await readdir(path.dirname(kept!))).toEqual([path.basename(kept!)]);
  });

  it('refuses a workspace the app has open', async () => {
    const a = laptop('laptop-a');
    const ws = await Workspace.open(a);
    try {
      const run = await sync(a);
      expect(run.code).toBe(1);
      expect(oneLine(run.stderr)).toMatch(/is already open in/);
    } finally {
      await ws.close();
    }
  });
});
