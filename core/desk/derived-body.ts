import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { InvalidArticleError } from '../article/article';
import { bodySchema, emptyBody, type BodyJSON, type BodyNodeJSON } from '../body/schema';
import { checkBodyChild } from './body-fragment-check';
import { deskBody } from './desk-layout';

/** One top-level child of the body, converted and checked: what it adds to the body (none when the converter dropped it). */
interface Block {
  nodes: readonly PMNode[];
  json: readonly BodyNodeJSON[];
}

/** A shared type as a transaction names it. */
type YType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;
/** A child of the body's fragment. */
type BodyChild = ReturnType<Y.XmlFragment['toArray']>[number];

/**
 * The body of a document that keeps changing, derived exactly as `bodyFromDoc` does but one
 * top-level block at a time: after a change only the blocks it touched are converted and checked
 * again, so a keystroke costs the work of its paragraph, not of the article.
 */
export class DerivedBody {
  private readonly fragment: Y.XmlFragment;
  private readonly blocks = new WeakMap<BodyChild | YType, Block>();

  constructor(private readonly doc: Y.Doc) {
    this.fragment = deskBody(doc);
    doc.on('afterTransaction', this.forgetChanged);
  }

  /** The body as article.json holds it; throws (InvalidArticleError, RangeError) when it is not a valid body. */
  json(): BodyJSON {
    if (this.fragment.length === 0) return emptyBody();
    const nodes: PMNode[] = [];
    const content: BodyNodeJSON[] = [];
    for (const child of this.fragment.toArray()) {
      let block = this.blocks.get(child);
      if (!block) {
        block = convertBlock(child);
        this.blocks.set(child, block);
      }
      nodes.push(...block.nodes);
      content.push(...block.json);
    }
    // With every block checked on its own, the document node's own rule is what remains of node.check().
    if (!bodySchema().topNodeType.validContent(Fragment.fromArray(nodes)))
      throw new InvalidArticleError('body: the document cannot hold these blocks');
    return content.length > 0 ? { type: 'doc', content } : { type: 'doc' };
  }

  /** True when `type` is the body or inside it: a change to nothing else leaves the other fields as they were. */
  holds(type: YType): boolean {
    let current: unknown = type;
    while (current instanceof Y.AbstractType && current._item?.parent instanceof Y.AbstractType)
      current = current._item.parent;
    return current === this.fragment;
  }

  /** Stops following the document. */
  destroy(): void {
    this.doc.off('afterTransaction', this.forgetChanged);
  }

  private readonly forgetChanged = (transaction: Y.Transaction): void => {
    for (const type of transaction.changed.keys()) {
      const block = blockOf(type, this.fragment);
      if (block) this.blocks.delete(block);
    }
  };
}

/** The top-level child of `fragment` that holds `type` (or is it), or null (the fragment itself, another root). */
function blockOf(type: YType, fragment: Y.XmlFragment): YType | null {
  let current = type;
  for (;;) {
    const parent = current._item?.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    if (parent === fragment) return current;
    current = parent as YType;
  }
}

/** As bodyFromDoc does for each child: the schema check, y-tiptap's conversion, node.check(). */
function convertBlock(child: BodyChild): Block {
  const schema = bodySchema();
  checkBodyChild(child, schema);
  if (!(child instanceof Y.XmlElement)) throw new InvalidArticleError('body: text outside a block');
  // The converter takes a fragment; a block converts as it would inside the whole one.
  const converted = yXmlFragmentToProseMirrorFragment(
    { toArray: () => [child] } as unknown as Y.XmlFragment,
    schema,
  );
  const nodes: PMNode[] = [];
  converted.forEach((node) => {
    node.check();
    nodes.push(node);
  });
  return { nodes, json: nodes.map((node) => node.toJSON() as BodyNodeJSON) };
}
