import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { searchDocument, type SearchDocument } from '../../core/search/search-document';
import { ARTICLE_FILE, idFromFolderName } from '../store/layout';

/** "mtimeMs:size:ino" of a file: what the library index compares too, as one string. */
export function fileStamp(file: string): string {
  const s = statSync(file);
  return `${s.mtimeMs}:${s.size}:${s.ino}`;
}

/** Reads one article folder as a search document (the folder name is authoritative for the id). */
export function readSearchDocument(root: string, folder: string, id: string): SearchDocument {
  const data: unknown = JSON.parse(readFileSync(path.join(root, folder, ARTICLE_FILE), 'utf8'));
  if (!data || typeof data !== 'object') throw new Error('not a JSON object');
  return searchDocument({ ...(data as object), id });
}

/**
 * Reads every article folder of a workspace as search documents, handing each to `onDoc` with the
 * stamp of its file as soon as it is read (so the article JSON is garbage at once); synchronous
 * because it runs in the worker. Returns the folders that could not be read, each "folder: reason".
 */
export function scanWorkspace(
  root: string,
  onDoc: (doc: SearchDocument, stamp: string) => void,
): string[] {
  const skipped: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const id = idFromFolderName(entry.name);
    if (!id) continue;
    try {
      const stamp = fileStamp(path.join(root, entry.name, ARTICLE_FILE));
      onDoc(readSearchDocument(root, entry.name, id), stamp);
    } catch (error) {
      skipped.push(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return skipped;
}
