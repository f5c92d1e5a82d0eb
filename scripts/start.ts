// npm start: fetch the Electron runtime with Electron's own installer when it is missing, then
// build and open the app with electron-vite (which cannot start without the runtime).
// Usage: node --import tsx scripts/start.ts [--electron-dir DIR] [--ensure-only]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { electronRuntime } from './electron-runtime';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

class StartError extends Error {}

/** The bin `name` of the package in `packageDir`, as an absolute path. */
function packageBin(packageDir: string, name: string): string {
  const { bin } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  const file = bin[name];
  if (!file) throw new StartError(`${packageDir} has no ${name} command; run npm ci.`);
  return join(packageDir, file);
}

/** The error line of a failed installer's output (its stack trace starts with it). */
function failureReason(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim());
  return lines.find((line) => /^\w*Error\b/.test(line)) ?? lines.find(Boolean) ?? 'no output';
}

/** The Electron executable, downloaded first when it is missing. */
function ensureElectron(packageDir: string, env: NodeJS.ProcessEnv): string {
  if (!existsSync(join(packageDir, 'package.json'))) {
    throw new StartError(`No electron package at ${packageDir}: run npm ci first.`);
  }
  const runtime = electronRuntime(packageDir, env);
  if (runtime.installed) return runtime.binary;
  if (runtime.overridden) {
    throw new StartError(
      `Electron ${runtime.version} is not at ELECTRON_OVERRIDE_DIST_PATH (${runtime.binary} is missing): point it at a folder holding Electron ${runtime.version}, or unset it to download the runtime.`,
    );
  }
  console.log(`Downloading the Electron ${runtime.version} runtime (once per machine)…`);
  const installer = spawnSync(process.execPath, [packageBin(packageDir, 'install-electron')], {
    cwd: packageDir,
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (installer.status === 0 && electronRuntime(packageDir, env).installed) return runtime.binary;
  const reason = installer.error?.message ?? failureReason(installer.stderr ?? '');
  throw new StartError(
    `Cannot start: the Electron ${runtime.version} runtime is missing (${runtime.binary}) and downloading it failed (${reason}). Connect to the network and run npm start again, set ELECTRON_MIRROR to a reachable mirror, or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding Electron ${runtime.version}.`,
  );
}

/** Builds and opens the app with the given runtime; resolves with electron-vite's exit code. */
function preview(binary: string): Promise<number> {
  const cli = packageBin(join(root, 'node_modules', 'electron-vite'), 'electron-vite');
  // electron-vite reads path.txt under node_modules/electron unless told where the runtime is.
  const child = spawn(process.execPath, [cli, 'preview'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: binary },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  return new Promise((done) => child.on('exit', (code) => done(code ?? 1)));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'electron-dir': { type: 'string', default: join(root, 'node_modules', 'electron') },
      'ensure-only': { type: 'boolean', default: false },
    },
  });
  try {
    const binary = ensureElectron(resolve(values['electron-dir']), process.env);
    return values['ensure-only'] ? 0 : await preview(binary);
  } catch (error) {
    if (!(error instanceof StartError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = await main();
