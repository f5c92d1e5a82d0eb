import { Node, mergeAttributes } from '@tiptap/core';

/** Photo metadata carried by every figure in the body (and by the lead photo). */
export const figureAttributeNames = [
  'src',
  'caption',
  'credit',
  'photographer',
  'copyright',
  'alt',
  'width',
  'height',
] as const;

/** What the parse rule reads of an element: the window's DOM or happy-dom's provide it. */
interface ParsedElement {
  getAttribute(name: string): string | null;
  querySelector(selectors: string): ParsedElement | null;
  readonly textContent: string | null;
}

/** An inline photo in the body: the image file of the article's photos/ folder plus its caption and credit. */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      src: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
      photographer: { default: '' },
      copyright: { default: '' },
      alt: { default: '' },
      width: { default: null },
      height: { default: null },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure[data-type="figure"]',
        getAttrs: (el) => {
          const element = el as ParsedElement;
          const img = element.querySelector('img');
          return {
            src: img?.getAttribute('data-file') ?? img?.getAttribute('src') ?? '',
            alt: img?.getAttribute('alt') ?? '',
            caption: element.querySelector('[data-role="caption"]')?.textContent ?? '',
            credit: element.querySelector('[data-role="credit"]')?.textContent ?? '',
          };
        },
      },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    const { src, caption, credit, alt } = HTMLAttributes as Record<string, string>;
    return [
      'figure',
      mergeAttributes({ 'data-type': 'figure' }),
      ['img', { src, alt, 'data-file': src }],
      [
        'figcaption',
        {},
        ['span', { 'data-role': 'caption' }, caption ?? ''],
        ' ',
        ['span', { 'data-role': 'credit' }, credit ?? ''],
      ],
    ];
  },
});
