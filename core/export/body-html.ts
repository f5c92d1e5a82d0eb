import type { Node as PMNode } from '@tiptap/pm/model';
import { countBodyText, type TextCounts } from '../body/counts';
import { isSafeLinkUrl } from '../body/safe-url';
import { bodyNode, type BodyJSON } from '../body/schema';
import { escapeAttribute, escapeHtml } from './escape';
import {
  bodyFigureData,
  canonicalFigureHtml,
  documentFigureHtml,
  type FigureData,
} from './figure-html';

/**
 * 'document': markup for a published page (headings re-levelled under the <h1>, empty headings dropped);
 * 'canonical': the body as the editor's schema parses it back (ninjs bodies, round trips).
 */
export type BodyHtmlMode = 'document' | 'canonical';

export interface BodyHtmlOptions {
  mode: BodyHtmlMode;
  photoHref: (file: string) => string;
}

/** What one walk over the body yields: its markup, its word and character counts, its figures in order. */
export interface RenderedBody {
  html: string;
  counts: TextCounts;
  figures: FigureData[];
}

const linkRel = 'noopener noreferrer nofollow';

// <ol> attributes as TipTap's OrderedList renders them: start unless 1, type unless empty or '1'.
function orderedListAttributes(attrs: Record<string, unknown>): string {
  const { start, type } = attrs;
  const startAttribute =
    start !== 1 && start != null ? ` start="${escapeAttribute(String(start))}"` : '';
  return startAttribute + (type && type !== '1' ? ` type="${escapeAttribute(String(type))}"` : '');
}

// Our own serializer of the body schema instead of TipTap's static renderer: one walk emits the markup
// and collects counts, figures and heading levels (export-html went from 1.3-1.5x the renderer to below it).
class BodyWriter {
  /** The body's plain text as `bodyText` gives it: textblocks joined by '\n', hard breaks adding nothing. */
  text = '';
  figures: FigureData[] = [];
  private textblocks = 0;
  private blockText = '';
  // Headings must not skip levels below the page's <h1>, so an h3 before any h2 becomes an h2.
  private previousLevel = 1;

  constructor(
    private readonly document: boolean,
    private readonly photoHref: (file: string) => string,
  ) {}

  children(node: PMNode): string {
    let html = '';
    for (let i = 0; i < node.childCount; i++) html += this.node(node.child(i));
    return html;
  }

  node(node: PMNode): string {
    switch (node.type.name) {
      case 'text':
        return this.marked(node, escapeHtml(this.addText(node.text ?? '')));
      case 'hardBreak':
        return this.marked(node, '<br>');
      case 'paragraph':
        return `<p>${this.textblock(node)}</p>`;
      case 'heading':
        return this.heading(node);
      case 'blockquote':
        return `<blockquote>${this.children(node)}</blockquote>`;
      case 'bulletList':
        return `<ul>${this.children(node)}</ul>`;
      case 'orderedList':
        return `<ol${orderedListAttributes(node.attrs)}>${this.children(node)}</ol>`;
      case 'listItem':
        return `<li>${this.children(node)}</li>`;
      case 'figure':
        return this.figure(node);
      default:
        throw new Error(`The body holds a "${node.type.name}" node, which cannot be exported.`);
    }
  }

  private addText(text: string): string {
    this.blockText += text;
    return text;
  }

  // Renders a textblock's inline content; its text joins the body text on a line of its own.
  private textblock(node: PMNode): string {
    this.blockText = '';
    const html = this.children(node);
    this.text += this.textblocks++ === 0 ? this.blockText : '\n' + this.blockText;
    return html;
  }

  private heading(node: PMNode): string {
    const html = this.textblock(node);
    if (!this.document) {
      const level = Number(node.attrs.level);
      return `<h${level}>${html}</h${level}>`;
    }
    const wanted = Number(node.attrs.level) || 2;
    const level = Math.min(Math.max(wanted, 2), this.previousLevel + 1);
    if (this.blockText.trim() === '') return '';
    this.previousLevel = level;
    return `<h${level}>${html}</h${level}>`;
  }

  private figure(node: PMNode): string {
    const figure = bodyFigureData(node.attrs);
    this.figures.push(figure);
    const href = figure.file ? this.photoHref(figure.file) : '';
    return this.document ? documentFigureHtml(figure, href) : canonicalFigureHtml(figure, href);
  }

  // Marks wrap an inline node in their schema order, the first innermost (as TipTap's renderer nests them).
  private marked(node: PMNode, html: string): string {
    for (const mark of node.marks) {
      switch (mark.type.name) {
        case 'bold':
          html = `<strong>${html}</strong>`;
          break;
        case 'italic':
          html = `<em>${html}</em>`;
          break;
        case 'link': {
          const href = typeof mark.attrs.href === 'string' ? mark.attrs.href : '';
          // A link that is unsafe, or has no visible text, is dropped and its text kept.
          if (!isSafeLinkUrl(href) || (this.document && (node.text ?? '').trim() === '')) break;
          const title =
            typeof mark.attrs.title === 'string'
              ? ` title="${escapeAttribute(mark.attrs.title)}"`
              : '';
          html = `<a href="${escapeAttribute(href)}" rel="${linkRel}"${title}>${html}</a>`;
          break;
        }
        default:
          throw new Error(`The body holds a "${mark.type.name}" mark, which cannot be exported.`);
      }
    }
    return html;
  }
}

/**
 * Renders a parsed body in one walk. The node must fit the body schema: an Article's body does
 * (parseArticle checks it), anything else goes through `renderBodyHtml` or `bodyNode` first.
 */
export function renderBody(doc: PMNode, options: BodyHtmlOptions): RenderedBody {
  const writer = new BodyWriter(options.mode === 'document', options.photoHref);
  const html = writer.children(doc);
  return { html, counts: countBodyText(writer.text), figures: writer.figures };
}

/** Renders a body to HTML; body JSON is checked against the schema first and refused when it does not fit. */
export function renderBodyHtml(body: BodyJSON | PMNode, options: BodyHtmlOptions): string {
  const doc = 'nodeSize' in body ? (body as PMNode) : bodyNode(body);
  return renderBody(doc, options).html;
}
