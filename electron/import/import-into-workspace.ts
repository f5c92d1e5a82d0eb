import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from '../../core/import/import-error';
import { importFile, MAX_IMPORT_BYTES } from '../../core/import/import-file';
import { importFormatNames } from '../../core/import/import-format';
import type { ImportOptions } from '../../core/import/import-options';
import type { Placement } from '../../core/import/recognise/placement';
import { inspectImage } from '../photos/inspect-image';
import type { OpenedArticle } from '../store/store-types';
import type { Workspace } from '../store/workspace';
import { loadWorkspaceSettings } from '../store/workspace-settings';
import { metaPaths } from '../store/layout';
import { fetchPhoto } from './fetch-photo';
import { relinkPhotos } from './relink-photos';

/** A file imported in the app: the new article, what went where, and what could not be kept. */
export interface ImportedArticle {
  opened: OpenedArticle;
  format: string;
  placements: Placement[];
  notes: string[];
}

/** The bytes of a file the user chose, refusing a huge one before reading it. */
export async function readImportSource(file: string): Promise<Uint8Array> {
  const { size } = await stat(file);
  if (size > MAX_IMPORT_BYTES)
    throw new ImportError(`"${path.basename(file)}": too large (${size} bytes)`);
  return new Uint8Array(await readFile(file));
}

/**
 * Imports one file into the workspace as a new article, through the same content-sniffing
 * dispatcher as `newsroom import`. Photos come from the file itself or from the folder `dir`
 * beside it (null for a dropped file, which has no folder); never from the web.
 */
export async function importIntoWorkspace(
  ws: Workspace,
  source: { name: string; bytes: Uint8Array; dir: string | null },
): Promise<ImportedArticle> {
  const settings = await loadWorkspaceSettings(metaPaths(ws.root).settings).catch(() => null);
  const options: ImportOptions = settings?.language ? { language: settings.language } : {};
  const result = await importFile({ name: source.name, bytes: source.bytes }, options);
  const notes = [...result.notes];
  const photos: { file: string; bytes: Uint8Array }[] = [];
  for (const photo of result.photos) {
    try {
      if (!photo.bytes && !source.dir) throw new Error('a dropped file brings no folder with it');
      const bytes = photo.bytes ?? (await fetchPhoto(photo.href, source.dir!, { network: false }));
      await inspectImage(bytes, `photo "${photo.file}"`, { preview: false });
      photos.push({ file: photo.file, bytes });
    } catch (error) {
      notes.push(`photo "${photo.file}" left out: ${(error as Error).message}`);
    }
  }
  const { article: fresh, revision } = await ws.articles.create();
  try {
    const names = new Map<string, string>();
    for (const photo of photos)
      names.set(
        photo.file,
        await ws.photos.add(fresh.id, { name: photo.file, bytes: photo.bytes }),
      );
    const article = relinkPhotos({ ...result.article, id: fresh.id }, names);
    const lead = result.article.leadPhoto;
    if (lead && !article.leadPhoto) {
      if (lead.caption)
        notes.push(`lead photo caption, with no photo to go with: "${lead.caption}"`);
      if (lead.credit) notes.push(`lead photo credit, with no photo to go with: "${lead.credit}"`);
    }
    const saved = await ws.articles.save(article, revision);
    if (!saved.ok) throw new Error(`the new article ${fresh.id} changed while it was imported`);
  } catch (error) {
    // Nothing partial: the half-made article goes to the trash.
    await ws.articles.delete(fresh.id).catch(() => undefined);
    throw error;
  }
  await ws.lastArticle.set(fresh.id);
  return {
    opened: await ws.articles.read(fresh.id),
    format: importFormatNames[result.format],
    placements: result.placements ?? [],
    notes,
  };
}
