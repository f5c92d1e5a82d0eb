// npm start's first step against a copy of the electron package with no runtime: Electron's own
// installer fetches it from the mirror, and a failed fetch stops with one line saying how to fix it.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronRuntime, platformExecutable } from '../../../scripts/electron-runtime';
import { storedZip } from './stored-zip';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const realPackage = join(root, 'node_modules', 'electron');
const { version } = JSON.parse(readFileSync(join(realPackage, 'package.json'), 'utf8')) as {
  version: string;
};
const release = `/v${version}/electron-v${version}-${process.platform}-${process.arch}.zip`;

interface Mirror {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** An HTTP mirror on 127.0.0.1 that records what it is asked for. */
async function startMirror(
  answer: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) =>
    res.writeHead(404).end(),
): Promise<Mirror> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    answer(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A mirror address nothing listens on. */
async function closedMirror(): Promise<string> {
  const mirror = await startMirror();
  await mirror.close();
  return mirror.url;
}

let dir: string;
let pkg: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-start-'));
  // The electron package as npm installs it (no runtime), resolving its installer's dependencies
  // from the project, so the real node_modules/electron stays untouched.
  pkg = join(dir, 'electron');
  await mkdir(pkg);
  for (const file of ['package.json', 'install.js', 'checksums.json']) {
    await copyFile(join(realPackage, file), join(pkg, file));
  }
  await symlink(join(root, 'node_modules'), join(pkg, 'node_modules'), 'junction');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The environment of the test run without any Electron download settings of the machine. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(electron_|npm_config_electron|npm_package_config_electron)/i.test(key),
    ),
  );
  // The download cache is the test's own, never the user's.
  return { ...env, electron_config_cache: join(dir, 'cache'), ...extra };
}

function ensureRuntime(
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['--import', 'tsx', join(root, 'scripts', 'start.ts'), '--ensure-only'];
  return new Promise((done) => {
    execFile(
      process.execPath,
      [...args, '--electron-dir', pkg],
      { cwd: root, env: cleanEnv(env) },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

function expectOneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('start script, Electron runtime missing', () => {
  it('downloads the runtime for this version, platform and arch with Electron’s installer', async () => {
    const executable = platformExecutable();
    const zip = storedZip({ [executable]: '#!/bin/sh\n', version: version });
    const sums = `${createHash('sha256').update(zip).digest('hex')} *${release.split('/').pop()}\n`;
    const mirror = await startMirror((req, res) => {
      if (req.url === release) res.writeHead(200).end(zip);
      else if (req.url === `/v${version}/SHASUMS256.txt`) res.writeHead(200).end(sums);
      else res.writeHead(404).end();
    });
    try {
      const env = { ELECTRON_MIRROR: mirror.url, electron_use_remote_checksums: '1' };
      const run = await ensureRuntime(env);

      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(mirror.requests).toContain(release);
      expect(await readFile(join(pkg, 'path.txt'), 'utf8')).toBe(executable);
      expect(electronRuntime(pkg, cleanEnv(env)).installed).toBe(true);
    } finally {
      await mirror.close();
    }
  });

  it('names the failed download in one line when the mirror does not have it', async () => {
    const mirror = await startMirror();
    try {
      const run = await ensureRuntime({ ELECTRON_MIRROR: mirror.url });

      expect(mirror.requests).toContain(release);
      expect(run.code).not.toBe(0);
      expect(expectOneLine(run.stderr)).toContain('Response code 404');
    } finally {
      await mirror.close();
    }
  });

  it('offline, says in one line what is missing and how to fix it', async () => {
    const run = await ensureRuntime({ ELECTRON_MIRROR: await closedMirror() });

    expect(run.code).not.toBe(0);
    const line = expectOneLine(run.stderr);
    expect(line).toContain(`Electron ${version} runtime is missing`);
    expect(line).toContain(join(pkg, 'dist', platformExecutable()));
    expect(line).toContain('network');
    expect(line).toContain('ELECTRON_MIRROR');
    expect(line).toContain('ELECTRON_OVERRIDE_DIST_PATH');
  });

  it('does not download into an ELECTRON_OVERRIDE_DIST_PATH folder that lacks the runtime', async () => {
    const mirror = await startMirror();
    try {
      const override = join(dir, 'override');
      const run = await ensureRuntime({
        ELECTRON_MIRROR: mirror.url,
        ELECTRON_OVERRIDE_DIST_PATH: override,
      });

      expect(mirror.requests).toEqual([]);
      expect(run.code).not.toBe(0);
      expect(expectOneLine(run.stderr)).toContain(
        `ELECTRON_OVERRIDE_DIST_PATH (${join(override, platformExecutable())} is missing)`,
      );
    } finally {
      await mirror.close();
    }
  });
});

describe('start script, Electron runtime present', () => {
  it('starts without asking the mirror', async () => {
    const binary = join(pkg, 'dist', platformExecutable());
    await mkdir(dirname(binary), { recursive: true });
    await writeFile(join(pkg, 'dist', 'version'), version);
    await writeFile(binary, '#!/bin/sh\n');
    await writeFile(join(pkg, 'path.txt'), platformExecutable());
    const mirror = await startMirror();
    try {
      const run = await ensureRuntime({ ELECTRON_MIRROR: mirror.url });

      expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(mirror.requests).toEqual([]);
    } finally {
      await mirror.close();
    }
  });
});
