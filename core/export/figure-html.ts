import { readFigureAttrs, type FigureAttrs } from '../body/figure-attrs';
import { escapeAttribute, escapeHtml } from './escape';
import { isSafeImageSrc } from './photo-href';

/** Photo metadata as both the lead photo and body figures carry it: a figure's attributes, naming its file. */
export type FigureData = Omit<FigureAttrs, 'src'> & { file: string };

/** A body figure node's attributes as FigureData (read by the body's one figure reader). */
export function bodyFigureData(attrs: Record<string, unknown>): FigureData {
  const { src, ...rest } = readFigureAttrs(attrs);
  return { file: src, ...rest };
}

function sizeAttributes(figure: FigureData): string {
  return (
    (figure.width ? ` width="${figure.width}"` : '') +
    (figure.height ? ` height="${figure.height}"` : '')
  );
}

/** A publication figure: <img alt width height> and a figcaption with caption, credit and copyright. */
export function documentFigureHtml(figure: FigureData, href: string, className = 'photo'): string {
  const img = isSafeImageSrc(href)
    ? `<img src="${escapeAttribute(href)}" alt="${escapeAttribute(figure.alt)}"${sizeAttributes(figure)}>`
    : '';
  const credit = figure.credit || figure.photographer;
  const parts = [
    figure.caption ? `<span class="caption">${escapeHtml(figure.caption)}</span>` : '',
    credit ? `<span class="credit">${escapeHtml(credit)}</span>` : '',
    figure.copyright ? `<small class="copyright">${escapeHtml(figure.copyright)}</small>` : '',
  ].filter(Boolean);
  const caption = parts.length ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
  if (!img && !caption) return '';
  return `<figure class="${className}">${img}${caption}</figure>`;
}

/** The canonical body figure (what the editor's Figure node parses back): used inside ninjs bodies. */
export function canonicalFigureHtml(figure: FigureData, href: string): string {
  const src = isSafeImageSrc(href) ? href : '';
  return (
    `<figure data-type="figure"><img src="${escapeAttribute(src)}" alt="${escapeAttribute(figure.alt)}"` +
    `${sizeAttributes(figure)} data-file="${escapeAttribute(figure.file)}">` +
    `<figcaption><span data-role="caption">${escapeHtml(figure.caption)}</span> ` +
    `<span data-role="credit">${escapeHtml(figure.credit)}</span></figcaption></figure>`
  );
}
