import type { Element, Node } from 'happy-dom';
import { collapseSpace, type SourceBlock } from './source-block';

/** Elements that are never content. */
const ignored = new Set(
  'script style noscript template iframe frame frameset svg math object embed canvas video audio source track head link meta input select textarea button dialog map area'.split(
    ' ',
  ),
);
/** Page chrome: kept as one block the recogniser drops, so the panel can say so. */
const chrome = new Set(['nav', 'form', 'aside', 'footer', 'menu']);
/** Elements that are one block of the body as they are. */
const whole = new Set(
  'p h1 h2 h3 h4 h5 h6 blockquote pre ul ol dl table figcaption address'.split(' '),
);
const blockish = new Set([
  ...whole,
  ...chrome,
  'div',
  'section',
  'article',
  'main',
  'header',
  'figure',
  'img',
  'picture',
  'hr',
  'li',
  'center',
]);

const ELEMENT = 1;
const TEXT = 3;

function hintOf(element: Element): string {
  return [
    element.getAttribute('class'),
    element.getAttribute('id'),
    element.getAttribute('itemprop'),
  ]
    .filter(Boolean)
    .join(' ');
}

function hasBlockInside(element: Element): boolean {
  for (const child of element.children) {
    const tag = child.tagName.toLowerCase();
    if (blockish.has(tag) || hasBlockInside(child)) return true;
  }
  return false;
}

function imageOf(element: Element): { src: string; alt: string } | undefined {
  const img = element.tagName.toLowerCase() === 'img' ? element : element.querySelector('img');
  if (!img) return undefined;
  const src = img.getAttribute('src') || img.getAttribute('data-src') || '';
  return src ? { src, alt: collapseSpace(img.getAttribute('alt') ?? '') } : undefined;
}

/** The blocks of an HTML element, in reading order, each with the hints of its ancestors. */
export function htmlBlocks(root: Element): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const walk = (element: Element, inherited: string): void => {
    const tag = element.tagName.toLowerCase();
    if (ignored.has(tag)) return;
    if (element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true')
      return;
    const hint = collapseSpace(`${inherited} ${hintOf(element)}`);
    const text = collapseSpace(element.textContent ?? '');
    if (chrome.has(tag)) {
      if (text) blocks.push({ text, tag: 'chrome', hint: `${hint} ${tag}` });
      return;
    }
    if (tag === 'img' || tag === 'picture') {
      const image = imageOf(element);
      if (image) blocks.push({ text: '', tag: 'img', hint, image });
      return;
    }
    if (tag === 'figure') {
      const caption = element.querySelector('figcaption');
      const image = imageOf(element);
      const captionText = collapseSpace(caption?.textContent ?? '');
      if (image || captionText)
        blocks.push({ text: captionText, tag: 'figcaption', hint, ...(image ? { image } : {}) });
      return;
    }
    if (whole.has(tag)) {
      if (text) blocks.push({ text, markup: { element }, tag, hint });
      return;
    }
    if (!hasBlockInside(element)) {
      if (text) blocks.push({ text, markup: { paragraph: [...element.childNodes] }, tag, hint });
      return;
    }
    // A container: runs of loose text and inline elements between its blocks become paragraphs.
    let run: Node[] = [];
    let runText = '';
    const flush = () => {
      const runClean = collapseSpace(runText);
      if (runClean) blocks.push({ text: runClean, markup: { paragraph: run }, tag: 'p', hint });
      run = [];
      runText = '';
    };
    for (const node of element.childNodes as Iterable<Node>) {
      if (node.nodeType === TEXT) {
        run.push(node);
        runText += node.textContent ?? '';
      } else if (node.nodeType === ELEMENT) {
        const child = node as Element;
        const childTag = child.tagName.toLowerCase();
        // Two line breaks in a row end a paragraph (text laid out with <br><br> instead of <p>).
        if (childTag === 'br') {
          const last = run.at(-1);
          if (last?.nodeType === ELEMENT && (last as Element).tagName.toLowerCase() === 'br') {
            run.pop();
            flush();
          } else {
            run.push(child);
            runText += ' ';
          }
        } else if (!blockish.has(childTag) && !ignored.has(childTag) && !hasBlockInside(child)) {
          run.push(child);
          runText += ` ${child.textContent ?? ''} `;
        } else {
          flush();
          walk(child, hint);
        }
      }
    }
    flush();
  };
  walk(root, '');
  return blocks;
}
