import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { searchDocument, type SearchDocument } from '../../core/search/search-document';
import { ARTICLE_FILE, idFromFolderName } from '../store/layout';

/**
 * Reads every article folder of a workspace as search documents, handing each to `onDoc` as soon as it
 * is read (so the article JSON is garbage at once); synchronous because it runs in the worker.
 * Returns the folders that could not be read, each "folder: reason".
 */
export function scanWorkspace(root: string, onDoc: (doc: SearchDocument) => void): string[] {
  const skipped: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const id = idFromFolderName(entry.name);
    if (!id) continue;
    try {
      const data: unknown = JSON.parse(
        readFileSync(path.join(root, entry.name, ARTICLE_FILE), 'utf8'),
      );
      if (!data || typeof data !== 'object') throw new Error('not a JSON object');
      // The folder name is authoritative for the id, as in the store.
      onDoc(searchDocument({ ...(data as object), id }));
    } catch (error) {
      skipped.push(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return skipped;
}
