// The story's blocks as the body: copies of the parsed source's own nodes under one container that
// the body schema reads, so a page or a Word document is parsed once, never serialised and parsed
// again; a block of plain text becomes a paragraph beside them.
import type { Document, Element, Node } from 'happy-dom';
import type { BodyJSON } from '../../body/schema';
import { bodyFromDom } from '../html-body';
import { blankHtmlDocument } from './html-document';
import type { SourceBlock } from './source-block';

/** The body of blocks any of which has markup; the source's nodes stay where they are. */
export function blocksBody(blocks: readonly SourceBlock[]): BodyJSON {
  const document: Document = blankHtmlDocument();
  const container = document.createElement('div');
  const copy = (node: Node) => node.cloneNode(true);
  for (const { markup, text } of blocks) {
    if (markup && 'element' in markup) {
      container.append(copy(markup.element));
      continue;
    }
    const paragraph = document.createElement('p');
    if (markup) paragraph.append(...markup.paragraph.map(copy));
    else paragraph.textContent = text;
    container.append(paragraph);
  }
  return bodyFromDom(container as unknown as Element);
}
