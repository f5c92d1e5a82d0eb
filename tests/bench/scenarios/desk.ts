// desk-fanout and desk-scale: the desk server as a real process, clients in this process.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createArticle, type Article } from '../../../core/article/article';
import { deskBody } from '../../../core/desk/desk-layout';
import { addDeskUser } from '../../../electron/desk-server/desk-users';
import { serializeArticle } from '../../../electron/store/article-file';
import { articleFolderName } from '../../../electron/store/layout';
import { paragraphs, tempDir } from '../../unit/electron/store/temp-workspace';
import { DeskClient, startServer, until } from '../../unit/electron/desk-server/desk-harness';
import type { BenchContext } from '../lib/context';
import { result, type BenchResult } from '../lib/result';
import { median, quantile, round } from '../lib/stats';
import { cpuMs, startRelay } from './desk-relay';

const FANOUT_CLIENTS = 50;
const KEYSTROKES = 200;
const SCALE_ARTICLES = 1000;
const COLD_LOADS = 40;

/** A data folder of `count` articles (about 600 words each) and one editor's token. */
export async function deskData(count: number) {
  const { dir, cleanup } = await tempDir('newsroom-bench-desk-');
  const data = path.join(dir, 'data');
  const users = path.join(dir, 'users.json');
  const token = await addDeskUser(users, 'Bench Editor', 'editor');
  const words = 'the river rose over the fields and the town prepared for the night'.split(' ');
  const texts = Array.from(
    { length: 20 },
    (_, p) =>
      Array.from({ length: 30 }, (_, w) => words[(p * 7 + w) % words.length]).join(' ') + '.',
  );
  const ids: string[] = [];
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const article = createArticle({ headline: `Story ${i}`, body: paragraphs(...texts) });
    const folder = path.join(data, articleFolderName(article.headline, article.id));
    await mkdir(path.join(folder, 'photos'), { recursive: true });
    await writeFile(path.join(folder, 'article.json'), serializeArticle(article));
    ids.push(article.id);
    articles.push(article);
  }
  return { dir, data, users, token, ids, articles, cleanup };
}

/** desk-fanout: one person types into an article 49 others have open; p95 until all 49 have the key. */
export async function deskFanoutScenario(ctx: BenchContext): Promise<BenchResult> {
  const desk = await deskData(1);
  const id = desk.ids[0]!;
  const server = await startServer({ data: desk.data, users: desk.users });
  const relay = await startRelay();
  const clients: DeskClient[] = [];
  try {
    const docs: Y.Doc[] = [];
    for (let i = 0; i < FANOUT_CLIENTS; i++) {
      const client = new DeskClient(server.url, desk.token);
      clients.push(client);
      docs.push(client.open(id));
    }
    await until(() => clients.every((c) => c.allSynced()));
    ctx.log(`desk-fanout: ${FANOUT_CLIENTS} clients synced`);
    const [typist, ...readers] = docs;
    const text = (deskBody(typist!).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const deskTimes: number[] = [];
    const updateBytes: number[] = [];
    typist!.on('update', (u: Uint8Array) => updateBytes.push(u.length));
    const cpuBefore = cpuMs(server.child.pid!);
    for (let k = 0; k < KEYSTROKES + 10; k++) {
      let waiting = readers.length;
      const arrived = new Promise<void>((resolve) => {
        for (const reader of readers)
          reader.once('update', () => {
            if (--waiting === 0) resolve();
          });
      });
      const start = performance.now();
      text.insert(0, String.fromCharCode(97 + (k % 26)));
      await arrived;
      if (k >= 10) deskTimes.push(performance.now() - start);
    }
    const cpuPerUpdate = (cpuMs(server.child.pid!) - cpuBefore) / (KEYSTROKES + 10);

    // The floor: the same update bytes through a bare relay to the same number of sockets.
    const sockets = await Promise.all(
      Array.from({ length: FANOUT_CLIENTS }, () => {
        const socket = new WebSocket(relay.url);
        return new Promise<WebSocket>((resolve) => socket.once('open', () => resolve(socket)));
      }),
    );
    const [sender, ...receivers] = sockets;
    const payload = new Uint8Array(Math.round(median(updateBytes)) + id.length + 4).fill(1);
    const floorTimes: number[] = [];
    for (let k = 0; k < KEYSTROKES + 10; k++) {
      let waiting = receivers.length;
      const arrived = new Promise<void>((resolve) => {
        for (const r of receivers)
          r.once('message', () => {
            if (--waiting === 0) resolve();
          });
      });
      const start = performance.now();
      sender!.send(payload);
      await arrived;
      if (k >= 10) floorTimes.push(performance.now() - start);
    }
    for (const s of sockets) s.close();
    const p95 = quantile(deskTimes, 0.95);
    return result('desk-fanout', p95, quantile(floorTimes, 0.95), {
      clients: FANOUT_CLIENTS,
      keystrokes: KEYSTROKES,
      p50Ms: round(median(deskTimes)),
      floorP50Ms: round(median(floorTimes)),
      serverCpuMsPerUpdate: round(cpuPerUpdate),
      floor: 'the same bytes through a bare ws relay process to as many sockets',
    });
  } finally {
    for (const c of clients) c.destroy();
    relay.child.kill('SIGKILL');
    await server.stop();
    await desk.cleanup();
  }
}

/** Resident memory of a process in MiB, from /proc. */
async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** desk-scale: a server holding 1,000 open articles; memory per article, and one cold load from DIR. */
export async function deskScaleScenario(ctx: BenchContext): Promise<BenchResult> {
  const desk = await deskData(SCALE_ARTICLES + COLD_LOADS);
  const open = desk.ids.slice(0, SCALE_ARTICLES);
  const cold = desk.ids.slice(SCALE_ARTICLES);
  // Seed every article once (a first server run), so the loads below read Yjs state from DIR.
  const seeding = await startServer({ data: desk.data, users: desk.users });
  const seeder = new DeskClient(seeding.url, desk.token);
  for (const id of desk.ids) seeder.open(id);
  await until(() => seeder.allSynced());
  seeder.destroy();
  await seeding.stop();
  ctx.log('desk-scale: seeded');

  const server = await startServer({ data: desk.data, users: desk.users });
  const relay = await startRelay();
  const holder = new DeskClient(server.url, desk.token);
  try {
    const warm = new DeskClient(server.url, desk.token);
    warm.open(open[0]!);
    await until(() => warm.allSynced());
    warm.destroy();
    const before = await rssMiB(server.child.pid!);
    for (const id of open) holder.open(id);
    await until(() => holder.allSynced());
    (global as { gc?: () => void }).gc?.();
    const after = await rssMiB(server.child.pid!);
    ctx.log(`desk-scale: ${SCALE_ARTICLES} open, ${round(after)} MiB resident`);

    const loadTimes: number[] = [];
    for (const id of cold) {
      const client = new DeskClient(server.url, desk.token);
      const start = performance.now();
      client.open(id);
      await until(() => client.allSynced());
      loadTimes.push(performance.now() - start);
      client.destroy();
    }
    // The floor: read the same state from DIR, apply it, and one message through a bare relay.
    const [a, b] = await Promise.all(
      [0, 1].map(() => {
        const socket = new WebSocket(relay.url);
        return new Promise<WebSocket>((resolve) => socket.once('open', () => resolve(socket)));
      }),
    );
    const floorTimes: number[] = [];
    for (const id of cold) {
      const start = performance.now();
      const folder = (await readdir(desk.data)).find((n) => n.endsWith(id))!;
      const stateDir = path.join(desk.data, folder, 'yjs');
      const [file] = await readdir(stateDir);
      const bytes = await readFile(path.join(stateDir, file!));
      const doc = new Y.Doc();
      Y.applyUpdate(doc, bytes);
      const got = new Promise((resolve) => b!.once('message', resolve));
      a!.send(bytes);
      await got;
      floorTimes.push(performance.now() - start);
    }
    a!.close();
    b!.close();
    return result('desk-scale', median(loadTimes), median(floorTimes), {
      openArticles: SCALE_ARTICLES,
      memoryPerArticleKiB: round(((after - before) * 1024) / SCALE_ARTICLES),
      residentMiB: round(after),
      coldLoadP95Ms: round(quantile(loadTimes, 0.95)),
      floor: 'read the same Yjs state from DIR, apply it, and send it through a bare ws relay',
    });
  } finally {
    holder.destroy();
    relay.child.kill('SIGKILL');
    await server.stop();
    await desk.cleanup();
  }
}
