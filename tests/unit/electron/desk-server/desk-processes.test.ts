import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskMeta, deskText } from '../../../../core/desk/desk-layout';
import { addDeskUser } from '../../../../electron/desk-server/desk-users';
import { setTextField } from '../../../../core/desk/field-edits';
import {
  DeskClient,
  runCli,
  startRedis,
  startServer,
  until,
  type RedisProcess,
  type ServerProcess,
} from './desk-harness';
import {
  contentOf,
  deskFixture,
  savedArticle,
  typeInParagraph,
  type DeskFixture,
} from './desk-fixture';
import { authMessage, rawSocket, snapshotOf, syncStep1, updateMessage } from './raw-desk-socket';

let fx: DeskFixture;
const running: { stop(): Promise<unknown> }[] = [];
const clients: DeskClient[] = [];

beforeEach(async () => {
  fx = await deskFixture();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const p of running.splice(0).reverse()) await p.stop();
  await fx.cleanup();
});

async function server(
  options: { data?: string; redis?: string; port?: number } = {},
): Promise<ServerProcess> {
  const started = await startServer({ data: options.data ?? fx.data, users: fx.users, ...options });
  running.push(started);
  return started;
}
function client(url: string, token = fx.reporter): DeskClient {
  const c = new DeskClient(url, token);
  clients.push(c);
  return c;
}

describe('newsroom serve as a process', () => {
  it('writes every change to the folder on SIGTERM and exits 0', async () => {
    const s = await server();
    const c = client(s.url);
    const doc = c.open(fx.id);
    await until(() => c.allSynced());
    setTextField(doc, 'headline', 'Floods recede');
    typeInParagraph(doc, 1, 'Then ');
    await until(() => c.allSynced());
    c.destroy();
    expect(await s.stop()).toBe(0);
    const saved = await savedArticle(fx.data, fx.id);
    expect(saved.headline).toBe('Floods recede');
    expect(JSON.stringify(saved.body)).toContain('Then Two.');
  });

  it('derives the language picked in the document into article.json; the photo role may not pick one', async () => {
    const s = await server();
    const reporter = client(s.url);
    const doc = reporter.open(fx.id);
    await until(() => reporter.allSynced());
    deskMeta(doc).set('language', 'ar');
    await until(() => reporter.allSynced());
    await until(async () => (await savedArticle(fx.data, fx.id)).language === 'ar');

    const photo = client(s.url, await addDeskUser(fx.users, 'Pia Photo', 'photo'));
    const photoDoc = photo.open(fx.id);
    await until(() => photo.allSynced());
    expect(deskMeta(photoDoc).get('language')).toBe('ar');
    deskMeta(photoDoc).set('language', 'fr');
    await until(() => photo.refusals.length > 0);
    expect(photo.refusals[0]).toBe('refused: the photo role may not change the language');
    photo.destroy();
    expect(await s.stop()).toBe(0);
    expect((await savedArticle(fx.data, fx.id)).language).toBe('ar');
  });

  it('loses nothing when killed with SIGKILL mid-burst: clients resend, the folder holds all', async () => {
    let s = await server();
    const a = client(s.url);
    const b = client(s.url, fx.editor);
    const docA = a.open(fx.id);
    const docB = b.open(fx.id);
    await until(() => a.allSynced() && b.allSynced());
    for (let i = 0; i < 300; i++) {
      typeInParagraph(docA, 0, `a${i} `);
      typeInParagraph(docB, 2, `b${i} `);
      if (i === 150) await s.kill();
      if (i % 25 === 0) await new Promise((r) => setImmediate(r));
    }
    s = await server({ port: s.port });
    await until(
      () =>
        a.allSynced() &&
        b.allSynced() &&
        JSON.stringify(contentOf(docA, fx.id)) === JSON.stringify(contentOf(docB, fx.id)),
    );
    const body = JSON.stringify(contentOf(docA, fx.id).body);
    for (let i = 0; i < 300; i++) {
      expect(body).toContain(`a${i} `);
      expect(body).toContain(`b${i} `);
    }
    expect(await s.stop()).toBe(0);
    // A fresh reader loading only from the folder sees everything.
    const fresh = await server();
    const reader = client(fresh.url);
    const docR = reader.open(fx.id);
    await until(() => reader.allSynced());
    expect(contentOf(docR, fx.id)).toEqual(contentOf(docA, fx.id));
    expect((await savedArticle(fx.data, fx.id)).body).toEqual(contentOf(docA, fx.id).body);
  });

  it('shares live edits between two servers through Redis, and catches up after Redis restarts', async () => {
    let redis: RedisProcess = await startRedis();
    running.push({ stop: () => redis.stop() });
    const { cp } = await import('node:fs/promises');
    const data2 = `${fx.data}-second`;
    await cp(fx.data, data2, { recursive: true });
    const [s1, s2] = await Promise.all([
      server({ redis: redis.url }),
      server({ data: data2, redis: redis.url }),
    ]);
    const a = client(s1.url);
    const b = client(s2.url, fx.editor);
    const docA = a.open(fx.id);
    const docB = b.open(fx.id);
    await until(() => a.allSynced() && b.allSynced());
    setTextField(docA, 'kicker', 'Weather');
    await until(() => deskText(docB, 'kicker').toString() === 'Weather');

    await redis.stop();
    typeInParagraph(docA, 0, 'during-outage-a ');
    typeInParagraph(docB, 1, 'during-outage-b ');
    await until(() => a.allSynced() && b.allSynced());
    redis = await startRedis(redis.port);
    const same = () =>
      JSON.stringify(contentOf(docA, fx.id)) === JSON.stringify(contentOf(docB, fx.id));
    // The servers catch up once Redis is back, without waiting for someone's next edit.
    await until(same);
    const body = JSON.stringify(contentOf(docB, fx.id).body);
    for (const text of ['during-outage-a', 'during-outage-b']) expect(body).toContain(text);
    typeInParagraph(docA, 2, 'after-a ');
    await until(() => same() && JSON.stringify(contentOf(docB, fx.id).body).includes('after-a'));
    await until(() => a.allSynced() && b.allSynced());
    expect(await s1.stop()).toBe(0);
    expect(await s2.stop()).toBe(0);
    expect((await savedArticle(fx.data, fx.id)).body).toEqual(contentOf(docA, fx.id).body);
    expect((await savedArticle(data2, fx.id)).body).toEqual(contentOf(docA, fx.id).body);
  });

  it('refuses a second server on a folder a live one holds, and takes over a crashed one’s', async () => {
    const first = await server();
    const second = await runCli(['serve', '--data', fx.data, '--users', fx.users, '--port', '0']);
    expect(second.code).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr.replace(/\s+/g, ' ')).toMatch(
      new RegExp(
        `data folder .* is in use by .* \\(process ${first.child.pid}\\).*folder of its own`,
      ),
    );
    // The first server goes on serving.
    const c = client(first.url);
    setTextField(c.open(fx.id), 'kicker', 'Still here');
    await until(() => c.allSynced());
    c.destroy();
    await until(async () => (await savedArticle(fx.data, fx.id)).kicker === 'Still here');
    // A server killed without a chance to remove its lock does not keep the folder from the next.
    await first.kill();
    const next = await server();
    const reader = client(next.url);
    const doc = reader.open(fx.id);
    await until(() => reader.allSynced());
    expect(deskText(doc, 'kicker').toString()).toBe('Still here');
  });

  it('as a process, outlives hostile clients and refuses them without touching the folder', async () => {
    // A first run seeds the article's state into the folder; the second one starts from it.
    const first = await server();
    const seeder = client(first.url);
    seeder.open(fx.id);
    await until(() => seeder.allSynced());
    seeder.destroy();
    expect(await first.stop()).toBe(0);
    const s = await server();
    const before = await snapshotOf(fx.data);

    for (const [name, token] of [
      [fx.id, 'nope'],
      ['../../etc/passwd', fx.reporter],
      ['.newsroom', fx.reporter],
    ] as const) {
      const raw = await rawSocket(s.url);
      raw.socket.send(syncStep1(name));
      raw.socket.send(authMessage(name, token));
      await until(() => raw.received.length > 0);
      const said = Buffer.concat(raw.received).toString('latin1');
      expect(said).toMatch(/refused: (a valid token is required|not an article id)/);
      expect(said).not.toContain('Floods');
      raw.socket.close();
    }
    const big = await rawSocket(s.url);
    big.socket.send(authMessage(fx.id, fx.reporter));
    big.socket.send(updateMessage(fx.id, new Uint8Array(50 * 1024 * 1024).fill(7)));
    expect(await big.closed).toBe(1009);
    for (const junk of [
      new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]),
      updateMessage(fx.id, new Uint8Array([1, 200, 3, 4, 5, 6, 7, 8, 9])),
    ]) {
      const raw = await rawSocket(s.url);
      raw.socket.send(authMessage(fx.id, fx.reporter));
      await until(() => raw.received.length > 0);
      raw.socket.send(junk);
      await until(
        () =>
          raw.received.some((m) => m.toString('latin1').includes('refused: malformed')) ||
          raw.socket.readyState !== raw.socket.OPEN,
      );
      raw.socket.close();
    }
    const photo = client(s.url, await addDeskUser(fx.users, 'Pia Photo', 'photo'));
    setTextField(photo.open(fx.id), 'headline', 'Hijacked');
    await until(() => photo.refusals.length > 0);
    expect(photo.refusals[0]).toBe('refused: the photo role may not change the headline');
    photo.destroy();

    // Still running, still serving the article as it was.
    expect(s.child.exitCode).toBeNull();
    const reader = client(s.url);
    const doc = reader.open(fx.id);
    await until(() => reader.allSynced());
    expect(deskText(doc, 'headline').toString()).toBe('Floods in the valley');
    reader.destroy();
    expect(await s.stop()).toBe(0);
    expect(await snapshotOf(fx.data)).toEqual(before);
  });

  it('says at once that redis-server is missing instead of waiting for it', async () => {
    const searched = process.env.PATH;
    process.env.PATH = fx.dir;
    try {
      await expect(startRedis()).rejects.toThrow(/^redis-server is not installed/);
    } finally {
      process.env.PATH = searched;
    }
  });
});
