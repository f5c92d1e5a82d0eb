// Where the Electron executable lives, found the way the electron package finds it, without
// importing the package: importing it downloads the runtime as a side effect.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ElectronRuntime {
  /** The version the installed electron package expects. */
  version: string;
  /** The executable the app runs with. */
  binary: string;
  /** True when the executable is on disk in the expected version. */
  installed: boolean;
  /** True when ELECTRON_OVERRIDE_DIST_PATH names the folder, so a download cannot help. */
  overridden: boolean;
}

/** The executable's path inside an Electron build, per platform (as the package's installer writes it). */
export function platformExecutable(platform: NodeJS.Platform | string = process.platform): string {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** The runtime the electron package in `packageDir` would start, and whether it is there. */
export function electronRuntime(
  packageDir: string,
  env: NodeJS.ProcessEnv = process.env,
): ElectronRuntime {
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const executable = readText(join(packageDir, 'path.txt'));
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const binary = join(override, executable ?? platformExecutable());
    return { version, binary, installed: existsSync(binary), overridden: true };
  }
  const dist = join(packageDir, 'dist');
  const binary = join(dist, executable ?? platformExecutable());
  // A dist left by an older electron package is stale: its installer would replace it.
  const current = readText(join(dist, 'version'))?.replace(/^v/, '') === version;
  return {
    version,
    binary,
    installed: executable !== null && current && existsSync(binary),
    overridden: false,
  };
}
