import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appIndexUrl, handleAppRequest } from '../../../../electron/shell/app-protocol';
import { rendererCsp } from '../../../../electron/shell/csp';
import { Workspace } from '../../../../electron/store/workspace';

let base: string;
let rendererRoot: string;
let ws: Workspace;
let id: string;
let photo: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'newsroom-app-protocol-'));
  rendererRoot = path.join(base, 'renderer');
  await mkdir(rendererRoot);
  await writeFile(path.join(rendererRoot, 'index.html'), '<!doctype html><title>Newsroom</title>');
  ws = await Workspace.open(path.join(base, 'ws'));
  id = (await ws.articles.create()).article.id;
  photo = await ws.photos.add(id, { name: 'p.webp', bytes: new Uint8Array([1]) });
});

afterAll(async () => {
  await ws.close();
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET', workspace: Workspace | null = ws) =>
  handleAppRequest({ method, url }, { rendererRoot, workspace: () => workspace });

describe('handleAppRequest', () => {
  it('serves the app page with the CSP header', async () => {
    const res = await get(appIndexUrl);
    expect(res.status).toBe(200);
    expect(res.headers['Content-Security-Policy']).toBe(rendererCsp);
  });

  it('sends the page the policy of the moment, asked for pages only', async () => {
    let asked = 0;
    const policy = () => `${rendererCsp}; asked ${++asked}`;
    const serve = (url: string) =>
      handleAppRequest(
        { method: 'GET', url },
        { rendererRoot, workspace: () => ws, pagePolicy: policy },
      );
    expect((await serve(appIndexUrl)).headers['Content-Security-Policy']).toBe(
      `${rendererCsp}; asked 1`,
    );
    expect(
      (await serve(`app://newsroom/media/${id}/${photo}`)).headers['Content-Security-Policy'],
    ).toBeUndefined();
    expect(asked).toBe(1);
  });

  it('serves workspace photos under /media/', async () => {
    const res = await get(`app://newsroom/media/${id}/${photo}`);
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('image/webp');
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('never serves workspace files outside /media/<id>/<photo>', async () => {
    expect((await get(`app://newsroom/media/${id}/article.json`)).status).toBe(403);
    // The URL parser removes dot segments first, so this lands in the renderer folder and misses.
    expect((await get(`app://newsroom/media/${id}/../../ws/.newsroom/index.json`)).status).toBe(
      404,
    );
    expect((await get(`app://newsroom/media/${id}/..%2f..%2fx.jpg`)).status).toBe(403);
  });

  it('answers only GET and HEAD, only on host newsroom', async () => {
    expect((await get(appIndexUrl, 'POST')).status).toBe(405);
    expect((await get(appIndexUrl, 'HEAD')).status).toBe(200);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('not a url')).status).toBe(400);
  });

  it('answers 503 for media while no workspace is open', async () => {
    expect((await get(`app://newsroom/media/${id}/${photo}`, 'GET', null)).status).toBe(503);
  });
});
