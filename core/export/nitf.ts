// An article as NITF 3.6: hedline, byline, dateline and abstract in body.head, the body in
// body.content with each photo as a media element. Validated against the IPTC schema by the tests.
import type { Article } from '../article/article';
import { nitfRegsrc } from '../import/nitf';
import { writeBodyXml, type BodyXmlVocabulary } from './body-xml';
import type { FigureData } from './figure-html';
import { leadFigureData } from './json-ld';
import { folderPhotoHref, photoMediaType } from './photo-href';
import type { Element } from '@xmldom/xmldom';
import { XmlWriter } from './xml-writer';

export const nitfNamespace = 'http://iptc.org/std/NITF/2006-10-18/';

export interface NitfExportOptions {
  /** A photo's link in media-reference (default `photos/<file>`). */
  photoHref?: (file: string) => string;
}

/** Exports an article as an NITF 3.6 document (deterministic: same article, same bytes). */
export function exportNitf(article: Article, options: NitfExportOptions = {}): string {
  const photoHref = options.photoHref ?? folderPhotoHref;
  const x = new XmlWriter(nitfNamespace, 'nitf', { version: '-//IPTC//DTD NITF 3.6//EN' });
  x.language(x.root, article.language);

  const head = x.element(x.root, 'head');
  x.textElement(head, 'title', article.headline);
  const docdata = x.element(head, 'docdata', {
    'management-status': article.status === 'ready' ? 'usable' : 'withheld',
  });
  x.element(docdata, 'doc-id', { regsrc: nitfRegsrc, 'id-string': article.id });
  x.element(docdata, 'date.issue', { norm: article.created });
  if (article.published) x.element(docdata, 'date.release', { norm: article.published });
  if (article.keywords.length) {
    const keyList = x.element(docdata, 'key-list');
    for (const keyword of article.keywords) x.element(keyList, 'keyword', { key: keyword });
  }
  x.element(head, 'revision-history', { norm: article.updated });

  const body = x.element(x.root, 'body');
  const bodyHead = x.element(body, 'body.head');
  if (article.headline || article.kicker) {
    const hedline = x.element(bodyHead, 'hedline');
    // hl1 is required in a hedline; a kicker without a headline gets an empty one.
    x.element(hedline, 'hl1', {}, article.headline);
    x.textElement(hedline, 'hl2', article.kicker, { class: 'kicker' });
  }
  x.textElement(bodyHead, 'byline', article.byline);
  x.textElement(bodyHead, 'dateline', article.dateline);
  if (article.standfirst) x.element(x.element(bodyHead, 'abstract'), 'p', {}, article.standfirst);

  const content = x.element(body, 'body.content');
  const vocabulary = nitfVocabulary(x, photoHref);
  if (article.leadPhoto) media(x, content, leadFigureData(article.leadPhoto), photoHref, 'lead');
  writeBodyXml(x, content, article.body, vocabulary);
  return x.serialize();
}

/** A photo as NITF media: photographer and copyright as media-metadata, caption, credit as producer. */
function media(
  x: XmlWriter,
  parent: Element,
  figure: FigureData,
  photoHref: (file: string) => string,
  className?: string,
): void {
  const element = x.element(parent, 'media', { 'media-type': 'image', class: className });
  if (figure.photographer)
    x.element(element, 'media-metadata', { name: 'photographer', value: figure.photographer });
  if (figure.copyright)
    x.element(element, 'media-metadata', { name: 'copyright', value: figure.copyright });
  x.element(element, 'media-reference', {
    source: figure.file ? photoHref(figure.file) : '',
    'mime-type': photoMediaType(figure.file),
    'alternate-text': figure.alt,
    width: figure.width,
    height: figure.height,
  });
  x.textElement(element, 'media-caption', figure.caption);
  x.textElement(element, 'media-producer', figure.credit);
}

/** The body in NITF: subheadings as hl2 (level 3 with class h3), bold as em class bold, quotes as bq. */
function nitfVocabulary(x: XmlWriter, photoHref: (file: string) => string): BodyXmlVocabulary {
  return {
    paragraph: ['p'],
    heading: (level) => ['hl2', level === 3 ? { class: 'h3' } : {}],
    bulletList: ['ul'],
    orderedList: (start) => ['ol', start === 1 ? {} : { seqnum: start }],
    listItem: ['li'],
    blockquote: (writer, parent) => writer.element(writer.element(parent, 'bq'), 'block'),
    hardBreak: ['br'],
    bold: ['em', { class: 'bold' }],
    italic: ['em'],
    link: (href, title) => ['a', { href, title }],
    figure: (parent, figure) => media(x, parent, figure, photoHref),
  };
}
