// Real desk processes for tests: redis-server and `newsroom serve` children, and Node clients.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { repoRoot } from '../cli/run-cli-process';

/** A port nobody listens on right now (redis-server cannot pick its own). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Resolves once `check` holds, looking again every few milliseconds; rejects after `limitMs`
 * naming the check, so a test that waits too long says what it waited for.
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  limitMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`still waiting after ${limitMs / 1000} s for ${String(check).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

/**
 * Waits for a line of a child's output matching `pattern`; rejects when the child exits first or
 * cannot start at all (a missing program is an 'error' event, never an exit).
 */
function lineFrom(
  child: ChildProcess,
  stream: 'stdout' | 'stderr',
  pattern: RegExp,
  program: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const done = () => {
      child[stream]!.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    const onData = (data: Buffer) => {
      seen += data.toString();
      const line = seen.split('\n').find((l) => pattern.test(l));
      if (line) {
        done();
        resolve(line);
      }
    };
    const onExit = (code: number | null, signal: string | null) => {
      done();
      reject(
        new Error(`${program} exited (${code ?? signal}) before printing ${pattern}:\n${seen}`),
      );
    };
    const onError = (error: NodeJS.ErrnoException) => {
      done();
      reject(
        new Error(
          error.code === 'ENOENT'
            ? `${program} is not installed (on Debian: apt-get install ${program})`
            : `${program} could not start: ${error.message}`,
        ),
      );
    };
    child[stream]!.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

let bundled: Promise<string> | null = null;

/**
 * The CLI bundled once per test process: a child then starts without compiling every source file
 * again through tsx, in about half the time. It sits under node_modules so its packages resolve,
 * named by its content, so every run of the same sources shares one file and none piles up.
 */
export function cliBundle(): Promise<string> {
  bundled ??= (async () => {
    const dir = path.join(repoRoot, 'node_modules', '.cache', 'newsroom-test-cli');
    const { outputFiles } = await build({
      entryPoints: [path.join(repoRoot, 'electron', 'cli.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile: path.join(dir, 'cli.mjs'),
      write: false,
      logLevel: 'error',
    });
    const code = outputFiles[0]!.contents;
    const file = path.join(
      dir,
      `cli-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`,
    );
    await mkdir(dir, { recursive: true });
    // Written beside and renamed, so a parallel test file never runs half a bundle.
    const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
    await writeFile(temp, code);
    await rename(temp, file);
    return file;
  })();
  return bundled;
}

/** `newsroom ARGS…` as a child process from the repo root, through the bundled CLI. */
export async function spawnCli(args: string[]): Promise<ChildProcess> {
  return spawn(process.execPath, [await cliBundle(), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
}

/** Runs `newsroom ARGS…` to its end: exit code, stdout and stderr. */
export async function runCli(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = await spawnCli(args);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Resolves with the exit code (or signal) once the child has exited. */
export function exited(child: ChildProcess): Promise<number | string | null> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
}

export interface RedisProcess {
  url: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** A throw-away redis-server on 127.0.0.1 (no persistence); `port` restarts one on the same port. */
export async function startRedis(port?: number): Promise<RedisProcess> {
  const chosen = port ?? (await freePort());
  const child = spawn(
    'redis-server',
    ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await lineFrom(child, 'stdout', /Ready to accept connections/, 'redis-server');
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    child,
    async stop() {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  stderr: () => string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | string | null>;
  kill(): Promise<void>;
}

/** `newsroom serve` as a child process; resolves once it prints its URL. */
/** How long a desk server may take to flush its documents and exit on SIGTERM. */
const STOP_LIMIT_MS = 30_000;

export async function startServer(options: {
  data: string;
  users: string;
  redis?: string;
  port?: number;
}): Promise<ServerProcess> {
  const args = ['serve', '--data', options.data];
  args.push('--users', options.users, '--port', String(options.port ?? 0));
  if (options.redis) args.push('--redis', options.redis);
  const child = await spawnCli(args);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = (await lineFrom(child, 'stdout', /^ws:\/\//, 'newsroom serve')).trim();
  return {
    url,
    port: Number(new URL(url).port),
    child,
    stderr: () => stderr,
    async stop() {
      child.kill('SIGTERM');
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<'late'>(
        (resolve) => (timer = setTimeout(resolve, STOP_LIMIT_MS, 'late')),
      );
      const code = await Promise.race([exited(child), late]);
      clearTimeout(timer);
      if (code === 'late') {
        child.kill('SIGKILL');
        await exited(child);
        throw new Error(
          `newsroom serve had not stopped ${STOP_LIMIT_MS / 1000} s after SIGTERM:\n${stderr}`,
        );
      }
      if (code !== 0) process.stderr.write(`newsroom serve exited ${code}:\n${stderr}\n`);
      return code;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}

/** One laptop: one socket to a desk, one provider per open article (attached to the socket). */
export class DeskClient {
  readonly socket: HocuspocusProviderWebsocket;
  readonly providers = new Map<string, HocuspocusProvider>();
  readonly refusals: string[] = [];

  constructor(
    url: string,
    private readonly token: string,
  ) {
    this.socket = new HocuspocusProviderWebsocket({
      url,
      WebSocketPolyfill: WebSocket,
      delay: 50,
      minDelay: 50,
      maxDelay: 300,
      factor: 1.5,
      maxAttempts: 0,
      jitter: false,
    });
  }

  /** The article's document, connected (or queued while offline). */
  open(id: string, doc = new Y.Doc()): Y.Doc {
    const existing = this.providers.get(id);
    if (existing) return existing.document;
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: id,
      document: doc,
      token: this.token,
      onAuthenticationFailed: ({ reason }) => void this.refusals.push(reason),
      onClose: ({ event }) => {
        if (event.reason.startsWith('refused: ')) this.refusals.push(event.reason);
      },
    });
    provider.attach();
    this.providers.set(id, provider);
    return doc;
  }

  /** True once every open document is synced with nothing left to send. */
  allSynced(): boolean {
    return [...this.providers.values()].every((p) => p.isSynced && !p.hasUnsyncedChanges);
  }

  /** Drops the connection; resolves once it is closed (connecting before that would be ignored). */
  async offline(): Promise<void> {
    this.socket.disconnect();
    await until(() => this.socket.status === 'disconnected');
  }

  online(): void {
    // Connecting again while a connection is being made aborts it, which ws throws outside any promise.
    if (this.socket.status === 'disconnected') void this.socket.connect();
  }

  destroy(): void {
    for (const provider of this.providers.values()) provider.destroy();
    this.socket.destroy();
  }
}
