import type { Element, Node } from '@xmldom/xmldom';
import { isSafeLinkUrl } from '../../body/safe-url';
import type { BodyJSON } from '../../body/schema';
import { BodyBuilder } from './body-builder';
import { attr, localName, text } from './xml-dom';

type Attrs = Record<string, unknown>;

/** What an element of the source becomes in the body: a node, a mark, or something else. */
export type BodyRule =
  | { node: string; attrs?: Attrs }
  | { mark: string; attrs?: Attrs }
  /** Its content, in place: a wrapper with no meaning of its own. */
  | 'unwrap'
  /** A photo (NITF media, XHTML figure or img). */
  | 'media';

/** A vocabulary's rules by local name; elements it does not name keep their text, with a note. */
export interface Vocabulary {
  rules: Record<string, BodyRule | ((element: Element) => BodyRule)>;
  /** Elements of this vocabulary that are blocks the body cannot hold: kept as a text paragraph. */
  blocks: Set<string>;
  /** A photo element as the name of the picture that stands for it, or '' when it holds none. */
  media: (element: Element) => string;
}

/**
 * Source markup (NITF body.content, an XHTML body) read straight from the XML DOM into the body
 * schema: known elements become nodes and marks, links keep only http(s)/mailto addresses, blocks
 * the body cannot hold become text paragraphs, and unknown elements keep their text; both are
 * listed in `notes`. A photo becomes a figure whose `src` names its picture (see
 * placeWirePictures). `exact` keeps every space (files we wrote).
 */
export function xmlBody(
  root: Element,
  vocabulary: Vocabulary,
  notes: Set<string>,
  options: { exact: boolean },
): BodyJSON {
  const reading: Reading = { body: new BodyBuilder(options.exact), vocabulary, notes };
  walk(reading, root);
  return reading.body.finish();
}

interface Reading {
  body: BodyBuilder;
  vocabulary: Vocabulary;
  notes: Set<string>;
}

function walk(reading: Reading, parent: Element): void {
  for (let node: Node | null = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) reading.body.text(node.nodeValue ?? '');
    else if (node.nodeType === 1) element(reading, node as Element);
  }
}

function element(reading: Reading, source: Element): void {
  const { body, vocabulary, notes } = reading;
  const name = localName(source);
  const found = vocabulary.rules[name];
  if (!found) {
    if (!vocabulary.blocks.has(name)) {
      notes.add(`a <${name}> in the body has no place in an article: its text was kept`);
      return walk(reading, source);
    }
    const kept = text(source);
    if (!kept) return;
    notes.add(`a <${name}> in the body was kept as plain text`);
    const paragraph = body.open('paragraph');
    body.text(kept);
    return body.close(paragraph);
  }
  const rule = typeof found === 'function' ? found(source) : found;
  if (rule === 'unwrap') return walk(reading, source);
  if (rule === 'media') {
    const picture = vocabulary.media(source);
    if (picture) body.leaf('figure', { src: picture });
    return;
  }
  if ('mark' in rule) {
    if (rule.mark === 'link' && !isSafeLinkUrl(String(rule.attrs?.href ?? '')))
      return walk(reading, source);
    const before = body.addMark(rule.mark, rule.attrs);
    walk(reading, source);
    return body.restoreMarks(before);
  }
  if (rule.node === 'hardBreak') return body.hardBreak();
  const opened = body.open(rule.node, rule.attrs);
  walk(reading, source);
  body.close(opened);
}

/** An ordered list's first number, from `start` (XHTML) or `seqnum` (NITF), when it is a number. */
export const orderedList = (element: Element): BodyRule => {
  const start = attr(element, 'start') || attr(element, 'seqnum');
  return { node: 'orderedList', attrs: /^\d{1,9}$/.test(start) ? { start: Number(start) } : {} };
};

/** A link's address and title, as the body's link mark keeps them. */
export const link = (element: Element): BodyRule => ({
  mark: 'link',
  attrs: { href: attr(element, 'href'), title: attr(element, 'title') || null },
});

/** The body with a paragraph of plain text added at its end (an empty body becomes just that). */
export function appendParagraph(body: BodyJSON, line: string): BodyJSON {
  const paragraph = { type: 'paragraph', content: [{ type: 'text', text: line }] };
  const content = body.content ?? [];
  const empty = content.length === 1 && content[0]!.type === 'paragraph' && !content[0]!.content;
  return { type: 'doc', content: [...(empty ? [] : content), paragraph] };
}
