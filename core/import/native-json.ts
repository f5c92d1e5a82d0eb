import { InvalidArticleError, parseArticle } from '../article/article';
import { bodyNode } from '../body/schema';
import { folderPhotoHref } from '../export/photo-href';
import { ImportError, type ImportResult } from './import-error';

/** True when parsed JSON looks like a Newsroom article file rather than ninjs. */
export function isNativeArticle(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && 'format' in data && 'body' in data && 'id' in data
  );
}

/** Imports a native article file (the article.json itself); photos are expected in photos/ beside it. */
export function importNativeJson(data: unknown): ImportResult {
  let article;
  try {
    article = parseArticle(data);
  } catch (error) {
    if (error instanceof InvalidArticleError)
      throw new ImportError(`not a valid Newsroom article: ${error.message}`);
    throw error;
  }
  const files = new Set<string>();
  if (article.leadPhoto) files.add(article.leadPhoto.file);
  bodyNode(article.body).descendants((node) => {
    if (node.type.name === 'figure' && typeof node.attrs.src === 'string' && node.attrs.src)
      files.add(node.attrs.src);
    return true;
  });
  return { article, photos: [...files].map((file) => ({ file, href: folderPhotoHref(file) })) };
}
