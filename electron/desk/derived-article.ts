import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type * as Y from 'yjs';
import type { Article } from '../../core/article/article';
import { articleFromDoc } from '../../core/desk/article-from-doc';
import { atomicWrite } from '../store/atomic-write';
import { metaPaths } from '../store/layout';
import type { Workspace } from '../store/workspace';

/** The fields two versions of an article must share to count as the same content. */
function content(article: Article): string {
  const { updated: _updated, ...rest } = article;
  return JSON.stringify(rest);
}

/** The article a desk document describes, or null while it describes none (a new, empty doc). */
export function derivedArticle(doc: Y.Doc, id: string, updated: string): Article | null {
  try {
    return articleFromDoc(doc, { id, updated });
  } catch {
    return null;
  }
}

/** Where the revision of the article.json last derived from the desk document is kept. */
function derivedMark(root: string, id: string): string {
  return path.join(metaPaths(root).desk, `${id}.derived`);
}

/**
 * Keeps a desk article's folder in the workspace (article.json and photos) derived from its
 * Yjs document, so the library, the exporters, the media protocol and every CLI command read it
 * unchanged. The revision written is remembered, so `newsroom sync` can tell an article.json
 * edited by hand (or by a solo tool) from one this code wrote.
 */
export async function writeDerivedArticle(
  ws: Workspace,
  id: string,
  doc: Y.Doc,
  now = new Date(),
): Promise<Article | null> {
  const article = derivedArticle(doc, id, now.toISOString());
  if (!article) return null;
  const current = await ws.articles.read(id).catch(() => null);
  if (current && content(current.article) === content(article)) {
    await remember(ws.root, id, current.revision);
    return current.article;
  }
  if (!current) {
    const adopted = await ws.articles.adopt(article);
    await remember(ws.root, id, adopted.revision);
    return article;
  }
  const saved = await ws.articles.save(article, current.revision);
  if (!saved.ok) throw new Error(`article.json of ${id} changed while the desk copy was written`);
  await remember(ws.root, id, saved.revision);
  return article;
}

/**
 * The workspace's article.json when it holds changes the desk document lacks: it was edited
 * outside the desk (a solo tool) since it was last derived. Null when it is the derived copy.
 */
export async function editedOutsideDesk(ws: Workspace, id: string): Promise<Article | null> {
  const current = await ws.articles.read(id).catch(() => null);
  if (!current) return null;
  const mark = await readFile(derivedMark(ws.root, id), 'utf8').catch(() => null);
  return mark?.trim() === current.revision ? null : current.article;
}

async function remember(root: string, id: string, revision: string): Promise<void> {
  await atomicWrite(derivedMark(root, id), revision, { label: `the desk mark of article ${id}` });
}
