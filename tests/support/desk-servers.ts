import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(repoRoot, 'out', 'main', 'cli.js');
const run = promisify(execFile);
// How long a child may take to say it listens before the helper gives up (a start, not a timed assertion).
const START_LIMIT_MS = 30_000;

/** A child process that printed a line matching `ready`; stop() ends it with SIGTERM and waits. */
interface Child {
  process: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function start(
  command: string,
  args: string[],
  ready: RegExp,
  what: string,
): Promise<{ child: Child; match: RegExpMatchArray }> {
  const process = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((done) => process.once('exit', () => done()));
  const child: Child = {
    process,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (process.exitCode === null && process.signalCode === null) process.kill(signal);
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      process.kill('SIGKILL');
      reject(new Error(`${what} did not start within ${START_LIMIT_MS} ms:\n${output}`));
    }, START_LIMIT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    };
    process.stdout!.on('data', onData);
    process.stderr!.on('data', onData);
    process.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}

/** A free TCP port on 127.0.0.1, as the OS hands one out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** A redis-server on 127.0.0.1 with no disk persistence. */
export interface RedisServer {
  url: string;
  port: number;
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port (after stop). */
  restart(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  let child = (await start('redis-server', args, /Ready to accept connections/, 'redis-server'))
    .child;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: (signal) => child.stop(signal),
    async restart() {
      child = (await start('redis-server', args, /Ready to accept connections/, 'redis-server'))
        .child;
    },
  };
}

/** One `newsroom serve` child process. */
export interface DeskServer {
  /** The ws:// URL it printed. */
  url: string;
  data: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port, data, users and Redis (after stop). */
  restart(): Promise<void>;
}

export interface DeskServerOptions {
  data: string;
  users: string;
  redis?: string;
  /** Port to listen on; 0 (the default) asks the OS. */
  port?: number;
}

export async function startDeskServer(options: DeskServerOptions): Promise<DeskServer> {
  const run = async (port: number) => {
    const args = [cli, 'serve', '--data', options.data, '--users', options.users];
    args.push('--host', '127.0.0.1', '--port', String(port));
    if (options.redis) args.push('--redis', options.redis);
    return start(process.execPath, args, /(wss?:\/\/127\.0\.0\.1:(\d+)\S*)/, 'newsroom serve');
  };
  const started = await run(options.port ?? 0);
  let child = started.child;
  const match = started.match;
  const url = match[1]!;
  const port = Number(match[2]);
  return {
    url,
    data: options.data,
    stop: (signal) => child.stop(signal),
    async restart() {
      ({ child } = await run(port));
    },
  };
}

/** Adds a person to a users file with `newsroom desk add-user`; returns the token it printed once. */
export async function addDeskUser(
  users: string,
  name: string,
  role: 'reporter' | 'editor' | 'photo',
): Promise<string> {
  const { stdout } = await run(process.execPath, [
    cli,
    'desk',
    'add-user',
    name,
    '--role',
    role,
    '--users',
    users,
  ]);
  const token = stdout.trim().split('\n').pop() ?? '';
  if (!token) throw new Error(`newsroom desk add-user printed no token for ${name}`);
  return token;
}

/** A scratch folder, removed by the returned function. */
export async function scratch(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
