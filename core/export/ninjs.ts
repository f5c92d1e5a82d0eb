import type { Article } from '../article/article';
import { renderBody } from './body-html';
import { leadFigureData } from './json-ld';
import type { FigureData } from './figure-html';
import type { NinjsAssociation, NinjsDocument, NinjsText } from './ninjs-types';
import { folderPhotoHref, photoMediaType } from './photo-href';

export type { NinjsDocument } from './ninjs-types';
export { ninjsErrors } from './ninjs-validate';

/** Every Newsroom article's ninjs uri starts with this, followed by the article id. */
export const ninjsUriPrefix = 'urn:newsroom:article:';
export const ninjsSchemaUri = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';
/** Association name of the lead photo (the name Superdesk-based feeds use for it). */
export const leadPhotoAssociation = 'featuremedia';
/** Association name of the n-th body figure (1-based, in reading order). */
export const figureAssociation = (n: number) => `figure-${n}`;

export interface NinjsExportOptions {
  /** Absolute URL of a photo, written as the rendition's href (ninjs needs absolute URIs). */
  photoHref?: (file: string) => string;
}

const absoluteUri = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;

function plainText(role: string, value: string): NinjsText[] {
  return value ? [{ role, contentType: 'text/plain', value }] : [];
}

function association(
  name: string,
  uri: string,
  figure: FigureData,
  photoHref: ((file: string) => string) | undefined,
): NinjsAssociation {
  const item: NinjsAssociation = { name, uri, type: 'picture' };
  const descriptions = [...plainText('caption', figure.caption), ...plainText('alt', figure.alt)];
  if (descriptions.length) item.descriptions = descriptions;
  if (figure.photographer) item.by = figure.photographer;
  if (figure.copyright) item.copyrightNotice = figure.copyright;
  if (figure.credit) item.infoSources = [{ name: figure.credit, role: 'credit' }];
  const href = photoHref?.(figure.file);
  item.renditions = [
    {
      name: 'original',
      ...(href && absoluteUri.test(href) ? { href } : {}),
      contentType: photoMediaType(figure.file),
      // The file name travels in the title: ninjs hrefs must be absolute, an export folder has none.
      title: figure.file,
      ...(figure.width ? { width: figure.width } : {}),
      ...(figure.height ? { height: figure.height } : {}),
    },
  ];
  return item;
}

/** Exports an article as an IPTC ninjs 3.1 document (deterministic: same article, same JSON). */
export function exportNinjs(article: Article, options: NinjsExportOptions = {}): NinjsDocument {
  const uri = ninjsUriPrefix + article.id;
  // One walk over the body gives its HTML, its counts and the figures for the associations.
  const body = renderBody(article.body, {
    mode: 'canonical',
    photoHref: options.photoHref ?? folderPhotoHref,
    language: article.language,
  });
  const headlines = [
    ...plainText('main', article.headline),
    ...plainText('kicker', article.kicker),
  ];
  const descriptions = plainText('summary', article.standfirst);
  const figures = article.leadPhoto
    ? [leadFigureData(article.leadPhoto), ...body.figures]
    : body.figures;
  const associations = figures.map((figure, index) => {
    const name =
      article.leadPhoto && index === 0
        ? leadPhotoAssociation
        : figureAssociation(article.leadPhoto ? index : index + 1);
    return association(name, `${uri}:${name}`, figure, options.photoHref);
  });
  const doc: NinjsDocument = {
    uri,
    standard: { name: 'ninjs', version: '3.1', schema: ninjsSchemaUri },
    type: 'text',
    representationType: 'full',
    firstCreated: article.created,
    versionCreated: article.updated,
    ...(article.published ? { embargoedUntil: article.published } : {}),
    pubStatus: article.status === 'ready' ? 'usable' : 'withheld',
    language: article.language,
    ...(headlines.length ? { headlines } : {}),
    ...(descriptions.length ? { descriptions } : {}),
    ...(article.byline ? { by: article.byline } : {}),
    ...(article.dateline ? { located: article.dateline } : {}),
    ...(article.keywords.length ? { subjects: article.keywords.map((name) => ({ name })) } : {}),
    bodies: [
      {
        role: 'main',
        contentType: 'text/html',
        charCount: body.counts.characters,
        wordCount: body.counts.words,
        value: body.html,
      },
    ],
    ...(associations.length ? { associations } : {}),
  };
  return doc;
}

/** The ninjs document as the bytes Newsroom writes: two-space indented JSON with a final newline. */
export function serializeNinjs(doc: NinjsDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}
