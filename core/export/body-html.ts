import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { bodyExtensions } from '../body/extensions';
import { isSafeLinkUrl } from '../body/safe-url';
import { bodyNode, type BodyJSON } from '../body/schema';
import { escapeAttribute } from './escape';
import { canonicalFigureHtml, documentFigureHtml, bodyFigureData } from './figure-html';

/**
 * 'document': markup for a published page (headings re-levelled under the <h1>, empty headings dropped);
 * 'canonical': the body as the editor's schema parses it back (ninjs bodies, round trips).
 */
export type BodyHtmlMode = 'document' | 'canonical';

export interface BodyHtmlOptions {
  mode: BodyHtmlMode;
  photoHref: (file: string) => string;
}

type Children = string | string[] | undefined;
const join = (children: Children) =>
  Array.isArray(children) ? children.join('') : (children ?? '');

const linkRel = 'noopener noreferrer nofollow';

// Headings must not skip levels below the page's <h1>, so an h3 before any h2 becomes an h2.
function documentHeadingLevels(doc: PMNode): Map<PMNode, number> {
  const levels = new Map<PMNode, number>();
  let previous = 1;
  doc.descendants((node) => {
    if (node.type.name !== 'heading') return true;
    const wanted = Number(node.attrs.level) || 2;
    const level = Math.min(Math.max(wanted, 2), previous + 1);
    levels.set(node, level);
    if (node.textContent.trim() !== '') previous = level;
    return false;
  });
  return levels;
}

/** Renders a body to HTML with TipTap's static renderer over the shared body extensions. */
export function renderBodyHtml(body: BodyJSON | PMNode, options: BodyHtmlOptions): string {
  const doc = 'nodeSize' in body ? (body as PMNode) : bodyNode(body);
  const document = options.mode === 'document';
  const levels = document ? documentHeadingLevels(doc) : new Map<PMNode, number>();
  return renderToHTMLString({
    content: doc,
    extensions: bodyExtensions,
    options: {
      nodeMapping: {
        hardBreak: () => '<br>',
        heading: ({ node, children }: { node: PMNode; children?: Children }) => {
          const level = levels.get(node) ?? Number(node.attrs.level);
          if (document && node.textContent.trim() === '') return '';
          return `<h${level}>${join(children)}</h${level}>`;
        },
        figure: ({ node }: { node: PMNode }) => {
          const figure = bodyFigureData(node.attrs);
          const href = figure.file ? options.photoHref(figure.file) : '';
          return document ? documentFigureHtml(figure, href) : canonicalFigureHtml(figure, href);
        },
      },
      markMapping: {
        link: ({ mark, node, children }: { mark: Mark; node: PMNode; children?: Children }) => {
          const href = typeof mark.attrs.href === 'string' ? mark.attrs.href : '';
          // A link that is unsafe, or has no visible text, is dropped and its text kept.
          if (!isSafeLinkUrl(href) || (document && (node.text ?? '').trim() === ''))
            return join(children);
          const title =
            typeof mark.attrs.title === 'string'
              ? ` title="${escapeAttribute(mark.attrs.title)}"`
              : '';
          return `<a href="${escapeAttribute(href)}" rel="${linkRel}"${title}>${join(children)}</a>`;
        },
      },
    },
  });
}
