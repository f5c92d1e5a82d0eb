import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankPhoto } from '../../../../core/article/photo';
import { setLeadPhoto } from '../../../../core/desk/field-edits';
import { startDeskServer, type DeskServer } from '../../../../electron/desk-server/desk-server';
import { Workspace } from '../../../../electron/store/workspace';
import { runCliProcess } from '../cli/run-cli-process';
import { DeskClient, until } from './desk-harness';
import { deskFixture, type DeskFixture } from './desk-fixture';

let fx: DeskFixture;
let server: DeskServer;
let http: string;
let png: Buffer;
let name: string;

beforeAll(async () => {
  fx = await deskFixture();
  server = await startDeskServer({
    data: fx.data,
    users: fx.users,
    port: 0,
    storeDelayMs: 30,
    maxPhotoBytes: 200_000,
  });
  http = server.url.replace(/^ws/, 'http');
  png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#c00' } })
    .png()
    .toBuffer();
  name = `${createHash('sha256').update(png).digest('hex')}.png`;
});
afterAll(async () => {
  await server.stop();
  await fx.cleanup();
});

const put = (file: string, body: Buffer, token: string | null = fx.reporter) =>
  fetch(`${http}/photos/${file}`, {
    method: 'PUT',
    body: new Uint8Array(body),
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });

describe('who a token belongs to', () => {
  it('answers GET /whoami with the name and role, and 401 without a valid token', async () => {
    const ask = (token: string | null) =>
      fetch(`${http}/whoami`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    const answer = await ask(fx.editor);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ name: 'Ed Editor', role: 'editor' });
    expect((await ask(null)).status).toBe(401);
    expect((await ask('bad.token')).status).toBe(401);
  });
});

describe('photos over HTTP', () => {
  it('stores a photo under its SHA-256 and serves it back to a token holder only', async () => {
    expect((await put(name, png, null)).status).toBe(401);
    expect((await put(name, png, 'bad.token')).status).toBe(401);
    expect((await put(name, png)).status).toBe(201);
    expect((await put(name, png)).status).toBe(200);
    const got = await fetch(`${http}/photos/${name}`, {
      headers: { Authorization: `Bearer ${fx.editor}` },
    });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await got.arrayBuffer())).toEqual(png);
    expect((await fetch(`${http}/photos/${name}`)).status).toBe(401);
  });

  it('refuses a wrong hash, a file that is no such image, a bad name and an oversized body', async () => {
    const other = `${'0'.repeat(64)}.png`;
    expect((await put(other, png)).status).toBe(400);
    const text = Buffer.from('not an image');
    expect((await put(`${createHash('sha256').update(text).digest('hex')}.png`, text)).status).toBe(
      415,
    );
    const jpegName = name.replace(/\.png$/, '.jpg');
    expect((await put(jpegName, png)).status).toBe(415);
    expect((await put('..%2F..%2Fetc%2Fpasswd', png)).status).toBe(400);
    const huge = Buffer.alloc(300_000, 1);
    expect((await put(`${createHash('sha256').update(huge).digest('hex')}.png`, huge)).status).toBe(
      413,
    );
    const pool = path.join(fx.data, '.newsroom', 'desk-photos');
    expect(await readdir(pool)).toEqual([name]);
  });

  it('takes a photo an old article names, once, and refuses another under that name', async () => {
    const putNamed = (file: string, body: Buffer, token: string | null = fx.reporter) =>
      fetch(`${http}/articles/${fx.id}/photos/${encodeURIComponent(file)}`, {
        method: 'PUT',
        body: new Uint8Array(body),
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      });
    const other = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#0c0' } })
      .png()
      .toBuffer();
    expect((await putNamed('red.png', png, null)).status).toBe(401);
    expect((await putNamed('red.png', png)).status).toBe(201);
    expect((await putNamed('red.png', png)).status).toBe(200);
    const clash = await putNamed('red.png', other);
    expect(clash.status).toBe(409);
    expect((await clash.json()).error).toMatch(/already has another photo named "red.png"/);
    expect((await putNamed('../escape.png', png)).status).toBe(400);
    expect((await putNamed('red.jpg', png)).status).toBe(415);
    const served = await fetch(`${http}/articles/${fx.id}/photos/red.png`, {
      headers: { Authorization: `Bearer ${fx.reporter}` },
    });
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png);
  });

  it('lists the desk library and puts a lead photo into the article folder, so export works', async () => {
    const listed = await fetch(`${http}/articles`, {
      headers: { Authorization: `Bearer ${fx.reporter}` },
    });
    expect((await listed.json()).map((e: { id: string }) => e.id)).toEqual([fx.id]);
    const client = new DeskClient(server.url, fx.reporter);
    const doc = client.open(fx.id);
    await until(() => client.allSynced());
    setLeadPhoto(doc, {
      ...blankPhoto(name),
      caption: 'Red',
      credit: 'Desk',
      altText: 'A red square',
      width: 4,
      height: 3,
    });
    await until(() => client.allSynced());
    client.destroy();
    await server.flush();
    const ws = await Workspace.open(fx.data, { lock: false });
    const photo = await ws.photos.path(fx.id, name);
    await ws.close();
    expect(await readFile(photo)).toEqual(png);
    const out = path.join(fx.dir, 'export');
    const run = await runCliProcess([
      'export',
      fx.id,
      '--workspace',
      fx.data,
      '--format',
      'html',
      '--out',
      out,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The exported copy carries the caption and credit written in by ExifTool.
    const exported = await stat(path.join(out, 'photos', name)).catch(() =>
      stat(path.join(out, name)),
    );
    expect(exported.isFile()).toBe(true);
  });
});
