import type { BodyJSON } from '../../body/schema';

/** Where a piece of the source went: an article field, the lead photo, the body, or nowhere. */
export const placedFields = [
  'kicker',
  'headline',
  'standfirst',
  'byline',
  'dateline',
  'published',
  'caption',
  'credit',
  'photo',
  'body',
  'dropped',
] as const;
export type PlacedField = (typeof placedFields)[number];

/** One line of "what went where": the text taken from the source and why it went there. */
export interface Placement {
  field: PlacedField;
  text: string;
  reason: string;
}

/** The text fields of an article a recogniser fills. */
export interface RecognisedFields {
  kicker: string;
  headline: string;
  standfirst: string;
  byline: string;
  dateline: string;
  /** ISO 8601 with the offset the source gave (`Z` for GMT/UTC), or null. */
  published: string | null;
}

/** The lead photo as the source describes it; `image` is a link found in the source, if any. */
export interface RecognisedPhoto {
  caption: string;
  credit: string;
  image: { src: string; alt: string } | null;
}

/** A pasted or imported article taken apart. */
export interface RecognisedArticle {
  fields: RecognisedFields;
  leadPhoto: RecognisedPhoto | null;
  body: BodyJSON;
  placements: Placement[];
  /** True when the source has an article's shape (a headline above body text), not just paragraphs. */
  isArticle: boolean;
  /** The language the source declares (HTML `lang`), as written there; unchecked. */
  language?: string;
  /** The keywords the source declares (a page's JSON-LD or meta keywords), as written there. */
  keywords?: string[];
}
