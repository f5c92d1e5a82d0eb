import { photoToFigure } from '../body/figure-photo';
import {
  ARTICLE_FORMAT,
  articleId,
  InvalidArticleError,
  newArticleId,
  parseArticle,
  type Article,
} from '../article/article';
import { photoFileName, type Photo } from '../article/photo';
import { emptyBody, type BodyJSON, type BodyNodeJSON } from '../body/schema';
import { leadPhotoAssociation, ninjsUriPrefix } from '../export/ninjs';
import { folderPhotoHref } from '../export/photo-href';
import { parseBodyHtml, plainTextBody } from './html-body';
import { ImportError, type ImportedPhoto, type ImportResult } from './import-error';
import { fileNameFromHref, toPhotoFileName, uniqueFileName } from './photo-file-name';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first of `keys` that holds a string (ninjs 1.x/2.x spell keys in lower case, 3.x in camelCase). */
function text(item: Json, ...keys: string[]): string {
  for (const key of keys) {
    const value = item[key];
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return '';
}

interface Part {
  role: string;
  contentType: string;
  value: string;
}

/** headlines / descriptions / bodies in any version's shape: an array of {role, contentType, value}, or a string. */
function parts(value: unknown): Part[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((entry): Part[] => {
    if (typeof entry === 'string') return [{ role: '', contentType: '', value: entry }];
    if (!isObject(entry)) return [];
    const partValue = text(entry, 'value');
    return [
      {
        role: text(entry, 'role').toLowerCase(),
        contentType: text(entry, 'contentType', 'contenttype').toLowerCase(),
        value: partValue,
      },
    ];
  });
}

const isHtmlType = (type: string) => /html|xhtml|xml/.test(type);
const looksLikeHtml = (value: string) => /<\/?[a-z][^>]*>/i.test(value);

function stripTags(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h\d|li|blockquote)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
}

function pick(list: Part[], roles: string[]): Part | undefined {
  for (const role of roles) {
    const found = list.find((part) => part.role === role);
    if (found) return found;
  }
  return undefined;
}

/** A description as plain text: prefers text/plain, strips markup from HTML ones. */
function plain(part: Part | undefined): string {
  if (!part) return '';
  return isHtmlType(part.contentType) || (!part.contentType && looksLikeHtml(part.value))
    ? stripTags(part.value)
    : part.value;
}

function firstPlain(list: Part[], roles: string[]): string {
  const candidates = list.filter((part) => roles.includes(part.role));
  const plainOne = candidates.find((part) => !isHtmlType(part.contentType));
  return plain(plainOne ?? candidates[0]);
}

const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A date-time the article model accepts: kept as written when it already fits, else normalised to UTC. */
function dateTime(value: string): string | null {
  if (!value) return null;
  if (isoWithOffset.test(value) && !Number.isNaN(Date.parse(value))) return value;
  // Agencies send "2013-07-09T10:37:00" (no zone, UTC by convention) or "+0000" offsets.
  const withZone = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(value) ? value + 'Z' : value;
  const time = Date.parse(withZone.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

interface Rendition {
  name: string;
  href: string;
  title: string;
  width: number | null;
  height: number | null;
}

function size(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 1e6 ? n : null;
}

function renditions(value: unknown): Rendition[] {
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((entry) => [isObject(entry) ? text(entry, 'name') : '', entry])
    : isObject(value)
      ? Object.entries(value)
      : [];
  return entries.flatMap(([name, entry]): Rendition[] =>
    isObject(entry)
      ? [
          {
            name,
            href: text(entry, 'href'),
            title: text(entry, 'title'),
            width: size(entry.width),
            height: size(entry.height),
          },
        ]
      : [],
  );
}

const preferredRenditions = ['original', 'highres', 'baseimage', 'main', 'viewimage'];

function bestRendition(list: Rendition[]): Rendition | undefined {
  for (const name of preferredRenditions) {
    const found = list.find((r) => r.name.toLowerCase() === name && (r.href || r.title));
    if (found) return found;
  }
  const withHref = list.filter((r) => r.href);
  return (
    withHref.sort(
      (a, b) => (b.width ?? 0) * (b.height ?? 0) - (a.width ?? 0) * (a.height ?? 0),
    )[0] ?? list[0]
  );
}

interface PictureData {
  name: string;
  photo: Photo;
  href: string;
}

/** Reads a picture (an association, or a picture item itself) into photo metadata. */
function readPicture(item: Json, name: string, ours: boolean, index: number): PictureData {
  const descriptions = parts(item.descriptions);
  const rendition = bestRendition(renditions(item.renditions));
  const credit = (
    Array.isArray(item.infoSources)
      ? item.infoSources
      : Array.isArray(item.infosources)
        ? item.infosources
        : []
  )
    .filter(isObject)
    .find((source) => text(source, 'role').toLowerCase() === 'credit');
  const caption =
    firstPlain(descriptions, ['caption']) ||
    firstPlain(descriptions, ['', 'text', 'summary']) ||
    text(item, 'description_text') ||
    stripTags(text(item, 'description_html'));
  const ownFile = ours && rendition?.title ? rendition.title : '';
  const file = ownFile
    ? photoFileName.safeParse(ownFile).success
      ? ownFile
      : toPhotoFileName(ownFile, `photo-${index + 1}.jpg`)
    : toPhotoFileName(fileNameFromHref(rendition?.href ?? ''), `photo-${index + 1}.jpg`);
  return {
    name,
    href: rendition?.href ?? '',
    photo: {
      file,
      caption,
      credit: credit ? text(credit, 'name') : text(item, 'creditline'),
      photographer: text(item, 'by', 'byline'),
      copyright: text(item, 'copyrightNotice', 'copyrightnotice'),
      altText: firstPlain(descriptions, ['alt', 'alternative', 'alttext']),
      width: rendition?.width ?? null,
      height: rendition?.height ?? null,
      fromFile: [],
    },
  };
}

function associationList(value: unknown): [string, Json][] {
  if (Array.isArray(value))
    return value.filter(isObject).map((entry) => [text(entry, 'name'), entry] as [string, Json]);
  if (isObject(value))
    return Object.entries(value).filter((entry): entry is [string, Json] => isObject(entry[1]));
  return [];
}

const isPicture = (item: Json) => {
  const type = text(item, 'type').toLowerCase();
  return type === 'picture' || type === 'graphic' || (!type && item.renditions !== undefined);
};

/** The body candidates of any ninjs version, best first: HTML before plain text, role main before others. */
function chooseBody(item: Json): { html: string } | { text: string } | null {
  const bodies = parts(item.bodies);
  const legacyHtml = text(item, 'body_html', 'body_xhtml');
  if (legacyHtml) bodies.push({ role: 'main', contentType: 'text/html', value: legacyHtml });
  const legacyText = text(item, 'body_text');
  if (legacyText) bodies.push({ role: 'main', contentType: 'text/plain', value: legacyText });
  const isHtml = (part: Part) =>
    isHtmlType(part.contentType) || (!part.contentType && looksLikeHtml(part.value));
  // Markup beats plain text (it holds more of the story); the main body beats other roles.
  const rank = (part: Part) =>
    (isHtml(part) ? 0 : 2) + (part.role === 'main' || part.role === '' ? 0 : 1);
  const best = [...bodies].sort((a, b) => rank(a) - rank(b))[0];
  if (!best) return null;
  return isHtml(best) ? { html: best.value } : { text: best.value };
}

function mapFigures(
  body: BodyJSON,
  visit: (attrs: Record<string, unknown>, index: number) => Record<string, unknown> | null,
): BodyJSON {
  let index = 0;
  const walk = (node: BodyNodeJSON): BodyNodeJSON[] => {
    if (node.type === 'figure') {
      const attrs = visit(node.attrs ?? {}, index++);
      return attrs ? [{ ...node, attrs }] : [];
    }
    return [node.content ? { ...node, content: node.content.flatMap(walk) } : node];
  };
  const content = (body.content ?? []).flatMap(walk);
  return content.length ? { ...body, content } : emptyBody();
}

const scalarKeys = [
  'uri',
  'type',
  'headline',
  'byline',
  'by',
  'located',
  'versioncreated',
  'versionCreated',
  'firstcreated',
  'firstCreated',
  'embargoed',
  'embargoedUntil',
  'pubstatus',
  'pubStatus',
  'body_html',
  'body_text',
  'body_xhtml',
  'description_text',
  'description_html',
];
const listKeys = ['headlines', 'descriptions', 'bodies', 'associations'];

/** Known top-level keys holding the wrong kind of value (every version's shape is allowed), one message each. */
function typeErrors(data: Json): string[] {
  const kind = (value: unknown) =>
    value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  const errors: string[] = [];
  for (const key of scalarKeys) {
    const value = data[key];
    if (value === undefined || typeof value === 'string') continue;
    // 1.x allowed `headline` as a list of parts too; `version`-like numbers are harmless elsewhere.
    if (key === 'headline' && (Array.isArray(value) || isObject(value))) continue;
    errors.push(`"${key}" should be text, not ${kind(value)}`);
  }
  for (const key of listKeys) {
    const value = data[key];
    if (value === undefined || Array.isArray(value) || isObject(value)) continue;
    if (key !== 'associations' && typeof value === 'string') continue;
    errors.push(`"${key}" should be a list, not ${kind(value)}`);
  }
  return errors;
}

/**
 * Imports ninjs 1.x, 2.x or 3.x as an article: lower-case and camelCase keys, bodies as HTML
 * (parsed into the body schema) or plain text (paragraphs), pictures as the lead photo and figures.
 */
export function importNinjs(data: unknown, options: { now?: Date } = {}): ImportResult {
  if (!isObject(data)) throw new ImportError('not a ninjs document: expected a JSON object');
  const known = [
    'uri',
    'headline',
    'headlines',
    'bodies',
    'body_html',
    'body_text',
    'body_xhtml',
    'type',
    'versioncreated',
    'versionCreated',
  ];
  if (!known.some((key) => key in data))
    throw new ImportError('not a ninjs document: it has no uri, headline, body or type');
  const wrongType = typeErrors(data)[0];
  if (wrongType) throw new ImportError(`not a ninjs document: ${wrongType}`);
  try {
    return buildArticle(data, options.now ?? new Date());
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // A stack overflow here comes from markup nested thousands of levels deep.
    if (error instanceof RangeError)
      throw new ImportError('ninjs could not become an article: its body is nested too deeply');
    const reason =
      error instanceof InvalidArticleError
        ? error.message
        : String((error as Error)?.message ?? error);
    throw new ImportError(`ninjs could not become an article: ${reason.split('\n')[0]}`);
  }
}

function buildArticle(data: Json, now: Date): ImportResult {
  const uri = text(data, 'uri');
  const ownId = uri.startsWith(ninjsUriPrefix) ? uri.slice(ninjsUriPrefix.length) : '';
  const ours = articleId.safeParse(ownId).success;
  const headlines = parts(data.headlines ?? data.headline);
  const descriptions = parts(data.descriptions);
  const itemIsPicture = ['picture', 'graphic'].includes(text(data, 'type').toLowerCase());

  const headline = plain(
    pick(headlines, ['main', '', 'title', 'simple']) ?? headlines.find((h) => h.role !== 'kicker'),
  );
  const kicker = plain(pick(headlines, ['kicker']));
  const standfirst = itemIsPicture
    ? ''
    : firstPlain(descriptions, ['summary', 'abstract']) ||
      firstPlain(descriptions, ['', 'text']) ||
      text(data, 'description_text') ||
      stripTags(text(data, 'description_html'));

  const pictures = associationList(data.associations)
    .filter(([, item]) => isPicture(item))
    .map(([name, item], index) => readPicture(item, name, ours, index));
  let lead: PictureData | undefined;
  if (itemIsPicture) lead = readPicture(data, leadPhotoAssociation, ours, pictures.length);
  else
    lead =
      pictures.find((p) => p.name === leadPhotoAssociation) ?? (ours ? undefined : pictures[0]);
  const others = pictures.filter((p) => p !== lead);

  const chosen = chooseBody(data);
  let body: BodyJSON = !chosen
    ? emptyBody()
    : 'html' in chosen
      ? parseBodyHtml(chosen.html, { exact: ours })
      : plainTextBody(chosen.text);

  const used: PictureData[] = lead ? [lead] : [];
  if (ours) {
    // Our own export: the n-th body figure is association "figure-n" and carries the full metadata.
    body = mapFigures(body, (attrs, index) => {
      const picture = others.find((p) => p.name === `figure-${index + 1}`);
      if (!picture) return attrs;
      used.push(picture);
      return photoToFigure(picture.photo);
    });
  } else {
    body = mapFigures(body, (attrs) => {
      const file = toPhotoFileName(fileNameFromHref(String(attrs.src ?? '')), '');
      const picture = others.find((p) => p.photo.file === file);
      if (!picture) return null;
      used.push(picture);
      return photoToFigure(picture.photo);
    });
    const extra = others.filter((p) => !used.includes(p));
    if (extra.length) {
      used.push(...extra);
      body = {
        ...body,
        content: [
          ...(body.content ?? []),
          ...extra.map((p) => ({ type: 'figure', attrs: photoToFigure(p.photo) })),
        ],
      };
      if (body.content?.length && isEmptyParagraph(body.content[0]!)) body.content.shift();
    }
  }

  // Different pictures must not share a file name once copied into photos/.
  const photos: ImportedPhoto[] = [];
  const taken = new Map<string, string>();
  for (const picture of used) {
    const href = picture.href || (ours ? folderPhotoHref(picture.photo.file) : '');
    const existing = taken.get(picture.photo.file);
    if (existing === undefined) {
      taken.set(picture.photo.file, href);
      photos.push({ file: picture.photo.file, href });
    } else if (existing !== href && !ours) {
      const renamed = uniqueFileName(picture.photo.file, new Set(taken.keys()));
      taken.set(renamed, href);
      photos.push({ file: renamed, href });
      body = mapFigures(body, (attrs) =>
        attrs.src === picture.photo.file && attrs.caption === picture.photo.caption
          ? { ...attrs, src: renamed }
          : attrs,
      );
      picture.photo.file = renamed;
    }
  }

  const stamp = now.toISOString();
  const updated = dateTime(text(data, 'versionCreated', 'versioncreated')) ?? stamp;
  const status =
    text(data, 'pubStatus', 'pubstatus').toLowerCase() === 'usable' ? 'ready' : 'draft';
  const article: Article = parseArticle({
    format: ARTICLE_FORMAT,
    id: ours ? ownId : newArticleId(),
    kicker,
    headline,
    standfirst,
    byline: text(data, 'by', 'byline'),
    dateline: text(data, 'located'),
    published: dateTime(text(data, 'embargoedUntil', 'embargoed')),
    status,
    body,
    leadPhoto: lead ? lead.photo : null,
    created: dateTime(text(data, 'firstCreated', 'firstcreated')) ?? updated,
    updated,
  });
  return { article, photos };
}

function isEmptyParagraph(node: BodyNodeJSON): boolean {
  return node.type === 'paragraph' && !node.content?.length;
}
