import type { Article } from '../article/article';
import { renderBody } from './body-html';
import { displayDateTime } from './display-date';
import { escapeAttribute, escapeHtml, scriptSafeJson } from './escape';
import { textDirection } from '../language/text-direction';
import { documentFigureHtml } from './figure-html';
import { leadFigureData, newsArticleJsonLd } from './json-ld';
import { exportStylesheet, exportStylesheetHash } from './stylesheet';

/** folder: index.html + photos/ beside it; single: photos embedded as data: URLs; fragment: just the <article>. */
export type HtmlForm = 'folder' | 'single' | 'fragment';

/** Where <img src> points for a photo file: 'photos/x.jpg' (folder) or a data: URL (single). */
export interface HtmlPhotoSource {
  href(file: string): string;
}

export interface HtmlExportOptions {
  form: HtmlForm;
  photoHref: (file: string) => string;
}

/** The page's Content-Security-Policy (a constant, so it needs no escaping): nothing runs, nothing loads from elsewhere. */
export const exportCsp = [
  "default-src 'none'",
  "img-src 'self' data:",
  `style-src ${exportStylesheetHash}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const untitled = 'Untitled';

function paragraph(className: string, text: string): string {
  return text.trim() ? `<p class="${className}">${escapeHtml(text)}</p>` : '';
}

/** The <article> element: header (kicker, h1, standfirst, byline, dateline, time), lead photo, body. */
export function articleHtml(
  article: Article,
  photoHref: (file: string) => string,
  body = renderBody(article.body, { mode: 'document', photoHref }).html,
): string {
  const headline = article.headline.trim() ? article.headline : untitled;
  const meta = [
    article.dateline.trim() ? `<span class="dateline">${escapeHtml(article.dateline)}</span>` : '',
    article.published
      ? `<time datetime="${escapeAttribute(article.published)}">${escapeHtml(displayDateTime(article.published))}</time>`
      : '',
  ].filter(Boolean);
  const header = [
    paragraph('kicker', article.kicker),
    `<h1>${escapeHtml(headline)}</h1>`,
    paragraph('standfirst', article.standfirst),
    paragraph('byline', article.byline),
    meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : '',
  ].filter(Boolean);
  const lead = article.leadPhoto;
  const leadFigure = lead
    ? documentFigureHtml(leadFigureData(lead), photoHref(lead.file), 'photo lead')
    : '';
  return [
    '<article>',
    `<header>\n${header.join('\n')}\n</header>`,
    leadFigure,
    `<div class="body">\n${body}\n</div>`,
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** `lang` and `dir` of an element holding text in this language. */
function languageAttributes(language: string): string {
  return `lang="${escapeAttribute(language)}" dir="${textDirection(language)}"`;
}

/** Exports an article as standalone HTML5 (folder or single form) or as an <article> fragment. */
export function exportHtml(article: Article, options: HtmlExportOptions): string {
  // One walk over the body gives the markup, the word count and the JSON-LD images.
  const body = renderBody(article.body, {
    mode: 'document',
    photoHref: options.photoHref,
    language: article.language,
  });
  const markup = articleHtml(article, options.photoHref, body.html);
  // A fragment lands in someone else's page, so it says its own language and direction.
  if (options.form === 'fragment')
    return markup.replace(/^<article>/, `<article ${languageAttributes(article.language)}>`) + '\n';
  const title = article.headline.trim() ? article.headline : untitled;
  const jsonLd = newsArticleJsonLd(article, { photoHref: options.photoHref }, body);
  return [
    '<!DOCTYPE html>',
    `<html ${languageAttributes(article.language)}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${exportCsp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    article.standfirst.trim()
      ? `<meta name="description" content="${escapeAttribute(article.standfirst)}">`
      : '',
    article.byline.trim()
      ? `<meta name="author" content="${escapeAttribute(article.byline)}">`
      : '',
    article.keywords.length
      ? `<meta name="keywords" content="${escapeAttribute(article.keywords.join(', '))}">`
      : '',
    '<meta name="generator" content="Newsroom">',
    `<style>${exportStylesheet}</style>`,
    `<script type="application/ld+json">\n${scriptSafeJson(jsonLd)}\n</script>`,
    '</head>',
    '<body>',
    '<main>',
    markup,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\n');
}
