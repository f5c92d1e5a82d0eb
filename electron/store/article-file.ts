import path from 'node:path';
import { InvalidArticleError, parseArticle, type Article } from '../../core/article/article';
import { ARTICLE_FILE } from './layout';
import { revisionOf } from './revision';
import { StoreError, describeError, errorCode } from './store-error';
import type { StoreFs } from './store-fs';

/** How an article file is named in messages: `article.json in "floods--abc…"`. */
export function articleLabel(folder: string): string {
  return `${ARTICLE_FILE} in "${path.basename(folder)}"`;
}

/** The bytes written for an article: pretty JSON (diff- and sync-tool-friendly) with a final newline. */
export function serializeArticle(article: Article): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(article, null, 2) + '\n');
}

export interface LoadedArticleFile {
  article: Article;
  revision: string;
  bytes: Uint8Array;
}

/** Parses article bytes; throws StoreError naming the file when they are not a valid article. */
export function parseArticleBytes(bytes: Uint8Array, label: string): Article {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(`${label} is not valid JSON: ${reason}`, { cause: error });
  }
  try {
    return parseArticle(data);
  } catch (error) {
    if (error instanceof InvalidArticleError)
      throw new StoreError(`${label} is not a valid article: ${error.message}`, { cause: error });
    throw error;
  }
}

/** Reads and validates `<folder>/article.json`; throws StoreError naming the file on any problem. */
export async function readArticleFile(fs: StoreFs, folder: string): Promise<LoadedArticleFile> {
  const bytes = await readArticleBytes(fs, folder);
  return {
    article: parseArticleBytes(bytes, articleLabel(folder)),
    revision: revisionOf(bytes),
    bytes,
  };
}

/** The raw bytes of `<folder>/article.json`, or a StoreError naming the file. */
export async function readArticleBytes(fs: StoreFs, folder: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(path.join(folder, ARTICLE_FILE)));
  } catch (error) {
    const label = articleLabel(folder);
    if (errorCode(error) === 'ENOENT')
      throw new StoreError(`${label} is missing`, { cause: error });
    throw new StoreError(`${label} could not be read: ${describeError(error)}`, { cause: error });
  }
}
