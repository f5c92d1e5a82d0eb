import type { Element } from '@xmldom/xmldom';
import { isSafeLinkUrl } from '../body/safe-url';
import type { BodyJSON, BodyNodeJSON } from '../body/schema';
import { bodyFigureData, type FigureData } from './figure-html';
import type { XmlAttributes, XmlWriter } from './xml-writer';

/** An element name with its attributes. */
export type XmlTag = readonly [name: string, attributes?: XmlAttributes];

/** How the body's nodes and marks are spelled in one XML vocabulary (XHTML, NITF). */
export interface BodyXmlVocabulary {
  paragraph: XmlTag;
  heading: (level: number) => XmlTag;
  bulletList: XmlTag;
  orderedList: (start: number) => XmlTag;
  listItem: XmlTag;
  /** A blockquote: the element written and the element its blocks go into. */
  blockquote: (writer: XmlWriter, parent: Element) => Element;
  hardBreak: XmlTag;
  bold: XmlTag;
  italic: XmlTag;
  link: (href: string, title: string) => XmlTag;
  /** Writes the n-th body figure (0-based, reading order). */
  figure: (parent: Element, figure: FigureData, index: number) => void;
}

/**
 * Writes body JSON as elements of `vocabulary` under `parent`, and returns its figures in reading
 * order. Links that are not http(s)/mailto lose their link and keep their text, as in HTML exports.
 */
export function writeBodyXml(
  writer: XmlWriter,
  parent: Element,
  body: BodyJSON,
  vocabulary: BodyXmlVocabulary,
): FigureData[] {
  const figures: FigureData[] = [];
  const add = (to: Element, [name, attributes]: XmlTag) => writer.element(to, name, attributes);

  const inline = (to: Element, content: BodyNodeJSON[] | undefined) => {
    for (const node of content ?? []) {
      let target = to;
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') target = add(target, vocabulary.bold);
        else if (mark.type === 'italic') target = add(target, vocabulary.italic);
        else if (mark.type === 'link') {
          const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
          const title = typeof mark.attrs?.title === 'string' ? mark.attrs.title : '';
          if (isSafeLinkUrl(href)) target = add(target, vocabulary.link(href, title));
        } else throw new Error(`The body holds a "${mark.type}" mark, which cannot be exported.`);
      }
      if (node.type === 'hardBreak') add(target, vocabulary.hardBreak);
      else if (node.type === 'text' && typeof node.text === 'string')
        writer.text(target, node.text);
      else
        throw new Error(`The body holds a "${node.type}" inline node, which cannot be exported.`);
    }
  };

  const blocks = (to: Element, content: BodyNodeJSON[] | undefined) => {
    for (const node of content ?? []) {
      switch (node.type) {
        case 'paragraph':
          inline(add(to, vocabulary.paragraph), node.content);
          break;
        case 'heading':
          inline(add(to, vocabulary.heading(Number(node.attrs?.level ?? 2))), node.content);
          break;
        case 'bulletList':
          blocks(add(to, vocabulary.bulletList), node.content);
          break;
        case 'orderedList':
          blocks(add(to, vocabulary.orderedList(Number(node.attrs?.start ?? 1))), node.content);
          break;
        case 'listItem':
          blocks(add(to, vocabulary.listItem), node.content);
          break;
        case 'blockquote':
          blocks(vocabulary.blockquote(writer, to), node.content);
          break;
        case 'figure': {
          const figure = bodyFigureData(node.attrs ?? {});
          vocabulary.figure(to, figure, figures.length);
          figures.push(figure);
          break;
        }
        default:
          throw new Error(`The body holds a "${node.type}" block, which cannot be exported.`);
      }
    }
  };
  blocks(parent, body.content);
  return figures;
}
