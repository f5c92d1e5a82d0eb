import path from 'node:path';
import { recogniseHtml } from '../../core/import/recognise/recognise-html';
import { recogniseText } from '../../core/import/recognise/recognise-text';
import { importIntoWorkspace, readImportSource } from '../import/import-into-workspace';
import type { Workspace } from '../store/workspace';
import type { Response } from './contract';
import type { Dialogs } from './handlers';

const importFilters = [
  {
    name: 'Articles (text, web pages, Word, NITF, NewsML-G2, ninjs, Newsroom JSON)',
    extensions: ['txt', 'text', 'html', 'htm', 'xhtml', 'docx', 'xml', 'nitf', 'json'],
  },
  { name: 'All files', extensions: ['*'] },
];

/** Import…, dropping a file onto the library, and pasting a whole article. */
export function importHandlers(deps: { workspace(): Workspace; dialogs: Dialogs }) {
  return {
    'article:import': async (): Promise<Response<'article:import'>> => {
      // The main process picks and reads the file: the renderer never sees or sends a path.
      const [file] = await deps.dialogs.open({
        title: 'Import article',
        filters: importFilters,
        properties: ['openFile'],
      });
      if (!file) return null;
      const bytes = await readImportSource(file);
      return importIntoWorkspace(deps.workspace(), {
        name: path.basename(file),
        bytes,
        dir: path.dirname(path.resolve(file)),
      });
    },
    'article:import-bytes': async ({ name, bytes }: { name: string; bytes: Uint8Array }) =>
      importIntoWorkspace(deps.workspace(), { name: path.basename(name), bytes, dir: null }),
    'article:recognise': async ({ text, html }: { text: string; html: string | null }) => {
      const now = new Date();
      return html ? recogniseHtml(html, { now }) : recogniseText(text, { now });
    },
  };
}
