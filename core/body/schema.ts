import { getSchema } from '@tiptap/core';
import { Node as PMNode, type Schema } from '@tiptap/pm/model';
import { bodyExtensions } from './extensions';

// Built on first use, not at import: at start-up only the editor builds a schema.
let built: Schema | undefined;

/** The ProseMirror schema of the shared extension list. */
export function bodySchema(): Schema {
  built ??= getSchema(bodyExtensions);
  return built;
}

/** A TipTap document as stored in article.json. */
export interface BodyJSON {
  type: 'doc';
  content?: BodyNodeJSON[];
}
export interface BodyNodeJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BodyNodeJSON[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

/** An empty body: one empty paragraph. */
export function emptyBody(): BodyJSON {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** Parses body JSON against the schema; throws with the reason when it does not fit. */
export function bodyNode(body: unknown): PMNode {
  const node = PMNode.fromJSON(bodySchema(), body as Record<string, unknown>);
  node.check();
  return node;
}
