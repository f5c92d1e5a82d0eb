import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { articleFromDoc } from '../../../../core/desk/article-from-doc';
import { deskLeadPhoto, deskText } from '../../../../core/desk/desk-layout';
import { setTextField } from '../../../../core/desk/field-edits';
import { startDeskServer, type DeskServer } from '../../../../electron/desk-server/desk-server';
import { addDeskUser } from '../../../../electron/desk-server/desk-users';
import { Workspace } from '../../../../electron/store/workspace';
import { sampleArticle } from '../../core/export/sample-article';
import { tempDir } from '../store/temp-workspace';
import { DeskClient, until } from './desk-harness';
import {
  authMessage,
  rawSocket as rawDeskSocket,
  snapshotOf,
  syncStep1,
  updateMessage,
} from './raw-desk-socket';

let dir: string;
let cleanup: () => Promise<void>;
let server: DeskServer;
let users: string;
const tokens: Record<'reporter' | 'photo', string> = { reporter: '', photo: '' };
let id: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('newsroom-desk-'));
  const data = path.join(dir, 'data');
  users = path.join(dir, 'users.json');
  tokens.reporter = await addDeskUser(users, 'Rita Reporter', 'reporter');
  tokens.photo = await addDeskUser(users, 'Pia Photo', 'photo');
  const ws = await Workspace.open(data);
  const { article } = await ws.articles.create({ headline: 'Floods in the valley' });
  await ws.articles.save(
    { ...sampleArticle(), id: article.id, created: article.created },
    (await ws.articles.read(article.id)).revision,
  );
  id = article.id;
  await ws.close();
  server = await startDeskServer({ data, users, port: 0, storeDelayMs: 50 });
});
afterAll(async () => {
  await server.stop();
  await cleanup();
});

/** The article as saved, read again when the server renamed its folder mid-read. */
async function readSettled(ws: Workspace, articleId: string) {
  for (;;) {
    const read = await ws.articles.read(articleId).catch(() => null);
    if (read) return read.article;
  }
}

const rawSocket = () => rawDeskSocket(server.url);

describe('who may connect', () => {
  it('sends no byte of a document to a bad token, and refuses hostile document names', async () => {
    const before = await snapshotOf(path.join(dir, 'data'));
    for (const [name, token] of [
      [id, 'nope'],
      [id, ''],
      ['../../etc/passwd', tokens.reporter],
      ['.newsroom', tokens.reporter],
      [`${id}/../x`, tokens.reporter],
      ['aaaaaaaaaaaaaaaa', 'nope'],
      ['..%2f..%2fetc', tokens.reporter],
    ] as const) {
      const { socket, received } = await rawSocket();
      socket.send(syncStep1(name));
      socket.send(authMessage(name, token));
      await until(() => received.length > 0);
      const all = Buffer.concat(received).toString('latin1');
      expect(all).toMatch(/refused: (a valid token is required|not an article id)/);
      expect(all).not.toContain('Floods');
      expect(all).not.toContain('valley');
      socket.close();
    }
    await server.flush();
    expect(await snapshotOf(path.join(dir, 'data'))).toEqual(before);
  });

  it('lets a reporter and a photo editor work on one article, converging', async () => {
    const reporter = new DeskClient(server.url, tokens.reporter);
    const photo = new DeskClient(server.url, tokens.photo);
    const a = reporter.open(id);
    const b = photo.open(id);
    await until(() => reporter.allSynced() && photo.allSynced());
    expect(deskText(b, 'headline').toString()).toBe(sampleArticle().headline);
    setTextField(a, 'headline', 'Rain stops in the valley');
    b.transact(() => (deskLeadPhoto(b).get('caption') as Y.Text).insert(0, 'New: '));
    await until(
      () =>
        reporter.allSynced() &&
        photo.allSynced() &&
        deskText(b, 'headline').toString() === 'Rain stops in the valley' &&
        (deskLeadPhoto(a).get('caption') as Y.Text).toString().startsWith('New: '),
    );
    reporter.destroy();
    photo.destroy();
    const ws = await Workspace.open(path.join(dir, 'data'), { lock: false });
    // The server renames the folder after the headline: a read may fall between the two names.
    await until(async () => (await readSettled(ws, id)).headline === 'Rain stops in the valley');
    const saved = await readSettled(ws, id);
    expect(saved.leadPhoto!.caption.startsWith('New: ')).toBe(true);
    const log = await readFile(path.join(await ws.articles.folder(id), 'desk-log.jsonl'), 'utf8');
    expect(log).toContain('"user":"Rita Reporter"');
    expect(log).toContain('"user":"Pia Photo"');
    await ws.close();
  });

  it('refuses a photo editor typing into the headline, storing nothing of it', async () => {
    await server.flush();
    const before = await snapshotOf(path.join(dir, 'data'));
    const photo = new DeskClient(server.url, tokens.photo);
    const doc = photo.open(id);
    await until(() => photo.allSynced());
    setTextField(doc, 'headline', 'Hijacked');
    await until(() => photo.refusals.length > 0);
    expect(photo.refusals[0]).toBe('refused: the photo role may not change the headline');
    photo.destroy();
    const check = new DeskClient(server.url, tokens.reporter);
    const fresh = check.open(id);
    await until(() => check.allSynced());
    expect(articleFromDoc(fresh, { id, updated: new Date().toISOString() }).headline).not.toBe(
      'Hijacked',
    );
    check.destroy();
    await server.flush();
    expect(await snapshotOf(path.join(dir, 'data'))).toEqual(before);
  });
});

describe('hostile messages', () => {
  it('drops a 50 MB update and a malformed message without storing anything or stopping', async () => {
    await server.flush();
    const before = await snapshotOf(path.join(dir, 'data'));
    const big = await rawSocket();
    big.socket.send(authMessage(id, tokens.reporter));
    big.socket.send(updateMessage(id, new Uint8Array(50 * 1024 * 1024).fill(7)));
    expect(await big.closed).toBe(1009);

    for (const junk of [
      new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]),
      updateMessage(id, new Uint8Array([1, 200, 3, 4, 5, 6, 7, 8, 9])),
    ]) {
      const raw = await rawSocket();
      raw.socket.send(authMessage(id, tokens.reporter));
      await until(() => raw.received.length > 0);
      raw.socket.send(junk);
      await until(
        () =>
          raw.received.some((m) => m.toString('latin1').includes('refused: malformed')) ||
          raw.socket.readyState !== WebSocket.OPEN,
      );
      raw.socket.close();
    }

    const reporter = new DeskClient(server.url, tokens.reporter);
    const doc = reporter.open(id);
    await until(() => reporter.allSynced());
    expect(articleFromDoc(doc, { id, updated: new Date().toISOString() }).headline).toBe(
      'Rain stops in the valley',
    );
    reporter.destroy();
    await server.flush();
    expect(await snapshotOf(path.join(dir, 'data'))).toEqual(before);
  });
});
