import type { BodyJSON, BodyNodeJSON } from '../body/schema';

/** What the full-text index holds for one article. */
export interface SearchDocument {
  id: string;
  headline: string;
  standfirst: string;
  byline: string;
  /** Body text plus figure captions, one block per line. */
  body: string;
}

/** The fields of an article the index reads (an Article fits; so does a loosely parsed article.json). */
export interface SearchableArticle {
  id: string;
  headline?: unknown;
  standfirst?: unknown;
  byline?: unknown;
  body?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function collect(node: BodyNodeJSON, out: string[]): void {
  if (typeof node.text === 'string') {
    out.push(node.text);
    return;
  }
  // Captions are searched too: a desk looks for "the story with the photo of the mayor".
  if (node.type === 'figure') {
    const caption = text(node.attrs?.['caption']);
    if (caption) out.push('\n', caption, '\n');
    return;
  }
  if (node.type === 'hardBreak') {
    out.push('\n');
    return;
  }
  if (!Array.isArray(node.content)) return;
  const block = node.type !== 'doc';
  for (const child of node.content) collect(child, out);
  if (block) out.push('\n');
}

/** Plain text of body JSON without building a ProseMirror node (fast enough for 10,000 articles). */
export function bodySearchText(body: unknown): string {
  if (!body || typeof body !== 'object') return '';
  const out: string[] = [];
  collect(body as BodyJSON, out);
  return out.join('');
}

/** The index document for an article; tolerant of missing or mistyped fields. */
export function searchDocument(article: SearchableArticle): SearchDocument {
  return {
    id: article.id,
    headline: text(article.headline),
    standfirst: text(article.standfirst),
    byline: text(article.byline),
    body: bodySearchText(article.body),
  };
}
