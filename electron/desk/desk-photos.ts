import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../core/article/article';
import { blankPhoto } from '../../core/article/photo';
import type { BodyNodeJSON } from '../../core/body/schema';
import { embeddedText } from '../../core/photo/embedded-metadata';
import { imageFormatTable } from '../../core/photo/image-format';
import { prefillPhoto } from '../../core/photo/prefill-photo';
import type { AttachedPhoto } from '../ipc/contract';
import { inspectImage } from '../photos/inspect-image';
import { readEmbeddedMetadata } from '../photos/read-embedded-metadata';
import { atomicWrite } from '../store/atomic-write';
import { metaPaths } from '../store/layout';
import type { Workspace } from '../store/workspace';

/** Desk photo names: the SHA-256 of the bytes, then the format's extension. */
export const deskPhotoName = /^([0-9a-f]{64})\.(jpg|jpeg|png|webp|gif|tif|tiff)$/;

/** The local cache of desk photos, by content, shared by every desk article of the workspace. */
export function deskPhotoCache(root: string): string {
  return path.join(metaPaths(root).meta, 'desk-photos');
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/**
 * Takes a photo for a desk article: checks it is a whole image, names it by its SHA-256,
 * keeps it in the workspace's cache (and the article's photos/ folder when that exists), and
 * returns the photo prefilled from its embedded metadata. Uploading is the caller's.
 */
export async function cacheDeskPhoto(
  ws: Workspace,
  id: string,
  source: { name: string; bytes: Uint8Array },
): Promise<AttachedPhoto> {
  const label = `photo "${source.name}"`;
  const image = await inspectImage(source.bytes, label, { fileName: source.name });
  const meta = await readEmbeddedMetadata(source.bytes, image.format);
  const sha = createHash('sha256').update(source.bytes).digest('hex');
  const file = `${sha}.${imageFormatTable[image.format].extensions[0]}`;
  const cached = path.join(deskPhotoCache(ws.root), file);
  if (!(await exists(cached))) {
    await mkdir(path.dirname(cached), { recursive: true });
    await atomicWrite(cached, source.bytes, { label: `desk photo ${file}` });
  }
  await linkIntoArticle(ws, id, file);
  const embedded = embeddedText(meta);
  const stored = { ...blankPhoto(file), width: image.width, height: image.height };
  return { photo: prefillPhoto(stored, embedded), embedded };
}

/** Photo names an article uses (lead photo and figures in the body). */
function photosOf(article: Article): string[] {
  const names = new Set<string>();
  if (article.leadPhoto) names.add(article.leadPhoto.file);
  const walk = (node: BodyNodeJSON) => {
    if (node.type === 'figure' && typeof node.attrs?.src === 'string') names.add(node.attrs.src);
    node.content?.forEach(walk);
  };
  article.body.content?.forEach(walk);
  return [...names];
}

/** Desk photo names an article uses: those added on a desk, named by SHA-256. */
export function deskPhotosOf(article: Article): string[] {
  return photosOf(article).filter((name) => deskPhotoName.test(name));
}

/** The other photos an article uses: those that came with its old article.json, kept per article. */
export function seededPhotosOf(article: Article): string[] {
  return photosOf(article).filter((name) => !deskPhotoName.test(name));
}

/** Fetches a photo kept in the desk's article folder (GET /articles/<id>/photos/<file>) when missing here. */
export async function downloadArticlePhoto(
  origin: string,
  token: string,
  ws: Workspace,
  id: string,
  file: string,
): Promise<void> {
  const target = await ws.photos.path(id, file);
  if (await exists(target)) return;
  const response = await fetch(`${origin}/articles/${id}/photos/${encodeURIComponent(file)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok)
    throw new Error(`The desk has no photo ${file} of article ${id}: ${await reason(response)}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  await inspectImage(bytes, `photo "${file}" from the desk`, { fileName: file });
  await mkdir(path.dirname(target), { recursive: true });
  await atomicWrite(target, bytes, { label: `photo "${file}" of article ${id}` });
}

/** What became of a photo sent with an article: sent, already on the desk, or refused and why. */
export type ArticlePhotoUpload = { sent: true } | { sent: false; refusal: string };

/**
 * Sends a photo an old article.json names to the desk (PUT /articles/<id>/photos/<file>), for an
 * article this workspace brings to the desk. A refusal (another photo under that name, no such
 * image) is returned; an unreachable desk throws.
 */
export async function uploadArticlePhoto(
  origin: string,
  token: string,
  ws: Workspace,
  id: string,
  file: string,
): Promise<ArticlePhotoUpload> {
  const bytes = await readFile(await ws.photos.path(id, file)).catch(() => null);
  if (!bytes) return { sent: false, refusal: 'it is not in the article’s photos folder here' };
  const response = await fetch(`${origin}/articles/${id}/photos/${encodeURIComponent(file)}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  if (response.ok) return { sent: true };
  const why = await reason(response);
  if (response.status === 401) throw new Error(`The desk refused the token: ${why}`);
  return { sent: false, refusal: why };
}

/** True when the cache holds the photo. */
export function isCached(root: string, file: string): Promise<boolean> {
  return exists(path.join(deskPhotoCache(root), file));
}

/** Puts a cached photo into the article's photos/ folder (a hard link, a copy where links fail). */
export async function linkIntoArticle(ws: Workspace, id: string, file: string): Promise<void> {
  const cached = path.join(deskPhotoCache(ws.root), file);
  const target = await ws.photos.path(id, file).catch(() => null);
  if (!target || (await exists(target)) || !(await exists(cached))) return;
  await mkdir(path.dirname(target), { recursive: true });
  await link(cached, target).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') await copyFile(cached, target);
  });
}

/** Sends a cached photo to the desk (PUT /photos/<file>); the desk keeps one copy per content. */
export async function uploadDeskPhoto(
  origin: string,
  token: string,
  root: string,
  file: string,
): Promise<void> {
  const bytes = await readFile(path.join(deskPhotoCache(root), file));
  const response = await fetch(`${origin}/photos/${file}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  if (!response.ok) throw new Error(`The desk refused photo ${file}: ${await reason(response)}`);
}

/** Fetches a photo from the desk into the cache, refusing bytes that do not match its name. */
export async function downloadDeskPhoto(
  origin: string,
  token: string,
  root: string,
  file: string,
): Promise<void> {
  const match = deskPhotoName.exec(file);
  if (!match) throw new Error(`"${file}" is not a desk photo name`);
  const response = await fetch(`${origin}/photos/${file}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`The desk has no photo ${file}: ${await reason(response)}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (createHash('sha256').update(bytes).digest('hex') !== match[1]) {
    throw new Error(`The desk sent photo ${file} with other contents than its name says`);
  }
  const cached = path.join(deskPhotoCache(root), file);
  await mkdir(path.dirname(cached), { recursive: true });
  await atomicWrite(cached, bytes, { label: `desk photo ${file}` });
}

async function reason(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    /* not JSON */
  }
  return `${response.status}`;
}
