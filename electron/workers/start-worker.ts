import { existsSync } from 'node:fs';
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
  if (built.href !== source.href && existsSync(fileURLToPath(built)))
    return new Worker(built, options);
  const here = fileURLToPath(import.meta.url);
  const boot = [
    `const load = require('node:module').createRequire(${JSON.stringify(here)});`,
    `load('tsx/cjs/api').register();`,
    `load(${JSON.stringify(fileURLToPath(source))});`,
  ].join('\n');
  return new Worker(boot, { ...options, eval: true });
}
