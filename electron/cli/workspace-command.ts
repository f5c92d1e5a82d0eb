// What the commands that read or write articles share: the --workspace option and opening it.
import { Workspace, type WorkspaceOptions } from '../store/workspace';
import { UsageError } from './command';

/** `--workspace DIR [--json]`, the options of every command that reads or writes articles. */
export const workspaceOptions = {
  workspace: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** The --workspace option, required by every command that touches articles. */
export function requireWorkspace(value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new UsageError('--workspace DIR is required');
  return value;
}

/**
 * Opens the workspace without its lock, runs `use` and closes it whatever happens. No lock: the app
 * may have the workspace open, and writes stay safe by being atomic and revision-checked. `lock`
 * takes it, refusing a workspace open elsewhere (for writers of files the app keeps to itself).
 * The index built along the way is kept when no app holds the workspace, so the next command
 * does not read every article again.
 */
export async function withWorkspace<T>(
  dir: string,
  options: Pick<WorkspaceOptions, 'create' | 'onIndexProgress'> & { lock?: boolean },
  use: (ws: Workspace) => Promise<T>,
): Promise<T> {
  const ws = await Workspace.open(dir, {
    create: options.create,
    lock: options.lock ?? false,
    readOnlyIfLocked: false,
    onIndexProgress: options.onIndexProgress,
  });
  try {
    return await use(ws);
  } finally {
    await ws.saveIndex();
    await ws.close();
  }
}
