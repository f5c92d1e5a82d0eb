import type { Node as PMNode } from '@tiptap/pm/model';
import type { BodyJSON, BodyNodeJSON } from './schema';

// Which editor node each composed block came from (nodes never change, so the JSON stays true to it).
const sources = new WeakMap<BodyNodeJSON, PMNode>();

/** The node a block composed by createBodyJson was made from (undefined for any other JSON). */
export function sourceNode(block: BodyNodeJSON): PMNode | undefined {
  return sources.get(block);
}

/**
 * `doc.toJSON()` that reuses the JSON of every top-level block unchanged since an earlier call
 * (ProseMirror shares unchanged nodes between versions of a document), so composing a 50,000-word
 * body while someone types costs one block, not the whole article. The result shares objects with
 * earlier results (as `toJSON()` already shares `attrs`): treat it as read-only.
 */
export function createBodyJson(): (doc: PMNode) => BodyJSON {
  const blocks = new WeakMap<PMNode, BodyNodeJSON>();
  return (doc) => {
    const json = doc.copy().toJSON() as BodyJSON;
    if (doc.childCount === 0) return json;
    const content: BodyNodeJSON[] = [];
    doc.forEach((block) => {
      let cached = blocks.get(block);
      if (!cached) {
        cached = block.toJSON() as BodyNodeJSON;
        blocks.set(block, cached);
        sources.set(cached, block);
      }
      content.push(cached);
    });
    json.content = content;
    return json;
  };
}
