import type { Article } from '../../core/article/article';
import type { BodyJSON, BodyNodeJSON } from '../../core/body/schema';

/** The article with photo references renamed (stored names) and dropped photos removed. */
export function relinkPhotos(article: Article, names: Map<string, string>): Article {
  const walk = (node: BodyNodeJSON): BodyNodeJSON[] => {
    if (node.type === 'figure') {
      const stored = names.get(String(node.attrs?.src ?? ''));
      return stored ? [{ ...node, attrs: { ...node.attrs, src: stored } }] : [];
    }
    return [node.content ? { ...node, content: node.content.flatMap(walk) } : node];
  };
  const content = (article.body.content ?? []).flatMap(walk);
  const body: BodyJSON = {
    ...article.body,
    content: content.length ? content : [{ type: 'paragraph' }],
  };
  const lead = article.leadPhoto;
  const leadFile = lead ? names.get(lead.file) : undefined;
  return { ...article, body, leadPhoto: lead && leadFile ? { ...lead, file: leadFile } : null };
}
