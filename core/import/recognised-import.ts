import { createArticle } from '../article/article';
import { cleanKeywords } from '../article/keywords';
import { blankPhoto } from '../article/photo';
import { ImportError, type ImportResult } from './import-error';
import { importedLanguage, type ImportOptions } from './import-options';
import { fileNameFromHref, toPhotoFileName } from './photo-file-name';
import type { Placement, RecognisedArticle } from './recognise/placement';

/** A link to a file beside the imported one: no scheme, no host, not from the site's root. */
export function isLocalHref(href: string): boolean {
  return (
    !!href && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('/') && !href.startsWith('\\')
  );
}

const quote = (text: string) => `"${text.length > 120 ? `${text.slice(0, 117)}…` : text}"`;

/**
 * A recognised article as an import: the article, its lead photo when the image is a file beside
 * the source (never fetched from the web), and notes for what has no place in it.
 */
export function recognisedImport(
  recognised: RecognisedArticle,
  now: Date,
  options: ImportOptions = {},
): ImportResult & { placements: Placement[] } {
  const { fields, leadPhoto, body, placements } = recognised;
  if (!fields.headline && !placements.some((p) => p.field === 'body'))
    throw new ImportError('no article text found in it');
  const notes: string[] = [];
  const photos: ImportResult['photos'] = [];
  let photo = null;
  const image = leadPhoto?.image;
  if (leadPhoto && image && isLocalHref(image.src)) {
    const file = toPhotoFileName(fileNameFromHref(image.src));
    photos.push({ file, href: image.src });
    photo = {
      ...blankPhoto(file),
      caption: leadPhoto.caption,
      credit: leadPhoto.credit,
      altText: image.alt.slice(0, 2_000),
    };
  } else if (leadPhoto) {
    if (image)
      notes.push(
        `lead photo left out: ${quote(image.src)} is not a file beside the page, and import never fetches from the web`,
      );
    if (leadPhoto.caption)
      notes.push(`lead photo caption, with no photo to go with: ${quote(leadPhoto.caption)}`);
    if (leadPhoto.credit)
      notes.push(`lead photo credit, with no photo to go with: ${quote(leadPhoto.credit)}`);
  }
  const language = importedLanguage(recognised.language, options);
  const keywords = cleanKeywords(recognised.keywords ?? []);
  const article = createArticle({ ...fields, language, keywords, body, leadPhoto: photo }, now);
  return { article, photos, notes, placements };
}
