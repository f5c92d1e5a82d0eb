// An article as a NewsML-G2 2.35 newsMessage: the text item (XHTML body in inlineXML) and one
// picture item per photo, associated with it. Validated against the IPTC schema by the tests.
import type { Element } from '@xmldom/xmldom';
import type { Article } from '../article/article';
import { newsmlGuidPrefix } from '../import/newsml';
import { writeBodyXml, type BodyXmlVocabulary } from './body-xml';
import type { FigureData } from './figure-html';
import { leadFigureData } from './json-ld';
import { folderPhotoHref, photoMediaType } from './photo-href';
import { XmlWriter } from './xml-writer';

export const newsmlNamespace = 'http://iptc.org/std/nar/2006-10-01/';
const xhtmlNamespace = 'http://www.w3.org/1999/xhtml';
// The IPTC catalog that defines the ninat, stat, drol, crol, irel and rnd schemes used below.
const iptcCatalog = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml';
/** Role of the headline that carries the kicker; the item's own catalog declares the scheme. */
export const kickerRole = 'nrhl:kicker';
const kickerScheme = { alias: 'nrhl', uri: 'urn:newsroom:headline-role:' };

export interface NewsmlExportOptions {
  /** A photo's link in remoteContent and the XHTML img (default `photos/<file>`). */
  photoHref?: (file: string) => string;
}

/** The guid of a photo's picture item: the article's guid and `:lead` or `:figure-n`. */
function pictureGuid(article: Article, name: string): string {
  return `${newsmlGuidPrefix}${article.id}:${name}`;
}

/** creditline and names allow no white space but spaces (the schema's g2normalizedString). */
const singleLine = (value: string) => value.replace(/[\t\n\r]/g, ' ');

function itemAttributes(guid: string) {
  return {
    guid,
    version: 1,
    standard: 'NewsML-G2',
    standardversion: '2.35',
    conformance: 'power',
  };
}

/** Exports an article as a NewsML-G2 2.35 newsMessage (deterministic: same article, same bytes). */
export function exportNewsml(article: Article, options: NewsmlExportOptions = {}): string {
  const photoHref = options.photoHref ?? folderPhotoHref;
  const x = new XmlWriter(newsmlNamespace, 'newsMessage');
  // The message is "sent" at the article's last change, so the bytes depend on the article only.
  x.element(x.element(x.root, 'header'), 'sent', {}, article.updated);
  const itemSet = x.element(x.root, 'itemSet');

  const item = x.element(itemSet, 'newsItem', itemAttributes(newsmlGuidPrefix + article.id));
  x.language(item, article.language);
  x.element(item, 'catalogRef', { href: iptcCatalog });
  if (article.kicker) x.element(x.element(item, 'catalog'), 'scheme', kickerScheme);
  const itemMeta = x.element(item, 'itemMeta');
  x.element(itemMeta, 'itemClass', { qcode: 'ninat:text' });
  x.element(itemMeta, 'provider', { literal: 'Newsroom' });
  x.element(itemMeta, 'versionCreated', {}, article.updated);
  x.element(itemMeta, 'firstCreated', {}, article.created);
  if (article.published) x.element(itemMeta, 'embargoed', {}, article.published);
  x.element(itemMeta, 'pubStatus', {
    qcode: article.status === 'ready' ? 'stat:usable' : 'stat:withheld',
  });

  const meta = x.element(item, 'contentMeta');
  x.element(meta, 'language', { tag: article.language });
  for (const keyword of article.keywords) x.element(meta, 'keyword', {}, keyword);
  x.textElement(meta, 'headline', article.headline);
  x.textElement(meta, 'headline', article.kicker, { role: kickerRole });
  x.textElement(meta, 'dateline', article.dateline);
  x.textElement(meta, 'by', article.byline);
  x.textElement(meta, 'description', article.standfirst, { role: 'drol:summary' });

  const inline = x.element(x.element(item, 'contentSet'), 'inlineXML', {
    contenttype: 'application/xhtml+xml',
  });
  const html = x.element(inline, 'html', {}, undefined, xhtmlNamespace);
  x.language(html, article.language);
  x.element(x.element(html, 'head'), 'title', {}, article.headline);
  const body = x.element(html, 'body');

  const pictures: { name: string; figure: FigureData }[] = [];
  if (article.leadPhoto) pictures.push({ name: 'lead', figure: leadFigureData(article.leadPhoto) });
  writeBodyXml(
    x,
    body,
    article.body,
    xhtmlVocabulary(x, photoHref, (figure, index) => {
      const name = `figure-${index + 1}`;
      pictures.push({ name, figure });
      return pictureGuid(article, name);
    }),
  );

  for (const { name, figure } of pictures) {
    const guid = pictureGuid(article, name);
    x.element(itemMeta, 'link', {
      rel: 'irel:associatedWith',
      residref: guid,
      contenttype: photoMediaType(figure.file),
    });
    pictureItem(x, itemSet, article, guid, figure, photoHref);
  }
  return x.serialize();
}

/** A photo as a picture item: caption, alt text, credit line, photographer, rights, rendition. */
function pictureItem(
  x: XmlWriter,
  itemSet: Element,
  article: Article,
  guid: string,
  figure: FigureData,
  photoHref: (file: string) => string,
): void {
  const item = x.element(itemSet, 'newsItem', itemAttributes(guid));
  x.language(item, article.language);
  x.element(item, 'catalogRef', { href: iptcCatalog });
  if (figure.copyright)
    x.element(x.element(item, 'rightsInfo'), 'copyrightNotice', {}, figure.copyright);
  const itemMeta = x.element(item, 'itemMeta');
  x.element(itemMeta, 'itemClass', { qcode: 'ninat:picture' });
  x.element(itemMeta, 'provider', { literal: 'Newsroom' });
  x.element(itemMeta, 'versionCreated', {}, article.updated);
  const meta = x.element(item, 'contentMeta');
  if (figure.photographer)
    x.element(
      x.element(meta, 'creator', { role: 'crol:photographer' }),
      'name',
      {},
      singleLine(figure.photographer),
    );
  x.textElement(meta, 'creditline', singleLine(figure.credit));
  x.textElement(meta, 'description', figure.caption, { role: 'drol:caption' });
  x.textElement(meta, 'description', figure.alt, { role: 'drol:alternativeText' });
  x.element(x.element(item, 'contentSet'), 'remoteContent', {
    rendition: 'rnd:highRes',
    href: figure.file ? photoHref(figure.file) : '',
    contenttype: photoMediaType(figure.file),
    width: figure.width,
    height: figure.height,
  });
}

/** The body in XHTML; a figure names its picture item in `data-item`. */
function xhtmlVocabulary(
  x: XmlWriter,
  photoHref: (file: string) => string,
  pictureItemOf: (figure: FigureData, index: number) => string,
): BodyXmlVocabulary {
  return {
    paragraph: ['p'],
    heading: (level) => [level === 3 ? 'h3' : 'h2'],
    bulletList: ['ul'],
    orderedList: (start) => ['ol', start === 1 ? {} : { start }],
    listItem: ['li'],
    blockquote: (writer, parent) => writer.element(parent, 'blockquote'),
    hardBreak: ['br'],
    bold: ['strong'],
    italic: ['em'],
    link: (href, title) => ['a', { href, title }],
    figure: (parent, figure, index) => {
      const element = x.element(parent, 'figure');
      x.element(element, 'img', {
        src: figure.file ? photoHref(figure.file) : '',
        alt: figure.alt,
        width: figure.width,
        height: figure.height,
        'data-item': pictureItemOf(figure, index),
      });
      if (figure.caption || figure.credit) {
        const caption = x.element(element, 'figcaption');
        x.textElement(caption, 'span', figure.caption, { 'data-role': 'caption' });
        if (figure.caption && figure.credit) x.text(caption, ' ');
        x.textElement(caption, 'span', figure.credit, { 'data-role': 'credit' });
      }
    },
  };
}
