import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../core/article/article';
import type { Photo } from '../../core/article/photo';
import type { BodyJSON, BodyNodeJSON } from '../../core/body/schema';
import {
  creditSuggestions,
  emptyRegistry,
  photoRegistrySchema,
  recallPhoto,
  rememberPhoto,
  type PhotoRegistry,
} from '../../core/photo/photo-registry';
import { atomicWrite } from '../store/atomic-write';
import { KeyedMutex } from '../store/keyed-mutex';
import { metaPaths } from '../store/layout';
import type { Workspace } from '../store/workspace';

const REGISTRY_FILE = 'photo-registry.json';
const mutex = new KeyedMutex();

/** Where the workspace's photo registry lives: `<root>/.newsroom/photo-registry.json`. */
export function registryPath(ws: Workspace): string {
  return path.join(metaPaths(ws.root).meta, REGISTRY_FILE);
}

/** sha256 of a file's bytes, streamed. */
export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** sha256 of bytes in memory. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function load(file: string, setAside: boolean): Promise<PhotoRegistry> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return emptyRegistry();
  }
  try {
    return photoRegistrySchema.parse(JSON.parse(text));
  } catch {
    // A damaged registry is kept aside for inspection (by a writer); the desk starts a new one.
    if (setAside) await rename(file, `${file}.damaged-${Date.now()}`).catch(() => undefined);
    return emptyRegistry();
  }
}

/** The workspace's photo registry (empty when there is none yet). */
export function readRegistry(ws: Workspace): Promise<PhotoRegistry> {
  const file = registryPath(ws);
  return mutex.run(file, () => load(file, false));
}

/** Applies a change to the registry and writes it atomically (skipped when read-only or unchanged). */
export function updateRegistry(
  ws: Workspace,
  change: (registry: PhotoRegistry) => PhotoRegistry | Promise<PhotoRegistry>,
): Promise<PhotoRegistry> {
  const file = registryPath(ws);
  return mutex.run(file, async () => {
    const before = await load(file, !ws.readOnly);
    const after = await change(before);
    if (ws.readOnly || JSON.stringify(after) === JSON.stringify(before)) return after;
    await mkdir(path.dirname(file), { recursive: true });
    await atomicWrite(file, JSON.stringify(after, null, 2) + '\n', { label: REGISTRY_FILE });
    return after;
  });
}

/** Credit suggestions for the Credit field: the desk's recent credits, then presets. */
export async function recentCredits(ws: Workspace): Promise<string[]> {
  return creditSuggestions(await readRegistry(ws));
}

const fileKey = (id: string, file: string) => `${id}/${file}`;

async function hashOf(ws: Workspace, registry: PhotoRegistry, id: string, file: string) {
  const known = registry.files[fileKey(id, file)];
  if (known) return known;
  try {
    return await hashFile(await ws.photos.path(id, file));
  } catch {
    return null;
  }
}

/** Fills empty credit, photographer and copyright of a photo from what the desk set for the same image. */
export async function recallPhotoCredit(ws: Workspace, id: string, photo: Photo): Promise<Photo> {
  const registry = await readRegistry(ws);
  const hash = await hashOf(ws, registry, id, photo.file);
  return hash ? recallPhoto(photo, registry.photos[hash]) : photo;
}

interface PhotoUse {
  file: string;
  credit: string;
  photographer: string;
  copyright: string;
}

function figuresOf(node: BodyJSON | BodyNodeJSON, into: PhotoUse[]): PhotoUse[] {
  if (node.type === 'figure' && node.attrs) {
    const text = (key: string) =>
      typeof node.attrs?.[key] === 'string' ? (node.attrs[key] as string) : '';
    if (text('src'))
      into.push({
        file: text('src'),
        credit: text('credit'),
        photographer: text('photographer'),
        copyright: text('copyright'),
      });
  }
  for (const child of node.content ?? []) figuresOf(child, into);
  return into;
}

/** Every photo an article uses: the lead photo and each figure in the body. */
export function photoUses(article: Article): PhotoUse[] {
  const uses = figuresOf(article.body, []);
  if (article.leadPhoto) uses.unshift(article.leadPhoto);
  return uses;
}

/**
 * Remembers the credit, photographer and copyright of every photo in a saved article, so the same
 * image brings them along when it is used again (and its credit is offered as a suggestion).
 */
export async function rememberArticlePhotos(ws: Workspace, article: Article): Promise<void> {
  const uses = photoUses(article);
  if (uses.length === 0) return;
  await updateRegistry(ws, async (registry) => {
    let next = registry;
    for (const use of uses) {
      const hash = await hashOf(ws, next, article.id, use.file);
      if (!hash) continue;
      next = { ...next, files: { ...next.files, [fileKey(article.id, use.file)]: hash } };
      next = rememberPhoto(next, hash, use);
    }
    return next;
  });
}

/** Records a newly stored photo file and what it carries; returns the values remembered for it. */
export async function registerStoredPhoto(
  ws: Workspace,
  id: string,
  file: string,
  hash: string,
): Promise<PhotoRegistry['photos'][string] | undefined> {
  const registry = await updateRegistry(ws, (r) => ({
    ...r,
    files: { ...r.files, [fileKey(id, file)]: hash },
  }));
  return registry.photos[hash];
}
