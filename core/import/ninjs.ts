// ninjs 1.x, 2.x and 3.x read back into an article. The item's own fields are mapped here; the
// shape check, the pictures and their figures live in the ninjs-*.ts files beside this one.
import {
  ARTICLE_FORMAT,
  articleId,
  InvalidArticleError,
  newArticleId,
  parseArticle,
  type Article,
} from '../article/article';
import { cleanKeywords } from '../article/keywords';
import { emptyBody, type BodyJSON } from '../body/schema';
import { leadPhotoAssociation, ninjsUriPrefix } from '../export/ninjs';
import { dateTime } from './date-time';
import { parseBodyHtml, plainTextBody } from './html-body';
import { ImportError, type ImportResult } from './import-error';
import { importedLanguage, type ImportOptions } from './import-options';
import { photoFiles, placePictures } from './ninjs-figures';
import {
  chooseBody,
  firstPlain,
  keywordNames,
  parts,
  pick,
  plain,
  stripTags,
  text,
  type Json,
} from './ninjs-fields';
import { associationList, isPicture, readPicture, type PictureData } from './ninjs-pictures';
import { assertNinjsShape } from './ninjs-shape';

/**
 * Imports ninjs 1.x, 2.x or 3.x as an article: lower-case and camelCase keys, bodies as HTML
 * (parsed into the body schema) or plain text (paragraphs), pictures as the lead photo and figures.
 */
export function importNinjs(data: unknown, options: ImportOptions = {}): ImportResult {
  assertNinjsShape(data);
  try {
    return buildArticle(data, options);
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

function buildArticle(data: Json, options: ImportOptions): ImportResult {
  const now = options.now ?? new Date();
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
  const parsed: BodyJSON = !chosen
    ? emptyBody()
    : 'html' in chosen
      ? parseBodyHtml(chosen.html, { exact: ours })
      : plainTextBody(chosen.text);
  const placed = placePictures(parsed, lead, others, ours);
  const { body, photos } = photoFiles(placed.used, placed.body, ours);

  const stamp = now.toISOString();
  const updated = dateTime(text(data, 'versionCreated', 'versioncreated')) ?? stamp;
  const status =
    text(data, 'pubStatus', 'pubstatus').toLowerCase() === 'usable' ? 'ready' : 'draft';
  const article: Article = parseArticle({
    format: ARTICLE_FORMAT,
    id: ours ? ownId : newArticleId(),
    language: importedLanguage(text(data, 'language'), options),
    kicker,
    headline,
    standfirst,
    byline: text(data, 'by', 'byline'),
    dateline: text(data, 'located'),
    keywords: cleanKeywords(keywordNames(data)),
    published: dateTime(text(data, 'embargoedUntil', 'embargoed')),
    status,
    body,
    leadPhoto: lead ? lead.photo : null,
    created: dateTime(text(data, 'firstCreated', 'firstcreated')) ?? updated,
    updated,
  });
  return { article, photos };
}
