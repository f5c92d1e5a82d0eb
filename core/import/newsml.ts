// NewsML-G2 2.x read into an article: a newsItem, or a newsMessage whose first text item is the
// article and whose picture items are its photos. The body comes from inlineXML (NITF or XHTML)
// or inlineData; metadata the article has no field for is listed as notes.
import type { Element } from '@xmldom/xmldom';
import { articleId } from '../article/article';
import { emptyBody, type BodyJSON } from '../body/schema';
import { dateTime } from './date-time';
import { ImportError, type ImportResult } from './import-error';
import type { PictureData } from './ninjs-pictures';
import { readNitf } from './nitf';
import { link, orderedList, xmlBody, type BodyRule, type Vocabulary } from './xml/xml-body';
import { htmlSpaceRuns } from './xml/body-builder';
import { parseXml } from './xml/parse-xml';
import { wireArticle, type WireFields } from './xml/wire-article';
import { wirePicture } from './xml/wire-pictures';
import {
  attr,
  child,
  descendants,
  elements,
  localName,
  text,
  textContent,
  xmlLang,
} from './xml/xml-dom';

/** The guid prefix of items we export, so our own files keep their article id. */
export const newsmlGuidPrefix = 'urn:newsroom:article:';

const itemClass = (item: Element) =>
  attr(child(item, 'itemMeta', 'itemClass'), 'qcode').replace(/^.*:/, '');
const isPicture = (item: Element) => ['picture', 'graphic'].includes(itemClass(item));
const role = (element: Element) => attr(element, 'role').replace(/^.*:/, '').toLowerCase();

/** A picture item's best rendition and metadata. */
function pictureItem(item: Element, index: number): PictureData {
  const renditions = descendants(child(item, 'contentSet') ?? item, 'remoteContent');
  const best =
    renditions.find((r) => /highRes|original|baseImage/i.test(attr(r, 'rendition'))) ??
    [...renditions].sort((a, b) => Number(attr(b, 'width')) - Number(attr(a, 'width')))[0];
  const meta = child(item, 'contentMeta');
  const descriptions = elements(meta, 'description');
  const size = (name: string) => {
    const value = Number(attr(best, name));
    return Number.isSafeInteger(value) && value > 0 ? value : null;
  };
  const ours = attr(item, 'guid').startsWith(newsmlGuidPrefix);
  const read = ours ? textContent : text;
  return wirePicture(
    attr(best, 'href'),
    {
      caption: read(
        descriptions.find((d) => role(d) === 'caption') ?? descriptions.find((d) => !role(d)),
      ),
      credit: read(child(meta, 'creditline')),
      photographer: elements(meta, 'creator')
        .map((c) => read(child(c, 'name')))
        .filter(Boolean)
        .join(', '),
      copyright: read(child(item, 'rightsInfo', 'copyrightNotice')),
      altText: read(descriptions.find((d) => /^alt/.test(role(d)))),
      width: size('width'),
      height: size('height'),
    },
    index,
  );
}

// Wrappers that carry no meaning an article could keep: their content stays, without a note.
const xhtmlWrappers = ['div', 'section', 'article', 'header', 'footer', 'main', 'span'];

const heading = (level: number): BodyRule => ({ node: 'heading', attrs: { level } });

/** XHTML's elements in the body schema's terms (h4–h6 as level 3: the body has two levels). */
const xhtmlRules: Vocabulary['rules'] = {
  ...Object.fromEntries(xhtmlWrappers.map((name) => [name, 'unwrap' as const])),
  p: { node: 'paragraph' },
  h1: heading(2),
  h2: heading(2),
  h3: heading(3),
  h4: heading(3),
  h5: heading(3),
  h6: heading(3),
  ul: { node: 'bulletList' },
  ol: orderedList,
  li: { node: 'listItem' },
  blockquote: { node: 'blockquote' },
  em: { mark: 'italic' },
  i: { mark: 'italic' },
  strong: { mark: 'bold' },
  b: { mark: 'bold' },
  a: link,
  br: { node: 'hardBreak' },
  figure: 'media',
  img: 'media',
};

// XHTML blocks the body cannot hold: their text is kept as a paragraph.
const xhtmlBlocks = new Set([
  'table',
  'pre',
  'dl',
  'hr',
  'video',
  'audio',
  'iframe',
  'object',
  'aside',
]);

/** XHTML (the body of inlineXML) in the body schema's terms; img and figure become photos. */
function xhtmlVocabulary(
  placed: PictureData[],
  known: (img: Element | undefined) => PictureData | undefined,
): Vocabulary {
  return {
    rules: xhtmlRules,
    blocks: xhtmlBlocks,
    media: (element) => {
      const img = localName(element) === 'img' ? element : descendants(element, 'img')[0];
      const src = attr(img, 'src');
      const item = known(img);
      if (!src && !item) return '';
      const span = (name: string) =>
        descendants(element, 'span').find((s) => attr(s, 'data-role') === name);
      const picture =
        item ??
        wirePicture(
          src,
          {
            caption: text(span('caption') ?? child(element, 'figcaption')),
            credit: text(span('credit')),
            altText: attr(img, 'alt'),
          },
          placed.length,
        );
      placed.push(picture);
      return picture.name;
    },
  };
}

/**
 * The text item's fields; the body's own head (NITF) fills what the item leaves empty. A lone
 * picture item's (`picture`) caption, credit and rights go to its photo, not to the notes.
 */
function itemFields(
  item: Element,
  ours: boolean,
  picture: boolean,
  notes: Set<string>,
): WireFields {
  const meta = child(item, 'contentMeta');
  const itemMeta = child(item, 'itemMeta');
  const read = ours ? textContent : text;
  const headlines = elements(meta, 'headline');
  const kicker = headlines.find((h) => role(h) === 'kicker');
  const main = headlines.find((h) => h !== kicker && ['', 'main', 'headline'].includes(role(h)));
  const descriptions = elements(meta, 'description');
  const summary = descriptions.find((d) => ['summary', 'abstract', ''].includes(role(d)));
  const slugline = text(child(meta, 'slugline'));
  const guid = attr(item, 'guid');
  const ownId = guid.startsWith(newsmlGuidPrefix) ? guid.slice(newsmlGuidPrefix.length) : '';

  for (const h of headlines)
    if (h !== kicker && h !== main)
      notes.add(`headline (${attr(h, 'role') || 'other'}): ${text(h)}`);
  for (const d of descriptions)
    if (d !== summary && !(picture && ['caption', 'alternativetext'].includes(role(d))))
      notes.add(`description (${attr(d, 'role') || 'other'}): ${text(d)}`);
  if (slugline && kicker) notes.add(`slugline: ${slugline}`);
  const subjects = elements(meta, 'subject');
  const subjectNames = subjects.map((subject) => text(child(subject, 'name')));
  for (const [index, subject] of subjects.entries()) {
    const name = subjectNames[index]!;
    notes.add(
      `subject: ${[name, attr(subject, 'qcode') || attr(subject, 'literal')].filter(Boolean).join(' ')}`.trim(),
    );
  }
  for (const genre of elements(meta, 'genre'))
    notes.add(`genre: ${text(child(genre, 'name')) || attr(genre, 'qcode')}`);
  const creditline = text(child(meta, 'creditline'));
  if (creditline && !picture) notes.add(`creditline: ${creditline}`);
  const rights = child(item, 'rightsInfo');
  for (const name of picture
    ? ['copyrightHolder', 'usageTerms']
    : ['copyrightHolder', 'copyrightNotice', 'usageTerms'])
    for (const element of elements(rights, name)) {
      const value = text(element);
      if (value) notes.add(`${name}: ${value}`);
    }
  for (const note of elements(itemMeta, 'edNote')) notes.add(`edNote: ${text(note)}`);

  const by = child(meta, 'by');
  const creators = elements(meta, 'creator')
    .map((c) => text(child(c, 'name')))
    .filter(Boolean);
  const locatedElement = child(meta, 'located');
  const located = text(child(locatedElement, 'name'));
  const dateline = child(meta, 'dateline');
  // A located the dateline does not come from is listed, by name and code.
  if (locatedElement && (dateline || !located)) {
    const code = attr(locatedElement, 'qcode') || attr(locatedElement, 'literal');
    const described = [located, code].filter(Boolean).join(' ');
    if (described) notes.add(`located: ${described}`);
  }
  return {
    ...(ownId && articleId.safeParse(ownId).success ? { id: ownId } : {}),
    kicker: kicker ? read(kicker) : slugline,
    headline: read(main),
    standfirst: read(summary),
    byline: by ? read(by) : creators.join(', '),
    dateline: dateline ? read(dateline) : located,
    published: dateTime(text(child(itemMeta, 'embargoed'))),
    status:
      role(child(itemMeta, 'pubStatus') ?? item) === 'usable' ||
      attr(child(itemMeta, 'pubStatus'), 'qcode').endsWith(':usable')
        ? 'ready'
        : 'draft',
    created: dateTime(text(child(itemMeta, 'firstCreated'))),
    updated: dateTime(text(child(itemMeta, 'versionCreated'))),
    keywords: [...elements(meta, 'keyword').map(read), ...subjectNames],
    // contentMeta's <language tag> says what the content is in; xml:lang what the item is written in.
    language: attr(child(meta, 'language'), 'tag') || xmlLang(item),
  };
}

/** inlineData's plain text: blank lines part paragraphs, white space runs fold to one space. */
function inlineDataBody(data: string): BodyJSON {
  const content = data.split(/\n\s*\n/).map((part) => {
    const line = part.trim().replace(htmlSpaceRuns, ' ');
    return line
      ? { type: 'paragraph', content: [{ type: 'text', text: line }] }
      : { type: 'paragraph' };
  });
  return { type: 'doc', content };
}

/** The items of a newsMessage (or the one item), in order. */
function itemsOf(root: Element): Element[] {
  if (localName(root) !== 'newsMessage') return [root];
  return elements(root, 'itemSet').flatMap((set) => elements(set));
}

/** Imports NewsML-G2 2.x text: a newsItem or a newsMessage. */
export function importNewsml(
  source: string,
  options: { now: Date; language?: string | undefined },
): ImportResult {
  const root = parseXml(source, 'the NewsML-G2 file');
  const items = itemsOf(root);
  const notes = new Set<string>();
  // Each item's class is read once: the first text item is the article, picture items its photos.
  let textItem: Element | undefined;
  const pictureItems: Element[] = [];
  for (const candidate of items)
    if (localName(candidate) === 'newsItem') {
      if (isPicture(candidate)) pictureItems.push(candidate);
      else textItem ??= candidate;
    }
  for (const other of items)
    if (other !== textItem && !pictureItems.includes(other))
      notes.add(
        `${localName(other)} ${attr(other, 'guid')} (${itemClass(other) || 'no class'}) was left out`,
      );
  const item = textItem ?? pictureItems[0];
  if (!item) throw new ImportError('the NewsML-G2 file holds no news item');
  const ours = attr(item, 'guid').startsWith(newsmlGuidPrefix);
  const fields = itemFields(item, ours, !textItem, notes);
  const pictures = pictureItems.map((p, index) => ({ item: p, picture: pictureItem(p, index) }));

  if (!textItem) {
    // A lone picture item becomes an article whose lead photo it is, like a ninjs picture.
    const lead = pictures[0]!.picture;
    return wireArticle(
      { ...fields, standfirst: '' },
      emptyBody(),
      { lead, inline: pictures.slice(1).map((p) => p.picture) },
      notes,
      { now: options.now, language: options.language },
    );
  }

  const placed: PictureData[] = [];
  let nitfLead: PictureData | undefined;
  let body: BodyJSON = emptyBody();
  const contentSet = child(item, 'contentSet');
  const inline = child(contentSet, 'inlineXML');
  const nitf = child(inline, 'nitf');
  const xhtml = child(inline, 'html');
  if (nitf) {
    const parts = readNitf(nitf, notes);
    for (const key of ['kicker', 'headline', 'standfirst', 'byline', 'dateline'] as const)
      if (!fields[key]) fields[key] = parts.fields[key];
    fields.keywords = [...(fields.keywords ?? []), ...parts.fields.keywords];
    body = parts.body;
    placed.push(...parts.pictures.inline);
    nitfLead = parts.pictures.lead;
  } else if (xhtml) {
    // Ours names each figure's picture item; an agency's img is matched to a picture item by link.
    const known = (img: Element | undefined) =>
      pictures.find((p) => attr(p.item, 'guid') === attr(img, 'data-item'))?.picture ??
      (ours ? undefined : pictures.find((p) => p.picture.href === attr(img, 'src'))?.picture);
    const xhtmlBody = child(xhtml, 'body');
    if (xhtmlBody)
      body = xmlBody(xhtmlBody, xhtmlVocabulary(placed, known), notes, { exact: ours });
  } else if (inline && elements(inline).length) {
    notes.add(
      `the inline body <${elements(inline)[0]!.nodeName}> is neither NITF nor XHTML and was left out`,
    );
  } else if (!inline) {
    const data = child(contentSet, 'inlineData');
    if (data) body = inlineDataBody(textContent(data));
    else if (contentSet && elements(contentSet).length)
      notes.add(
        `the body (${elements(contentSet)
          .map((e) => attr(e, 'contenttype') || localName(e))
          .join(', ')}) is not inline and was left out`,
      );
  }
  // Ours marks the lead photo's item guid ":lead"; otherwise the first picture not in the body leads.
  const leadEntry = ours
    ? pictures.find((p) => attr(p.item, 'guid').endsWith(':lead'))
    : pictures.find((p) => !placed.includes(p.picture));
  const lead = leadEntry?.picture ?? nitfLead;
  const unplaced = pictures.map((p) => p.picture).filter((p) => p !== lead && !placed.includes(p));
  return wireArticle(fields, body, { lead, inline: [...placed, ...unplaced] }, notes, {
    now: options.now,
    language: options.language,
  });
}
