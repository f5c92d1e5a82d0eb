import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveCheckConfig, type CheckConfig } from '../../core/checks/pre-export';

/** Where a workspace keeps its pre-export check settings (optional; defaults apply without it). */
export function checkConfigPath(workspaceRoot: string): string {
  return path.join(workspaceRoot, '.newsroom', 'checks.json');
}

/** Reads the workspace's check settings; a missing file means defaults, a broken one is an error naming it. */
export async function loadCheckConfig(workspaceRoot: string): Promise<CheckConfig> {
  const file = checkConfigPath(workspaceRoot);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return resolveCheckConfig({});
    throw new Error(`cannot read "${file}": ${(error as Error).message}`, { cause: error });
  }
  try {
    return resolveCheckConfig(JSON.parse(text));
  } catch (error) {
    throw new Error(`"${file}" is not valid: ${(error as Error).message}`, { cause: error });
  }
}
