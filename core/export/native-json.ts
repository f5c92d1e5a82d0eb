import { parseArticle, type Article } from '../article/article';

/** The native export: the article file itself, validated, as two-space indented JSON. */
export function exportNativeJson(article: Article): string {
  return JSON.stringify(parseArticle(article), null, 2) + '\n';
}
