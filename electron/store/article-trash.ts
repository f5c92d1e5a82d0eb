import path from 'node:path';
import { renameWithRetry, syncDir } from './atomic-write';
import { pathExists } from './path-exists';
import type { StoreContext } from './store-context';
import { StoreError, describeError } from './store-error';

/** Moves an article folder into .trash/ under a free name (restorable by moving it back). */
export async function moveToTrash(ctx: StoreContext, folder: string): Promise<string> {
  const { fs, paths, root } = ctx;
  await fs.mkdir(paths.trash);
  const target = await freeTrashPath(ctx, path.basename(folder));
  try {
    await renameWithRetry(fs, folder, target);
  } catch (error) {
    throw new StoreError(
      `could not move "${path.basename(folder)}" to the trash: ${describeError(error)}`,
      { cause: error },
    );
  }
  await syncDir(root, fs).catch(() => undefined);
  return target;
}

/** `.trash/<name>`, or `<name>--deleted-<time>-<n>` when an earlier deletion holds that name. */
async function freeTrashPath(ctx: StoreContext, name: string): Promise<string> {
  const stamp = ctx.now().toISOString().replace(/[-:.]/g, '');
  for (let n = 0; ; n++) {
    const candidate = path.join(ctx.paths.trash, n === 0 ? name : `${name}--deleted-${stamp}-${n}`);
    if (!(await pathExists(ctx.fs, candidate))) return candidate;
  }
}
