import { readdir } from 'node:fs/promises';
import * as Y from 'yjs';
import { articleId, type Article } from '../../core/article/article';
import { seedDoc } from '../../core/desk/seed-doc';
import { metaPaths } from '../store/layout';
import type { Workspace } from '../store/workspace';
import { DeskClient, DESK_LOG_SUFFIX } from './desk-client';
import type { DeskDoc } from './desk-doc';
import { fetchDeskList } from './desk-http';
import { seededPhotosOf, uploadArticlePhoto } from './desk-photos';
import { deskAddresses } from './desk-url';
import { changesFrom, pushWorkspaceArticle } from './desk-workspace';

export interface SyncOptions {
  url: string;
  token: string;
  /** How long to wait for the desk before giving up, in ms. */
  limitMs: number;
  warn(line: string): void;
}

/** What one article's sync did. */
export interface SyncedArticle {
  id: string;
  headline: string;
  /** This workspace sent changes: offline edits, edits made outside the desk, or a first seeding. */
  sent: boolean;
  /** The workspace's article.json changed to take in the desk's changes. */
  received: boolean;
  /** The article was new to the desk and went up whole, seeded deterministically. */
  seeded: boolean;
  /** The desk refused this workspace's changes: why, and the file keeping them (else null). */
  refused: { reason: string; kept: string } | null;
}

const contentKey = (article: Article | null) =>
  article ? JSON.stringify({ ...article, updated: '' }) : '';

/**
 * Brings a workspace and a desk to the same state: every article of either side ends up on both.
 * Local offline changes and article.json edits made outside the desk go up; the desk's changes
 * come down into article.json. An article the workspace has never synced is seeded only after the
 * desk has answered, so a desk that already holds it (seeded from the same old article.json by
 * the server or another laptop) is never given its paragraphs a second time.
 */
export async function syncWorkspace(ws: Workspace, options: SyncOptions): Promise<SyncedArticle[]> {
  const origin = deskAddresses(options.url).http;
  const onDesk = await fetchDeskList(origin, options.token).catch((error: Error) => {
    throw new Error(`${reachMessage(options.url, error)}`, { cause: error });
  });
  const problems: string[] = [];
  // The photos an old article.json names (not by SHA-256) exist only here until sent.
  const sendPhotos = async (article: Article) => {
    for (const file of seededPhotosOf(article)) {
      const upload = await uploadArticlePhoto(origin, options.token, ws, article.id, file);
      if (!upload.sent)
        options.warn(
          `warning: article ${article.id} “${article.headline}”: photo "${file}" was not sent to the desk: ${upload.refusal}`,
        );
    }
  };
  const client = new DeskClient({
    workspace: ws,
    emit: () => undefined,
    backoff: { delay: 100, maxDelay: 2000 },
    log: (message) => void problems.push(message),
  });
  // article.json is read for changes made outside the desk before anything is derived into it.
  client.mirror.hold();
  try {
    const local = await localArticles(ws, options.warn);
    const before = new Map<string, Article | null>();
    const solo = new Map<string, Article>();
    const docs = new Map<string, DeskDoc>();
    const sent = new Set<string>();
    for (const id of local) {
      const deskDoc = await client.follow(id);
      docs.set(id, deskDoc);
      const current = await ws.articles.read(id).catch(() => null);
      before.set(id, current?.article ?? null);
      if (deskDoc.pending > 0) sent.add(id);
      if (deskDoc.empty) {
        // Never synced here: what the desk holds decides how it goes up (below).
        if (current) solo.set(id, current.article);
      } else if (await pushWorkspaceArticle(ws, deskDoc)) {
        // Photos first: whoever takes the change can then fetch the photos it names.
        if (current) await sendPhotos(current.article);
        sent.add(id);
      }
    }
    client.connect(options.url, options.token);
    for (const { id } of onDesk) {
      if (docs.has(id)) continue;
      docs.set(id, await client.follow(id));
      before.set(id, null);
    }
    await client.whenSynced(options.limitMs);

    const seeded = new Set<string>();
    for (const [id, article] of solo) {
      const deskDoc = docs.get(id)!;
      const seed = seedDoc(article);
      await sendPhotos(article);
      if (deskDoc.empty) {
        await deskDoc.applyLocal(seed);
        seeded.add(id);
        sent.add(id);
      } else if (!Y.snapshotContainsUpdate(Y.snapshot(deskDoc.doc), seed)) {
        const base = await commonBase(ws, id, deskDoc);
        if (base) {
          // Both changed one old version: this copy's changes since it merge with the desk's.
          await deskDoc.applyLocal(changesFrom(seedDoc(base), article));
          sent.add(id);
        } else if (await pushWorkspaceArticle(ws, deskDoc)) {
          // The desk's copy does not descend from any version here: this copy's fields win.
          sent.add(id);
          options.warn(
            `warning: article ${id} “${article.headline}” differed from the desk's copy; this workspace's fields were written over the desk's where they differ (the desk's log keeps the earlier text)`,
          );
        }
      }
    }
    if (sent.size > 0) await client.whenSynced(options.limitMs);

    // An article whose refused change was set aside is a new document now: follow gives the current one.
    for (const id of docs.keys()) client.mirror.schedule(id, (await client.follow(id)).doc);
    await client.mirror.flush();
    if (problems.length > 0) throw new Error(problems[0]);

    const refusedOf = (id: string) => {
      const change = client.setAside().find((c) => c.id === id);
      return change ? { reason: change.reason, kept: change.file } : null;
    };
    const result: SyncedArticle[] = [];
    for (const id of docs.keys()) {
      const after = (await ws.articles.read(id)).article;
      result.push({
        id,
        headline: after.headline,
        sent: sent.has(id),
        received: contentKey(before.get(id) ?? null) !== contentKey(after),
        seeded: seeded.has(id),
        refused: refusedOf(id),
      });
    }
    return result;
  } finally {
    await client.close();
  }
}

/** The newest version in the workspace's history that the desk's copy was seeded from, if any. */
async function commonBase(ws: Workspace, id: string, deskDoc: DeskDoc): Promise<Article | null> {
  const snapshot = Y.snapshot(deskDoc.doc);
  for (const { id: snapshotId } of await ws.history.list(id).catch(() => [])) {
    const version = await ws.history.read(id, snapshotId).catch(() => null);
    if (version && Y.snapshotContainsUpdate(snapshot, seedDoc(version))) return version;
  }
  return null;
}

/** Articles of the workspace: its readable article folders and the desk articles it holds logs of. */
async function localArticles(ws: Workspace, warn: (line: string) => void): Promise<string[]> {
  const ids = new Set<string>();
  for (const entry of await ws.articles.list()) {
    if (entry.error) warn(`skipped: ${entry.id}: ${entry.error}`);
    else ids.add(entry.id);
  }
  const logs = await readdir(metaPaths(ws.root).desk).catch(() => [] as string[]);
  for (const name of logs) {
    const id = name.slice(0, -DESK_LOG_SUFFIX.length);
    if (name.endsWith(DESK_LOG_SUFFIX) && articleId.safeParse(id).success) ids.add(id);
  }
  return [...ids].sort();
}

function reachMessage(url: string, error: Error): string {
  if (error.message.startsWith('The desk refused')) return `${error.message} (${url})`;
  const cause = (error.cause as Error | undefined)?.message;
  return `could not reach the desk at ${url}: ${cause ?? error.message}`;
}
