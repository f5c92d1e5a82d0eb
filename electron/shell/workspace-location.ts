import { resolve } from 'node:path';

/** Reads `--workspace DIR` or `--workspace=DIR` from a command line; null when absent or empty. */
export function workspaceFlag(argv: readonly string[], cwd: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--workspace') {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? resolve(cwd, value) : null;
    }
    if (arg.startsWith('--workspace=')) {
      const value = arg.slice('--workspace='.length);
      return value ? resolve(cwd, value) : null;
    }
  }
  return null;
}

/** The workspace to open at start: the command line, else the remembered one, else the default. */
export function chooseWorkspace(input: {
  flag: string | null;
  remembered: string | undefined;
  defaultDir: string;
}): { dir: string; source: 'flag' | 'settings' | 'default' } {
  if (input.flag) return { dir: input.flag, source: 'flag' };
  if (input.remembered) return { dir: input.remembered, source: 'settings' };
  return { dir: input.defaultDir, source: 'default' };
}
