import type { Element, Node } from '@xmldom/xmldom';
import { escapeAttribute, escapeHtml } from '../../export/escape';
import { attr, localName, text } from './xml-dom';

/** What an element of the source becomes in the HTML handed to the body parser. */
export type MarkupRule =
  | {
      tag: string | ((element: Element) => string);
      attrs?: (element: Element) => Record<string, string>;
    }
  | 'unwrap'
  | 'media'
  | 'table';

/** A vocabulary's rules by local name; elements it does not name are unwrapped or, if blocks, kept as text. */
export interface Vocabulary {
  rules: Record<string, MarkupRule>;
  /** Elements of this vocabulary that are blocks: unknown ones keep their text as a paragraph. */
  blocks: Set<string>;
  /** A photo element (NITF media, XHTML figure or img) as figure HTML. */
  media: (element: Element) => string;
}

/**
 * Source markup (NITF body.content, an XHTML body) as HTML in the body schema's terms: known
 * elements renamed, semantic inline markup unwrapped (its text kept), tables and other blocks the
 * body cannot hold kept as text paragraphs with a note.
 */
export function bodyMarkup(root: Element, vocabulary: Vocabulary, notes: Set<string>): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3 || node.nodeType === 4) {
      out.push(escapeHtml(node.nodeValue ?? ''));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const name = localName(element);
    const rule = vocabulary.rules[name] ?? (vocabulary.blocks.has(name) ? 'table' : 'unwrap');
    if (rule === 'media') out.push(vocabulary.media(element));
    else if (rule === 'table') {
      const kept = text(element);
      if (kept) {
        notes.add(`a <${name}> in the body was kept as plain text`);
        out.push(`<p>${escapeHtml(kept)}</p>`);
      }
    } else if (rule === 'unwrap') children(element, walk);
    else {
      const attrs = Object.entries(rule.attrs?.(element) ?? {})
        .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
        .join('');
      const tag = typeof rule.tag === 'string' ? rule.tag : rule.tag(element);
      out.push(`<${tag}${attrs}>`);
      if (tag !== 'br') {
        children(element, walk);
        out.push(`</${tag}>`);
      }
    }
  };
  children(root, walk);
  return out.join('');
}

function children(element: Element, visit: (node: Node) => void): void {
  for (let node = element.firstChild; node; node = node.nextSibling) visit(node);
}

/** An ordered list's first number, from `start` (XHTML) or `seqnum` (NITF), when it is a number. */
export const listStart = (element: Element): Record<string, string> => {
  const start = attr(element, 'start') || attr(element, 'seqnum');
  return /^\d{1,9}$/.test(start) ? { start } : {};
};

/** A link's address and title, as the body's link mark keeps them. */
export const linkAttrs = (element: Element): Record<string, string> => ({
  href: attr(element, 'href'),
  ...(attr(element, 'title') ? { title: attr(element, 'title') } : {}),
});
