import { rm } from 'node:fs/promises';
import { articleId } from '../../core/article/article';
import type { Photo } from '../../core/article/photo';
import { markTyped } from '../../core/photo/prefill-photo';
import { previewFileName } from '../../core/photo/preview';
import { attachPhoto } from '../photos/attach-photo';
import { rememberArticlePhotos } from '../photos/photo-registry-file';
import { saveOrRefuse } from '../store/save-or-refuse';
import { InputError, UsageError, parseCommandArgs, type Command } from './command';
import { requireWorkspace, withWorkspace, workspaceOptions } from './workspace-command';

/** `newsroom attach-photo`: attaches the lead photo of an article, prefilled from the file. */
export const attachPhotoCommand: Command = {
  name: 'attach-photo',
  usage:
    'newsroom attach-photo ID IMAGE [--caption T] [--credit T] [--alt T] --workspace DIR [--json]',
  summary:
    'Attach IMAGE as the lead photo of article ID: caption, credit, photographer and copyright come from the file, the options override them.',
  async run(argv, out) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        caption: { type: 'string' },
        credit: { type: 'string' },
        alt: { type: 'string' },
        ...workspaceOptions,
      },
      true,
    );
    const dir = requireWorkspace(values.workspace);
    if (positionals.length !== 2) throw new UsageError('ID and IMAGE are required');
    const [id, image] = positionals as [string, string];
    if (!articleId.safeParse(id).success) throw new InputError(`"${id}" is not an article id`);
    await withWorkspace(dir, { create: false }, async (ws) => {
      const { article, revision } = await ws.articles.read(id);
      const { photo: attached } = await attachPhoto(ws, id, { path: image });
      let photo: Photo = attached;
      for (const [field, value] of [
        ['caption', values.caption],
        ['credit', values.credit],
        ['altText', values.alt],
      ] as const) {
        if (typeof value === 'string') photo = { ...markTyped(photo, field), [field]: value };
      }
      const next = { ...article, leadPhoto: photo };
      let saved;
      try {
        saved = await saveOrRefuse(ws.articles, next, revision);
      } catch (error) {
        // The article was not changed, so the copied file would be an orphan.
        await rm(await ws.photos.path(id, photo.file), { force: true });
        await rm(await ws.photos.path(id, previewFileName(photo.file)), { force: true });
        throw error;
      }
      await rememberArticlePhotos(ws, next).catch(() => undefined);
      if (values.json) out(JSON.stringify({ id, revision: saved.revision, photo }, null, 2));
      else out(`${photo.file} attached to ${id}`);
    });
  },
};
