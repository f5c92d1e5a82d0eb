import { DOMParser as ProseMirrorParser } from '@tiptap/pm/model';
import type { Element } from 'happy-dom';
import { isSafeLinkUrl } from '../body/safe-url';
import { bodyNode, bodySchema, emptyBody, type BodyJSON, type BodyNodeJSON } from '../body/schema';
import { withHtmlDocument } from './recognise/html-document';

type MarkJSON = NonNullable<BodyNodeJSON['marks']>[number];

// Links keep only their address and title; target/rel/class from foreign HTML are not ours to keep.
function normalizeMarks(marks: MarkJSON[] | undefined): MarkJSON[] | undefined {
  if (!marks) return undefined;
  const kept = marks.flatMap((mark): MarkJSON[] => {
    if (mark.type !== 'link') return [mark];
    const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
    if (!isSafeLinkUrl(href)) return [];
    const title = typeof mark.attrs?.title === 'string' ? mark.attrs.title : null;
    return [{ type: 'link', attrs: bodySchema().marks.link!.create({ href, title }).attrs }];
  });
  return kept.length ? kept : undefined;
}

function normalizeNode(node: BodyNodeJSON): BodyNodeJSON {
  const marks = normalizeMarks(node.marks);
  const { marks: _old, content, ...rest } = node;
  return {
    ...rest,
    ...(content ? { content: content.map(normalizeNode) } : {}),
    ...(marks ? { marks } : {}),
  };
}

/**
 * Reads a DOM's children into the body schema (ProseMirror's parser over the shared schema, as
 * TipTap's generateJSON does, without building the schema and a window each time), dropping what
 * the schema cannot hold. `exact` keeps every space (for HTML we wrote ourselves).
 */
export function bodyFromDom(root: Element, options: { exact?: boolean } = {}): BodyJSON {
  const parsed = ProseMirrorParser.fromSchema(bodySchema())
    .parse(root as unknown as globalThis.Node, {
      preserveWhitespace: options.exact ? 'full' : false,
    })
    .toJSON() as BodyJSON;
  const normalized = normalizeNode(parsed as BodyNodeJSON) as BodyJSON;
  if (!normalized.content?.length) return emptyBody();
  return bodyNode(normalized).toJSON() as BodyJSON;
}

/** Parses body HTML into the body schema (see `bodyFromDom`). */
export function parseBodyHtml(html: string, options: { exact?: boolean } = {}): BodyJSON {
  return withHtmlDocument(`<!DOCTYPE html><html><body>${html}</body></html>`, (document) =>
    bodyFromDom(document.body as unknown as Element, options),
  );
}

/** Plain text as paragraphs: blank lines separate paragraphs (single line breaks when there are none). */
export function plainTextBody(text: string): BodyJSON {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  if (!normalized) return emptyBody();
  const blocks = /\n\s*\n/.test(normalized) ? normalized.split(/\n\s*\n/) : normalized.split('\n');
  const paragraphs = blocks
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }));
  return paragraphs.length ? { type: 'doc', content: paragraphs } : emptyBody();
}
