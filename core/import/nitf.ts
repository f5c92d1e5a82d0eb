// NITF 3.x read into an article: body.head gives the fields, body.content the body, each media
// element a photo, docdata the dates; what has no place in the article is listed as notes.
import type { Element } from '@xmldom/xmldom';
import { articleId } from '../article/article';
import { dateTime } from './date-time';
import { ImportError, type ImportResult } from './import-error';
import type { PictureData } from './ninjs-pictures';
import { emptyBody, type BodyJSON } from '../body/schema';
import { appendParagraph, link, orderedList, xmlBody, type Vocabulary } from './xml/xml-body';
import { parseXml } from './xml/parse-xml';
import { wireArticle } from './xml/wire-article';
import { wirePicture } from './xml/wire-pictures';
import {
  attr,
  child,
  descendants,
  elements,
  localName,
  text,
  textContent,
  textWithout,
  xmlLang,
} from './xml/xml-dom';

/** The registration source our NITF export writes in doc-id, so our own files keep their id. */
export const nitfRegsrc = 'Newsroom';

const nitfBlocks = new Set([
  'table',
  'nitf-table',
  'pre',
  'fn',
  'dl',
  'hr',
  'bibliography',
  'note',
]);

type Read = (element: Element | null) => string;

/** NITF's photo element as a picture: media-reference, media-caption, media-producer, media-metadata. */
function mediaPicture(media: Element, index: number, read: Read = text): PictureData {
  const reference = child(media, 'media-reference');
  // Our own files keep attribute values as written; an agency's are trimmed.
  const value = (element: Element | null | undefined, name: string) =>
    read === text ? attr(element, name) : (element?.getAttribute(name) ?? '');
  const meta = (name: string) =>
    value(
      elements(media, 'media-metadata').find((m) => attr(m, 'name') === name),
      'value',
    );
  const size = (name: string) => {
    const value = Number(attr(reference, name));
    return Number.isSafeInteger(value) && value > 0 ? value : null;
  };
  return wirePicture(
    attr(reference, 'source') || attr(reference, 'data'),
    {
      caption: read(child(media, 'media-caption')),
      credit: read(child(media, 'media-producer')),
      photographer: meta('photographer'),
      copyright: meta('copyright'),
      altText: value(reference, 'alternate-text'),
      width: size('width'),
      height: size('height'),
    },
    index,
  );
}

/** NITF body.content's elements in the body schema's terms. */
const nitfRules: Vocabulary['rules'] = {
  p: { node: 'paragraph' },
  hl1: { node: 'heading', attrs: { level: 2 } },
  // Our export writes a level-3 subheading as hl2 class="h3".
  hl2: (hl2) => ({
    node: 'heading',
    attrs: { level: /\bh3\b/.test(attr(hl2, 'class')) ? 3 : 2 },
  }),
  ul: { node: 'bulletList' },
  ol: orderedList,
  li: { node: 'listItem' },
  bq: { node: 'blockquote' },
  block: 'unwrap',
  credit: { node: 'paragraph' },
  em: (em) => ({ mark: /\bbold\b/.test(attr(em, 'class')) ? 'bold' : 'italic' }),
  a: link,
  br: { node: 'hardBreak' },
  media: 'media',
};

/** NITF body.content's vocabulary in the body schema's terms. */
function nitfVocabulary(pictures: PictureData[], read: Read, notes: Set<string>): Vocabulary {
  return {
    rules: nitfRules,
    blocks: nitfBlocks,
    media: (media) => {
      const type = attr(media, 'media-type');
      if (type && type !== 'image') {
        notes.add(`a ${type} <media> in the body was left out (an article holds photos only)`);
        return '';
      }
      const picture = mediaPicture(media, pictures.length, read);
      pictures.push(picture);
      return picture.name;
    },
  };
}

/** An agency byline without its "By " and with the title (byttl) after a comma. */
function agencyByline(byline: Element | null): string {
  const title = text(child(byline, 'byttl'));
  const name = textWithout(byline, (e) => localName(e) === 'byttl').replace(/^by\s+/i, '');
  return name || title;
}

/** A dateline's words; a story.date that only repeats its machine-readable norm is left out. */
function agencyDateline(dateline: Element | null): string {
  return textWithout(dateline, (e) => localName(e) === 'story.date' && text(e) === attr(e, 'norm'));
}

/** Reads an `nitf` element (a whole file, or one inside a NewsML-G2 item) into article parts. */
export function readNitf(nitf: Element, notes: Set<string>) {
  const head = child(nitf, 'head');
  const body = child(nitf, 'body');
  const bodyHead = child(body, 'body.head');
  const hedline = child(bodyHead, 'hedline');
  const docdata = child(head, 'docdata');
  const docId = child(docdata, 'doc-id');
  const ownId = attr(docId, 'regsrc') === nitfRegsrc ? attr(docId, 'id-string') : '';
  // Our own files keep every space; an agency's text has its layout white space folded.
  const read = ownId ? textContent : text;
  const subheads = elements(hedline, 'hl2');
  const kickerHead = subheads.find((h) => /\bkicker\b/.test(attr(h, 'class')));
  const abstract = elements(bodyHead, 'abstract').map(read).filter(Boolean).join(' ');
  const hl1 = child(hedline, 'hl1');
  const headline = read(hl1) || text(child(head, 'title'));
  // Agencies repeat the headline as an "original headline" hl2; that is not a subheadline.
  const hl1Text = text(hl1);
  const others = subheads
    .filter((h) => h !== kickerHead && text(h) !== hl1Text)
    .map(read)
    .filter(Boolean);
  const slug = attr(child(docdata, 'du-key'), 'key');
  for (const subhead of abstract ? others : others.slice(1)) notes.add(`subheadline: ${subhead}`);
  if (slug) notes.add(`slugline: ${slug}`);
  const subjects = descendants(head ?? nitf, 'tobject.subject');
  for (const subject of subjects)
    notes.add(
      `subject: ${[attr(subject, 'tobject.subject.matter'), attr(subject, 'tobject.subject.type'), attr(subject, 'tobject.subject.refnum')].filter(Boolean).join(' / ')}`,
    );
  // The subject's most specific name (detail, matter, then type) is kept as a keyword.
  const subjectNames = subjects.map(
    (subject) =>
      attr(subject, 'tobject.subject.detail') ||
      attr(subject, 'tobject.subject.matter') ||
      attr(subject, 'tobject.subject.type'),
  );
  const keywords = [
    ...elements(child(docdata, 'key-list'), 'keyword').map((keyword) =>
      ownId ? (keyword.getAttribute('key') ?? '') : attr(keyword, 'key'),
    ),
    ...subjectNames,
  ];
  for (const name of ['doc.copyright', 'doc.rights', 'ed-msg'] as const)
    for (const element of elements(docdata, name)) {
      const value = [...Array.from(element.attributes ?? [])]
        .map((a) => a.value.trim())
        .filter(Boolean)
        .join(', ');
      if (value) notes.add(`${name}: ${value}`);
    }
  const rights = text(child(bodyHead, 'rights'));
  if (rights) notes.add(`rights: ${rights}`);

  const content = child(body, 'body.content');
  // Ours marks the lead photo class="lead"; in an agency's file a media before any text is the lead.
  const first = elements(content)[0];
  const leadMedia = ownId
    ? elements(content, 'media').find((m) => attr(m, 'class') === 'lead')
    : first && localName(first) === 'media' && attr(first, 'media-type') !== 'video'
      ? first
      : undefined;
  const lead = leadMedia ? mediaPicture(leadMedia, 0, read) : undefined;
  if (leadMedia) content?.removeChild(leadMedia);
  const pictures: PictureData[] = lead ? [lead] : [];
  const vocabulary = nitfVocabulary(pictures, read, notes);
  let parsed: BodyJSON = content
    ? xmlBody(content, vocabulary, notes, { exact: Boolean(ownId) })
    : emptyBody();
  const tagline = text(child(body, 'body.end', 'tagline'));
  if (tagline) parsed = appendParagraph(parsed, tagline);
  const byline = ownId ? read(child(bodyHead, 'byline')) : agencyByline(child(bodyHead, 'byline'));
  const dateline = ownId
    ? read(child(bodyHead, 'dateline'))
    : agencyDateline(child(bodyHead, 'dateline'));
  const status = attr(docdata, 'management-status').toLowerCase() === 'usable' ? 'ready' : 'draft';
  return {
    fields: {
      ...(ownId && articleId.safeParse(ownId).success ? { id: ownId } : {}),
      kicker: kickerHead ? read(kickerHead) : '',
      headline,
      standfirst: abstract || others[0] || '',
      byline,
      dateline,
      published: dateTime(attr(child(docdata, 'date.release'), 'norm')),
      status: status as 'ready' | 'draft',
      language: xmlLang(nitf) || xmlLang(body) || xmlLang(head),
      keywords,
      created: dateTime(attr(child(docdata, 'date.issue'), 'norm')),
      updated: dateTime(attr(elements(head, 'revision-history').at(-1), 'norm')),
    },
    body: parsed,
    pictures: { lead, inline: pictures.filter((p) => p !== lead) },
    ours: Boolean(ownId),
  };
}

/** Imports NITF 3.x text. */
export function importNitf(
  source: string,
  options: { now: Date; language?: string | undefined },
): ImportResult {
  const root = parseXml(source, 'the NITF file');
  if (localName(root) !== 'nitf')
    throw new ImportError(`not NITF: the root element is <${root.nodeName}>`);
  const notes = new Set<string>();
  const parts = readNitf(root, notes);
  return wireArticle(parts.fields, parts.body, parts.pictures, notes, {
    now: options.now,
    language: options.language,
  });
}
