import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Article } from '../../core/article/article';
import { countBody } from '../../core/body/counts';
import { parseArticleBytes, readArticleBytes } from './article-file';
import type { ArticleFolders } from './article-folders';
import { atomicWrite } from './atomic-write';
import { checkArticleId } from './path-safety';
import { revisionOf } from './revision';
import type { StoreContext } from './store-context';
import { StoreError } from './store-error';
import type { OpenedArticle, Snapshot } from './store-types';
import { isTempName } from './temp-files';

export interface HistoryOptions {
  /** At most one automatic snapshot per article in this many ms while it changes (default 5 min). */
  intervalMs: number;
  /** Snapshots kept per article (default 50). */
  maxCount: number;
  /** Snapshots older than this are dropped (default 30 days). */
  maxAgeMs: number;
}

export const defaultHistoryOptions: HistoryOptions = {
  intervalMs: 5 * 60_000,
  maxCount: 50,
  maxAgeMs: 30 * 24 * 60 * 60_000,
};

const snapshotIdPattern = /^(\d{8}T\d{9}Z)-[0-9a-f]{6}$/;

/**
 * Per-article history under .newsroom/history/<id>/<snapshot>.json. Each snapshot is an
 * article.json as it was; its id starts with the compact UTC time it was taken, so names sort
 * by age.
 */
export class History {
  /** Articles saved since their last snapshot: snapshotted on close. */
  private readonly pending = new Set<string>();
  private readonly dir: string;

  constructor(
    private readonly ctx: StoreContext,
    private readonly folders: ArticleFolders,
    private readonly options: HistoryOptions,
  ) {
    this.dir = ctx.paths.history;
  }

  /** Snapshots of an article, newest first (unreadable snapshot files are skipped). */
  async list(id: string): Promise<Snapshot[]> {
    this.ctx.access.assertOpen();
    checkArticleId(id);
    const snapshots: Snapshot[] = [];
    for (const snapshotId of await this.ids(id)) {
      try {
        const article = await this.readStored(id, snapshotId);
        snapshots.push({
          id: snapshotId,
          taken: takenAt(snapshotId).toISOString(),
          words: countBody(article.body, article.language).words,
          headline: article.headline,
        });
      } catch {
        // A damaged snapshot is not worth failing the whole list for.
      }
    }
    return snapshots;
  }

  /** The article as it was in one snapshot (for showing what changed). */
  async read(id: string, snapshotId: string): Promise<Article> {
    this.ctx.access.assertOpen();
    return this.readStored(checkArticleId(id), snapshotId);
  }

  /** Makes a snapshot the current version; the current version becomes a snapshot first. */
  restore(id: string, snapshotId: string): Promise<OpenedArticle> {
    return this.ctx.mutex.run(String(id), async () => {
      this.ctx.access.assertWritable('restore a snapshot');
      const folder = await this.folders.locate(id);
      const old = await this.readStored(id, snapshotId);
      await this.take(id, await readArticleBytes(this.ctx.fs, folder));
      const next: Article = { ...old, id, updated: this.ctx.now().toISOString() };
      const { bytes } = await this.folders.write(next, folder);
      await this.take(id, bytes);
      return { article: next, revision: revisionOf(bytes) };
    });
  }

  /** Takes a snapshot of the saved article now if it changed since the last one (e.g. when it is closed). */
  snapshot(id: string): Promise<void> {
    return this.ctx.mutex.run(String(id), async () => {
      this.ctx.access.assertWritable('take a snapshot');
      const folder = await this.folders.locate(id);
      await this.take(id, await readArticleBytes(this.ctx.fs, folder));
    });
  }

  /** Called after each save: snapshots when the last one is older than the interval. */
  async afterSave(id: string, bytes: Uint8Array): Promise<void> {
    const latest = (await this.ids(id))[0];
    const due =
      !latest || this.ctx.now().getTime() - takenAt(latest).getTime() >= this.options.intervalMs;
    if (due) await this.take(id, bytes);
    else this.pending.add(id);
  }

  /** Snapshots every article saved since its last snapshot (on close); failures are skipped. */
  async snapshotPending(): Promise<void> {
    for (const id of [...this.pending]) {
      const folder = await this.folders.locate(id).catch(() => null);
      if (folder)
        await readArticleBytes(this.ctx.fs, folder)
          .then((bytes) => this.take(id, bytes))
          .catch(() => undefined);
    }
  }

  /** Takes a snapshot unless the newest one already has these bytes; prunes by count and age. */
  private async take(id: string, bytes: Uint8Array): Promise<string | null> {
    this.pending.delete(id);
    const ids = await this.ids(id);
    if (ids[0] && (await this.revisionOfSnapshot(id, ids[0])) === revisionOf(bytes)) return null;
    // Names sort by time; two snapshots in the same millisecond still get increasing names.
    const latestTime = ids[0] ? takenAt(ids[0]).getTime() : -Infinity;
    const time = new Date(Math.max(this.ctx.now().getTime(), latestTime + 1));
    const snapshotId = `${compactTime(time)}-${randomBytes(3).toString('hex')}`;
    await this.ctx.fs.mkdir(path.join(this.dir, id));
    await atomicWrite(this.file(id, snapshotId), bytes, {
      fs: this.ctx.fs,
      label: `snapshot ${snapshotId} of article ${id}`,
    });
    await this.prune(id);
    return snapshotId;
  }

  /** The article stored in a snapshot; StoreError when it does not exist or is damaged. */
  private async readStored(id: string, snapshotId: string): Promise<Article> {
    if (!snapshotIdPattern.test(snapshotId))
      throw new StoreError(`"${snapshotId.slice(0, 100)}" is not a snapshot id`);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await this.ctx.fs.readFile(this.file(id, snapshotId)));
    } catch {
      throw new StoreError(`snapshot ${snapshotId} of article ${id} does not exist`);
    }
    return parseArticleBytes(bytes, `snapshot ${snapshotId} of article ${id}`);
  }

  private async prune(id: string): Promise<void> {
    const ids = await this.ids(id);
    const oldest = this.ctx.now().getTime() - this.options.maxAgeMs;
    for (const [index, snapshotId] of ids.entries()) {
      // The newest snapshot is always kept, whatever its age.
      const tooMany = index >= Math.max(1, this.options.maxCount);
      const tooOld = index > 0 && takenAt(snapshotId).getTime() < oldest;
      if (tooMany || tooOld) await this.ctx.fs.rm(this.file(id, snapshotId));
    }
  }

  private async revisionOfSnapshot(id: string, snapshotId: string): Promise<string | null> {
    try {
      return revisionOf(new Uint8Array(await this.ctx.fs.readFile(this.file(id, snapshotId))));
    } catch {
      return null;
    }
  }

  /** Snapshot ids of an article, newest first. */
  private async ids(id: string): Promise<string[]> {
    let names: string[];
    try {
      names = await this.ctx.fs.readdir(path.join(this.dir, id));
    } catch {
      return [];
    }
    return names
      .filter((n) => !isTempName(n) && n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length))
      .filter((n) => snapshotIdPattern.test(n))
      .sort()
      .reverse();
  }

  private file(id: string, snapshotId: string): string {
    return path.join(this.dir, id, `${snapshotId}.json`);
  }
}

function compactTime(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function takenAt(snapshotId: string): Date {
  const stamp = snapshotIdPattern.exec(snapshotId)?.[1] ?? '';
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) return new Date(0);
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
}
