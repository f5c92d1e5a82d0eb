// NITF 3.x read into an article: body.head gives the fields, body.content the body, each media
// element a photo, docdata the dates; what has no place in the article is listed as notes.
import type { Element } from '@xmldom/xmldom';
import { articleId } from '../article/article';
import { escapeHtml } from '../export/escape';
import { dateTime } from './date-time';
import { ImportError, type ImportResult } from './import-error';
import type { PictureData } from './ninjs-pictures';
import { bodyMarkup, linkAttrs, listStart, type Vocabulary } from './xml/body-markup';
import { parseXml } from './xml/parse-xml';
import { wireArticle } from './xml/wire-article';
import { pictureToken, wirePicture } from './xml/wire-pictures';
import { attr, child, descendants, elements, localName, text, xmlLang } from './xml/xml-dom';

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

/** NITF body.content's vocabulary in body-schema HTML. */
function nitfVocabulary(pictures: PictureData[], read: Read): Vocabulary {
  return {
    rules: {
      p: { tag: 'p' },
      hl1: { tag: 'h2' },
      // Our export writes a level-3 subheading as hl2 class="h3".
      hl2: { tag: (hl2) => (/\bh3\b/.test(attr(hl2, 'class')) ? 'h3' : 'h2') },
      ul: { tag: 'ul' },
      ol: { tag: 'ol', attrs: listStart },
      li: { tag: 'li' },
      bq: { tag: 'blockquote' },
      block: 'unwrap',
      credit: { tag: 'p' },
      em: { tag: (em) => (/\bbold\b/.test(attr(em, 'class')) ? 'strong' : 'em') },
      a: { tag: 'a', attrs: linkAttrs },
      br: { tag: 'br' },
      media: 'media',
    },
    blocks: nitfBlocks,
    media: (media) => {
      if (attr(media, 'media-type') && attr(media, 'media-type') !== 'image') return '';
      const picture = mediaPicture(media, pictures.length, read);
      pictures.push(picture);
      return pictureToken(picture);
    },
  };
}

/** An agency byline without its "By " and with the title (byttl) after a comma. */
function agencyByline(byline: Element | null): string {
  const title = text(child(byline, 'byttl'));
  const clone = byline?.cloneNode(true) as Element | undefined;
  for (const byttl of elements(clone, 'byttl')) clone?.removeChild(byttl);
  const name = text(clone).replace(/^by\s+/i, '');
  return name || title;
}

/** A dateline's words; a story.date that only repeats its machine-readable norm is left out. */
function agencyDateline(dateline: Element | null): string {
  const clone = dateline?.cloneNode(true) as Element | undefined;
  for (const date of elements(clone, 'story.date'))
    if (text(date) === attr(date, 'norm')) clone?.removeChild(date);
  return text(clone);
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
  const read = ownId ? (e: Element | null) => e?.textContent ?? '' : text;
  const subheads = elements(hedline, 'hl2');
  const kickerHead = subheads.find((h) => /\bkicker\b/.test(attr(h, 'class')));
  const abstract = elements(bodyHead, 'abstract').map(read).filter(Boolean).join(' ');
  const headline = read(child(hedline, 'hl1')) || text(child(head, 'title'));
  // Agencies repeat the headline as an "original headline" hl2; that is not a subheadline.
  const others = subheads
    .filter((h) => h !== kickerHead && text(h) !== text(child(hedline, 'hl1')))
    .map(read)
    .filter(Boolean);
  const slug = attr(child(docdata, 'du-key'), 'key');
  for (const subhead of abstract ? others : others.slice(1)) notes.add(`subheadline: ${subhead}`);
  if (slug) notes.add(`slugline: ${slug}`);
  for (const subject of descendants(head ?? nitf, 'tobject.subject'))
    notes.add(
      `subject: ${[attr(subject, 'tobject.subject.matter'), attr(subject, 'tobject.subject.type'), attr(subject, 'tobject.subject.refnum')].filter(Boolean).join(' / ')}`,
    );
  for (const keyword of descendants(head ?? nitf, 'keyword'))
    if (attr(keyword, 'key')) notes.add(`keyword: ${attr(keyword, 'key')}`);
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
  const vocabulary = nitfVocabulary(pictures, read);
  let html = content ? bodyMarkup(content, vocabulary, notes) : '';
  const tagline = text(child(body, 'body.end', 'tagline'));
  if (tagline) html += `<p>${escapeHtml(tagline)}</p>`;
  const byline = ownId ? read(child(bodyHead, 'byline')) : agencyByline(child(bodyHead, 'byline'));
  const dateline = ownId
    ? read(child(bodyHead, 'dateline'))
    : agencyDateline(child(bodyHead, 'dateline'));
  const status = attr(docdata, 'management-status').toLowerCase() === 'usable' ? 'ready' : 'draft';
  return {
    fields: {
      ...(articleId.safeParse(ownId).success ? { id: ownId } : {}),
      kicker: kickerHead ? read(kickerHead) : '',
      headline,
      standfirst: abstract || others[0] || '',
      byline,
      dateline,
      published: dateTime(attr(child(docdata, 'date.release'), 'norm')),
      status: status as 'ready' | 'draft',
      language: xmlLang(nitf) || xmlLang(body) || xmlLang(head),
      created: dateTime(attr(child(docdata, 'date.issue'), 'norm')),
      updated: dateTime(attr(elements(head, 'revision-history').at(-1), 'norm')),
    },
    html,
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
  return wireArticle(parts.fields, parts.html, parts.pictures, notes, {
    now: options.now,
    exact: parts.ours,
    language: options.language,
  });
}
