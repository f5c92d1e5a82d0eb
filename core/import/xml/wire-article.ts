import {
  ARTICLE_FORMAT,
  InvalidArticleError,
  newArticleId,
  parseArticle,
  type Article,
} from '../../article/article';
import { cleanKeywords } from '../../article/keywords';
import { photoToFigure } from '../../body/figure-photo';
import type { BodyJSON } from '../../body/schema';
import { ImportError, type ImportResult } from '../import-error';
import { importedLanguage } from '../import-options';
import { photoFiles } from '../ninjs-figures';
import type { PictureData } from '../ninjs-pictures';
import { placeWirePictures } from './wire-pictures';

/** The article fields an agency item gives, already as plain text. */
export type WireFields = Pick<
  Article,
  'kicker' | 'headline' | 'standfirst' | 'byline' | 'dateline' | 'published' | 'status'
> & {
  id?: string;
  created: string | null;
  updated: string | null;
  /** The language the item declares (`xml:lang`, NewsML-G2 `language`), '' when none. */
  language?: string;
  /** Keywords and subject names, as the item gives them (cleaned here). */
  keywords?: string[];
};

const limits = { kicker: 500, headline: 1_000, standfirst: 5_000, byline: 500, dateline: 500 };
const limitEntries = Object.entries(limits) as [keyof typeof limits, number][];

/**
 * An article from an agency item's fields, its body (each figure's `src` naming its picture),
 * and its pictures; longer text than a field holds is cut with a note, never refused.
 */
export function wireArticle(
  fields: WireFields,
  parsed: BodyJSON,
  pictures: { lead?: PictureData; inline: PictureData[] },
  notes: Set<string>,
  options: { now: Date; language?: string | undefined },
): ImportResult {
  try {
    const placed = placeWirePictures(parsed, pictures.inline);
    let body = placed.body;
    const unplaced = pictures.inline.filter((p) => !placed.placed.includes(p));
    if (unplaced.length) {
      const content = (body.content ?? []).filter(
        (n) => n.type !== 'paragraph' || n.content?.length,
      );
      body = {
        type: 'doc',
        content: [
          ...content,
          ...unplaced.map((p) => ({ type: 'figure', attrs: photoToFigure(p.photo) })),
        ],
      };
    }
    const used = [...(pictures.lead ? [pictures.lead] : []), ...placed.placed, ...unplaced];
    const files = photoFiles(used, body, false);
    // Formatting a date costs more than most fields: only when the item gives no update time.
    const updated = fields.updated ?? options.now.toISOString();
    const clipped: Partial<Record<keyof typeof limits, string>> = {};
    for (const [field, max] of limitEntries) {
      const value = fields[field];
      if (value.length > max)
        notes.add(`the ${field} was cut to ${max} characters (it had ${value.length})`);
      clipped[field] = value.length > max ? value.slice(0, max) : value;
    }
    const article = parseArticle({
      format: ARTICLE_FORMAT,
      id: fields.id ?? newArticleId(),
      language: importedLanguage(fields.language, options),
      ...clipped,
      keywords: cleanKeywords(fields.keywords ?? []),
      published: fields.published,
      status: fields.status,
      body: files.body,
      leadPhoto: pictures.lead?.photo ?? null,
      created: fields.created ?? updated,
      updated,
    });
    return { article, photos: files.photos, notes: [...notes] };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof RangeError)
      throw new ImportError('could not become an article: its body is nested too deeply');
    const reason =
      error instanceof InvalidArticleError
        ? error.message
        : String((error as Error)?.message ?? error);
    throw new ImportError(`could not become an article: ${reason.split('\n')[0]}`);
  }
}
