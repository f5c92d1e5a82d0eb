import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread: the built `.js` beside the bundle when there is one, else the `.ts`
 * source through tsx's require hook (tests, the CLI from source), because Node 20 workers ignore
 * `--import` loaders.
 */
export function startWorker(
  built: URL,
  source: URL,
  options: Pick<WorkerOptions, 'workerData' | 'resourceLimits'> = {},
): Worker {
  // Built JavaScript needs no loader: without this, a worker would load the parent's --import
  // hooks (tsx in the benchmarks) before its first line.
  const plain = { ...options, execArgv: [] };
  if (built.href !== source.href && existsSync(fileURLToPath(built)))
    return new Worker(built, plain);
  const prebuilt = builtWorkers && path.join(builtWorkers, path.basename(fileURLToPath(built)));
  if (prebuilt && existsSync(prebuilt)) return new Worker(prebuilt, plain);
  const here = fileURLToPath(import.meta.url);
  const boot = [
    `const load = require('node:module').createRequire(${JSON.stringify(here)});`,
    `load('tsx/cjs/api').register();`,
    `load(${JSON.stringify(fileURLToPath(source))});`,
  ].join('\n');
  return new Worker(boot, { ...options, eval: true });
}

let builtWorkers: string | null = null;

/**
 * Source code (the benchmarks) starts the workers of a fresh build in `dir` (out/main) instead of
 * compiling their TypeScript in every thread, so it measures what the app starts.
 */
export function useBuiltWorkers(dir: string | null): void {
  builtWorkers = dir;
}
