import type { Element, Node } from '@xmldom/xmldom';
import {
  Fragment,
  DOMParser as ProseMirrorParser,
  type ParseOptions,
  type TagParseRule,
} from '@tiptap/pm/model';
import { isSafeLinkUrl } from '../../body/safe-url';
import { bodySchema, emptyBody, type BodyJSON } from '../../body/schema';
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

let parser: ProseMirrorParser | undefined;

/**
 * Source markup (NITF body.content, an XHTML body) read straight from the XML DOM into the body
 * schema, by ProseMirror's parser with a rule per element: known elements become nodes and marks,
 * links keep only http(s)/mailto addresses, blocks the body cannot hold become text paragraphs,
 * and unknown elements keep their text; both are listed in `notes`. A photo becomes a figure whose
 * `src` names its picture (see placeWirePictures). `exact` keeps every space (files we wrote).
 */
export function xmlBody(
  root: Element,
  vocabulary: Vocabulary,
  notes: Set<string>,
  options: { exact: boolean },
): BodyJSON {
  textOnlyCdata(root);
  const schema = bodySchema();
  parser ??= ProseMirrorParser.fromSchema(schema);
  const ruleFromNode = (dom: globalThis.Node): Omit<TagParseRule, 'tag'> => {
    const element = dom as unknown as Element;
    const name = localName(element);
    const found = vocabulary.rules[name];
    if (!found) {
      if (vocabulary.blocks.has(name)) {
        const kept = text(element);
        if (!kept) return { ignore: true };
        notes.add(`a <${name}> in the body was kept as plain text`);
        return { node: 'paragraph', getContent: () => Fragment.from(schema.text(kept)) };
      }
      notes.add(`a <${name}> in the body has no place in an article: its text was kept`);
      return { skip: true };
    }
    const rule = typeof found === 'function' ? found(element) : found;
    if (rule === 'unwrap') return { skip: true };
    if (rule === 'media') {
      const picture = vocabulary.media(element);
      return picture ? { node: 'figure', attrs: { src: picture } } : { ignore: true };
    }
    if ('mark' in rule && rule.mark === 'link' && !isSafeLinkUrl(String(rule.attrs?.href ?? '')))
      return { skip: true };
    return rule;
  };
  // ruleFromNode is the hook prosemirror-view's clipboard uses; the typings leave it out.
  const parseOptions: ParseOptions & { ruleFromNode: typeof ruleFromNode } = {
    preserveWhitespace: options.exact ? 'full' : false,
    ruleFromNode,
  };
  const doc = parser.parse(root as unknown as globalThis.Node, parseOptions);
  if (!doc.content.size) return emptyBody();
  return doc.toJSON() as BodyJSON;
}

/** CDATA sections as the text they are (ProseMirror's parser reads only text nodes). */
function textOnlyCdata(root: Element): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 4) {
        const replacement = node.ownerDocument!.createTextNode(child.nodeValue ?? '');
        node.replaceChild(replacement, child);
        child = replacement;
      } else if (child.nodeType === 1) stack.push(child);
    }
  }
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
