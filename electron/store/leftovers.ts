import path from 'node:path';
import { PHOTOS_DIR, idFromFolderName } from './layout';
import type { StoreContext } from './store-context';
import { removeTempFiles } from './temp-files';
import { processAlive } from './workspace-lock';

/**
 * Removes what killed writers left behind: temp files and staging folders. Only the lock
 * holder cleans up (another instance may still own what it finds). Article folders are swept
 * all at once after a crash, otherwise each on its first save.
 */
export class Leftovers {
  /** Articles whose folders were already swept since the workspace was opened. */
  private readonly swept = new Set<string>();

  constructor(
    private readonly ctx: StoreContext,
    private readonly holdsLock: boolean,
  ) {}

  /** Cleans the workspace's own folders; every article folder too when the last holder crashed. */
  async afterOpen(afterCrash: boolean): Promise<void> {
    if (!this.holdsLock) return;
    const { fs, paths, root } = this.ctx;
    await this.removeDeadStaging();
    await removeTempFiles(fs, root);
    await removeTempFiles(fs, paths.meta);
    await removeTempFiles(fs, paths.recovery);
    await removeTempFiles(fs, paths.desk);
    if (!afterCrash) return;
    for (const name of await fs.readdir(paths.history).catch(() => [])) {
      await removeTempFiles(fs, path.join(paths.history, name));
    }
    for (const name of await fs.readdir(root)) {
      const id = idFromFolderName(name);
      if (id) await this.sweepArticle(id, path.join(root, name));
    }
  }

  /** Removes temp files a killed writer (e.g. the CLI) left in an article's folders; once per article. */
  async sweepArticle(id: string, folder: string): Promise<void> {
    if (!this.holdsLock || this.swept.has(id)) return;
    this.swept.add(id);
    const { fs, paths } = this.ctx;
    await removeTempFiles(fs, folder);
    await removeTempFiles(fs, path.join(folder, PHOTOS_DIR));
    await removeTempFiles(fs, path.join(paths.history, id));
  }

  /** Removes staging folders of processes that no longer run (a crash mid-create), and our own. */
  private async removeDeadStaging(): Promise<void> {
    const { fs, paths } = this.ctx;
    for (const name of await fs.readdir(paths.staging).catch(() => [])) {
      const pid = Number(name);
      if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) continue;
      await fs.rm(path.join(paths.staging, name), { recursive: true });
    }
  }
}
