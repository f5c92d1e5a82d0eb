import type { Article } from '../article/article';
import type { Node as PMNode } from '@tiptap/pm/model';
import { bodyNode } from '../body/schema';
import type { Photo } from '../article/photo';
import type { RenderedBody } from './body-html';
import { bodyFigureData, type FigureData } from './figure-html';
import { isSafeImageSrc } from './photo-href';

/** The lead photo as the exporters describe photos. */
export function leadFigureData(lead: Photo): FigureData {
  return {
    file: lead.file,
    caption: lead.caption,
    credit: lead.credit,
    photographer: lead.photographer,
    copyright: lead.copyright,
    alt: lead.altText,
    width: lead.width,
    height: lead.height,
  };
}

/** The photos of an article in reading order: the lead photo first, then body figures. */
export function articleFigures(
  article: Article,
  doc: PMNode = bodyNode(article.body),
): FigureData[] {
  const figures = article.leadPhoto ? [leadFigureData(article.leadPhoto)] : [];
  doc.descendants((node) => {
    if (node.type.name === 'figure') figures.push(bodyFigureData(node.attrs));
    return true;
  });
  return figures;
}

type JsonLd = Record<string, unknown>;

function imageObject(figure: FigureData, href: string): JsonLd {
  const image: JsonLd = { '@type': 'ImageObject' };
  // A data: URL would repeat the whole photo inside the metadata, so single-file exports leave it out.
  if (href && !href.startsWith('data:') && isSafeImageSrc(href)) image.contentUrl = href;
  if (figure.caption) image.caption = figure.caption;
  if (figure.credit) image.creditText = figure.credit;
  if (figure.photographer) image.creator = { '@type': 'Person', name: figure.photographer };
  if (figure.copyright) image.copyrightNotice = figure.copyright;
  if (figure.width) image.width = figure.width;
  if (figure.height) image.height = figure.height;
  return image;
}

/** The schema.org NewsArticle describing an article (JSON-LD), given its rendered body. */
export function newsArticleJsonLd(
  article: Article,
  options: { photoHref: (file: string) => string },
  body: RenderedBody,
): JsonLd {
  const data: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
  };
  if (article.standfirst) data.description = article.standfirst;
  if (article.published) data.datePublished = article.published;
  data.dateCreated = article.created;
  data.dateModified = article.updated;
  if (article.byline) data.author = [{ '@type': 'Person', name: article.byline }];
  if (article.dateline) data.dateline = article.dateline;
  if (article.keywords.length) data.keywords = article.keywords;
  data.wordCount = body.counts.words;
  data.inLanguage = article.language;
  const figures = article.leadPhoto
    ? [leadFigureData(article.leadPhoto), ...body.figures]
    : body.figures;
  const images = figures.map((figure) =>
    imageObject(figure, figure.file ? options.photoHref(figure.file) : ''),
  );
  if (images.length) data.image = images;
  return data;
}
