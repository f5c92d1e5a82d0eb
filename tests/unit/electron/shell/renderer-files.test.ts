import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRendererFile } from '../../../../electron/shell/renderer-files';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'newsroom-renderer-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Newsroom</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'blob.bin'), 'x');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'leak.js'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('serveRendererFile', () => {
  it('serves index.html for / with the CSP header', async () => {
    const res = await serveRendererFile(root, '/', { csp: "default-src 'none'" });
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(res.headers['Content-Security-Policy']).toBe("default-src 'none'");
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('serves scripts and styles with their types and no CSP header', async () => {
    const js = await serveRendererFile(root, '/assets/index-abc.js', { csp: 'x' });
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['Content-Security-Policy']).toBeUndefined();
    const css = await serveRendererFile(root, '/assets/index-abc.css');
    expect(css.headers['Content-Type']).toBe('text/css; charset=utf-8');
    const bin = await serveRendererFile(root, '/assets/blob.bin');
    expect(bin.headers['Content-Type']).toBe('application/octet-stream');
  });

  it.each([
    '/../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/a%00.js',
  ])('refuses %s', async (p) => {
    const res = await serveRendererFile(root, p);
    expect(res.status).toBe(403);
  });

  it('refuses a symlink that leads out of the renderer folder', async () => {
    const res = await serveRendererFile(root, '/assets/leak.js');
    expect(res.status).toBe(403);
    expect(new TextDecoder().decode(res.body)).not.toContain('secret');
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await serveRendererFile(root, '/nope.js')).status).toBe(404);
    expect((await serveRendererFile(root, '/assets')).status).toBe(404);
  });
});
