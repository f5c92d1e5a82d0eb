import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from '../../core/import/import-error';
import { importFile, MAX_IMPORT_BYTES, type ImportedFile } from '../../core/import/import-file';
import type { ImportOptions } from '../../core/import/import-options';
import type { Placement } from '../../core/import/recognise/placement';
import { fetchPhoto } from '../import/fetch-photo';
import { relinkPhotos } from '../import/relink-photos';
import { inspectImage } from '../photos/inspect-image';
import { metaPaths } from '../store/layout';
import { loadWorkspaceSettings } from '../store/workspace-settings';
import { InputError, UsageError, parseCommandArgs, type Command } from './command';
import { requireWorkspace, withWorkspace, workspaceOptions } from './workspace-command';

interface Prepared {
  source: string;
  result: ImportedFile;
  photos: { file: string; bytes: Uint8Array }[];
  dropped: { file: string; reason: string }[];
}

/** Reads, parses and fetches everything for one file before anything is written. */
async function prepare(
  source: string,
  options: ImportOptions,
  warn: (line: string) => void,
): Promise<Prepared> {
  let bytes: Uint8Array;
  try {
    // Checked before reading, so a huge file is refused without loading it.
    const { size } = await stat(source);
    if (size > MAX_IMPORT_BYTES)
      throw new Error(
        `too large (${size} bytes); an import file holds at most ${MAX_IMPORT_BYTES}`,
      );
    bytes = new Uint8Array(await readFile(source));
  } catch (error) {
    throw new InputError(`cannot read "${source}": ${(error as Error).message}`, { cause: error });
  }
  let result;
  try {
    result = await importFile({ name: source, bytes }, options);
  } catch (error) {
    if (error instanceof ImportError) throw new InputError(error.message, { cause: error });
    throw error;
  }
  for (const note of result.notes) warn(`note: "${source}": ${note}`);
  const photos: Prepared['photos'] = [];
  const dropped: Prepared['dropped'] = [];
  for (const photo of result.photos) {
    try {
      if (!photo.bytes && !photo.href) throw new Error('no link to the image');
      const bytes =
        photo.bytes ?? (await fetchPhoto(photo.href, path.dirname(path.resolve(source))));
      await inspectImage(bytes, `photo "${photo.file}"`, { preview: false });
      photos.push({ file: photo.file, bytes });
    } catch (error) {
      const reason = (error as Error).message;
      dropped.push({ file: photo.file, reason });
      warn(`warning: "${source}": photo "${photo.file}" left out: ${reason}`);
    }
  }
  return { source, result, photos, dropped };
}

/** `newsroom import`: any file `importFile` recognises becomes a new article; prints the new ids. */
export const importCommand: Command = {
  name: 'import',
  usage: 'newsroom import FILE... --workspace DIR [--json]',
  summary:
    'Import files as new articles with their photos (format by content: ninjs, Newsroom JSON, NITF, NewsML-G2, .docx, HTML, text); print the new ids.',
  async run(argv, out, err) {
    const { values, positionals } = parseCommandArgs(argv, workspaceOptions, true);
    const dir = requireWorkspace(values.workspace);
    if (positionals.length === 0) throw new UsageError('give at least one FILE to import');
    // Everything that can fail on bad input happens before the workspace is touched.
    // Sources that declare no language get the workspace's default one.
    const { language } = await loadWorkspaceSettings(metaPaths(path.resolve(dir)).settings).catch(
      (error: unknown) => {
        throw new InputError((error as Error).message, { cause: error });
      },
    );
    const prepared: Prepared[] = [];
    for (const source of positionals) prepared.push(await prepare(source, { language }, err));

    const created: string[] = [];
    const report: {
      file: string;
      format: string;
      id: string;
      headline: string;
      keywords: string[];
      photos: string[];
      droppedPhotos: string[];
      notes: string[];
      placements: Placement[];
    }[] = [];
    await withWorkspace(dir, {}, async (ws) => {
      try {
        for (const item of prepared) {
          const { article: fresh, revision } = await ws.articles.create();
          created.push(fresh.id);
          const names = new Map<string, string>();
          for (const photo of item.photos)
            names.set(
              photo.file,
              await ws.photos.add(fresh.id, { name: photo.file, bytes: photo.bytes }),
            );
          const article = relinkPhotos({ ...item.result.article, id: fresh.id }, names);
          const saved = await ws.articles.save(article, revision);
          if (!saved.ok)
            throw new Error(`the new article ${fresh.id} changed while it was imported`);
          report.push({
            file: item.source,
            format: item.result.format,
            id: fresh.id,
            headline: article.headline,
            keywords: article.keywords,
            photos: [...names.values()],
            droppedPhotos: item.dropped.map((d) => d.file),
            notes: item.result.notes,
            placements: item.result.placements ?? [],
          });
        }
      } catch (error) {
        // Nothing partial: articles made by this run go to the trash.
        for (const id of created) await ws.articles.delete(id).catch(() => undefined);
        throw error;
      }
    });
    if (values.json) out(JSON.stringify(report, null, 2));
    else for (const entry of report) out(entry.id);
  },
};
