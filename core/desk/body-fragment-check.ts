import * as Y from 'yjs';
import type { Schema } from '@tiptap/pm/model';
import { InvalidArticleError } from '../article/article';

/**
 * Throws when the fragment holds anything the body schema does not know (a node, an attribute or a
 * mark). The converter would silently drop it, leaving the document and article.json apart.
 */
export function checkBodyFragment(fragment: Y.XmlFragment, schema: Schema): void {
  for (const child of fragment.toArray()) checkBodyChild(child, schema);
}

/** As checkBodyFragment, for one child of the fragment (one block) and what it holds. */
export function checkBodyChild(child: Y.XmlElement | Y.XmlText | Y.XmlHook, schema: Schema): void {
  if (child instanceof Y.XmlText) {
    for (const op of child.toDelta() as {
      insert: unknown;
      attributes?: Record<string, unknown>;
    }[]) {
      if (typeof op.insert !== 'string') throw new InvalidArticleError('body: text holds an embed');
      for (const mark of Object.keys(op.attributes ?? {})) {
        // Overlapping marks are stored as "<name>--<hash>".
        if (!schema.marks[mark.split('--')[0]!])
          throw new InvalidArticleError(`body: unknown mark "${mark}"`);
      }
    }
    return;
  }
  if (!(child instanceof Y.XmlElement)) throw new InvalidArticleError('body: unknown content');
  const type = schema.nodes[child.nodeName];
  if (!type || type.isText) throw new InvalidArticleError(`body: unknown node "${child.nodeName}"`);
  for (const attr of Object.keys(child.getAttributes())) {
    if (!(attr in (type.spec.attrs ?? {})))
      throw new InvalidArticleError(`body: unknown attribute "${attr}" on ${child.nodeName}`);
  }
  for (const grandchild of child.toArray()) checkBodyChild(grandchild, schema);
}
