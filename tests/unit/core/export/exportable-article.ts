import { parseArticle, type Article } from '../../../../core/article/article';
import { isSafeLinkUrl } from '../../../../core/body/safe-url';
import { bodyNode, type BodyNodeJSON } from '../../../../core/body/schema';

/**
 * The article as an export carries it and an import gives it back: links that are not
 * http(s)/mailto dropped (their text kept), empty text nodes gone, fromFile cleared.
 */
export function exportableArticle(article: Article): Article {
  const safeLinks = (node: BodyNodeJSON): BodyNodeJSON => ({
    ...node,
    ...(node.content ? { content: node.content.filter((n) => n.text !== '').map(safeLinks) } : {}),
    ...(node.marks
      ? {
          marks: node.marks.filter(
            (m) => m.type !== 'link' || isSafeLinkUrl(String(m.attrs?.href)),
          ),
        }
      : {}),
  });
  return parseArticle({
    ...article,
    body: bodyNode(safeLinks(article.body as BodyNodeJSON)).toJSON(),
    leadPhoto: article.leadPhoto ? { ...article.leadPhoto, fromFile: [] } : null,
  });
}
