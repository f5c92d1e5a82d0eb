import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { repoRoot } from './child-process';

/** mulberry32: a small seeded generator, so a failing run can be replayed with its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A crash-test child that prints "ready", then "open <n>", then "ack <n>" per acknowledged write. */
export interface CrashChild {
  process: ChildProcessWithoutNullStreams;
  ready: Promise<void>;
  acks: number[];
  opened: Promise<void>;
  /** Resolves at the first acknowledged write. */
  acked: Promise<void>;
  done: Promise<void>;
  stderr: () => string;
  /** True once the child has opened its files and entered its write loop. */
  isOpen: () => boolean;
}

/** Starts a bundled child (see bundleChild). */
export function startChild(bundle: string): CrashChild {
  const child = spawn(process.execPath, [bundle], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const acks: number[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let onReady!: () => void;
  let onOpen!: () => void;
  let open = false;
  const ready = new Promise<void>((r) => (onReady = r));
  const opened = new Promise<void>((r) => (onOpen = r));
  let onAck!: () => void;
  const acked = new Promise<void>((r) => (onAck = r));
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    if (line === 'ready') onReady();
    else if (line.startsWith('open ')) {
      open = true;
      onOpen();
    } else if (line.startsWith('ack ')) {
      acks.push(Number(line.slice(4)));
      onAck();
    }
  });
  // "done" waits for both the exit and the end of stdout, so every printed ack is counted.
  const done = Promise.all([
    new Promise<void>((r) => child.once('exit', () => r())),
    new Promise<void>((r) => lines.once('close', () => r())),
  ]).then(() => undefined);
  return {
    process: child,
    ready,
    acks,
    opened,
    acked,
    done,
    stderr: () => stderr,
    isOpen: () => open,
  };
}

/** Bundles a child script into one file, so each restart costs little. */
export async function bundleChild(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
