// mammoth's HTML as the recogniser's blocks: the Title and Subtitle styles as known parts, each
// picture an inline figure with the caption beside it, everything else as an HTML page's blocks.
import type { Document, Element } from 'happy-dom';
import type { FigureAttrs } from '../../body/figure-attrs';
import type { KnownParts } from '../recognise/block-recogniser';
import { htmlBlocks } from '../recognise/html-blocks';
import { parseHtmlFragment } from '../recognise/html-document';
import { splitCaptionCredit } from '../recognise/photo-caption';
import { collapseSpace, type SourceBlock } from '../recognise/source-block';
import { docxClass } from './docx-html';

/** A picture of the document as it will sit in the body; `src` is the placeholder address. */
export type DocxFigure = Pick<FigureAttrs, 'src' | 'caption' | 'credit' | 'alt'>;

/** The figure as the body schema reads it (core/body/figure.ts), made in the document's DOM. */
function figureElement(document: Document, figure: DocxFigure): Element {
  const element = document.createElement('figure');
  element.setAttribute('data-type', 'figure');
  const image = document.createElement('img');
  image.setAttribute('src', figure.src);
  image.setAttribute('alt', figure.alt);
  image.setAttribute('data-file', figure.src);
  const part = (role: string, text: string) => {
    const span = document.createElement('span');
    span.setAttribute('data-role', role);
    span.textContent = text;
    return span;
  };
  const caption = document.createElement('figcaption');
  caption.append(part('caption', figure.caption), ' ', part('credit', figure.credit));
  element.append(image, caption);
  return element;
}

// happy-dom builds a token list on every classList read; the attribute is read as it is.
const hasClass = (element: Element, name: string) =>
  (element.getAttribute('class') ?? '').split(/[ \t\n\f\r]+/).includes(name);

const isCaption = (element: Element | undefined) =>
  !!element && hasClass(element, docxClass.caption) && !element.querySelector('img');

/** A short paragraph right under a picture that ends in a credit reads as its caption. */
const looksLikeCaption = (element: Element | undefined) =>
  !!element &&
  element.tagName === 'P' &&
  !element.querySelector('img') &&
  (element.textContent ?? '').length <= 300 &&
  splitCaptionCredit(collapseSpace(element.textContent ?? '')) !== null;

function captionParts(element: Element | null): { caption: string; credit: string } {
  const text = collapseSpace(element?.textContent ?? '');
  return splitCaptionCredit(text) ?? { caption: text, credit: '' };
}

/** Word's heading levels in the body's: a stray Heading 1 is a section heading, never a second headline. */
function retag(element: Element): Element {
  const level = /^H([1-6])$/.exec(element.tagName)?.[1];
  if (!level || level === '2' || level === '3') return element;
  const replacement = element.ownerDocument.createElement(level === '1' ? 'h2' : 'h3');
  replacement.append(...element.childNodes);
  return replacement as unknown as Element;
}

/** The blocks of mammoth's HTML, the parts the Title and Subtitle styles name, and the figures. */
export function docxBlocks(html: string): {
  blocks: SourceBlock[];
  known: KnownParts;
  figures: DocxFigure[];
  tables: number;
  footnotes: boolean;
} {
  // Parsed once: the blocks hand its nodes to the body as they are.
  const root = parseHtmlFragment(html);
  const known: KnownParts = {};
  const figures: DocxFigure[] = [];
  // Footnote back-links point inside the document, which the body cannot hold.
  const backLinks = root.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]');
  for (const link of backLinks) link.remove();
  // The body reads these nodes as they are: text either side of what was removed is one text.
  if (backLinks.length) root.normalize();
  const footnotes = root.querySelector('li[id^="footnote-"], li[id^="endnote-"]') !== null;
  const top = [...root.children];
  const tables = top.filter((element) => element.tagName === 'TABLE').length;
  const used = new Set<Element>();
  const blocks: SourceBlock[] = [];
  top.forEach((element, index) => {
    if (used.has(element)) return;
    const text = collapseSpace(element.textContent ?? '');
    if (hasClass(element, docxClass.title) && !known.headline && text) {
      known.headline = { value: text, reason: 'the Word "Title" style' };
      return;
    }
    if (hasClass(element, docxClass.subtitle) && !known.standfirst && text) {
      known.standfirst = { value: text, reason: 'the Word "Subtitle" style' };
      return;
    }
    const images = [...element.querySelectorAll('img')] as unknown as Element[];
    if (!images.length) {
      if (isCaption(element)) return void blocks.push({ text, tag: 'p', hint: 'caption' });
      const bodyOnly =
        element.tagName === 'TABLE' ||
        element.querySelector('li[id^="footnote-"], li[id^="endnote-"]') !== null;
      return void blocks.push(
        ...htmlBlocks(retag(element)).map((block) => (bodyOnly ? { ...block, bodyOnly } : block)),
      );
    }
    // A caption below the picture (Word's default), else one above it not taken yet.
    const next = top[index + 1];
    const previous = top[index - 1];
    let caption: Element | null = null;
    if (isCaption(next) || looksLikeCaption(next)) caption = next!;
    else if (isCaption(previous) && !used.has(previous!) && blocks.at(-1)?.hint === 'caption') {
      caption = previous!;
      blocks.pop();
    }
    if (caption) used.add(caption);
    for (const image of images) image.remove();
    element.normalize();
    if (collapseSpace(element.textContent ?? '')) blocks.push(...htmlBlocks(retag(element)));
    images.forEach((image, at) => {
      const src = image.getAttribute('src') ?? '';
      if (!src) return;
      // Several pictures in one paragraph share its caption: it goes with the last one.
      const parts = at === images.length - 1 ? captionParts(caption) : { caption: '', credit: '' };
      const figure = { src, alt: collapseSpace(image.getAttribute('alt') ?? ''), ...parts };
      figures.push(figure);
      blocks.push({
        text: figure.caption,
        markup: { element: figureElement(root.ownerDocument, figure) },
        tag: 'figure',
        figure,
      });
    });
  });
  return { blocks, known, figures, tables, footnotes };
}
