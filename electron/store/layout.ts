import os from 'node:os';
import path from 'node:path';
import { slugify } from '../../core/article/slug';

/** Where articles live unless the user picks another folder. */
export function defaultWorkspaceDir(home = os.homedir()): string {
  return path.join(home, 'Documents', 'Newsroom');
}

export const ARTICLE_FILE = 'article.json';
export const PHOTOS_DIR = 'photos';
export const TRASH_DIR = '.trash';
export const META_DIR = '.newsroom';
/** The desk dictionary: words the desk added to spelling, one a line (docs/file-format.md). */
export const DESK_DICTIONARY_FILE = 'desk-dictionary.txt';

/** Paths of the workspace's own bookkeeping, all under <root>/.newsroom/. */
export function metaPaths(root: string) {
  const meta = path.join(root, META_DIR);
  return {
    meta,
    index: path.join(meta, 'index.json'),
    lock: path.join(meta, 'lock'),
    state: path.join(meta, 'state.json'),
    settings: path.join(meta, 'settings.json'),
    history: path.join(meta, 'history'),
    recovery: path.join(meta, 'recovery'),
    staging: path.join(meta, 'staging'),
    /** Team-desk update logs, one per article (docs/file-format.md). */
    desk: path.join(meta, 'desk'),
    trash: path.join(root, TRASH_DIR),
  };
}
export type MetaPaths = ReturnType<typeof metaPaths>;

/** The folder name of an article: `<headline-slug>--<id>`. */
export function articleFolderName(headline: string, id: string): string {
  return `${slugify(headline)}--${id}`;
}

const folderPattern = /^[a-z0-9-]+--[0-9a-z]{16}$/;

/** The article id a folder name carries, or null for folders that are not articles. */
export function idFromFolderName(name: string): string | null {
  // test() and a slice, not exec(): no match array per folder when 100,000 are checked.
  return folderPattern.test(name) ? name.slice(-16) : null;
}
