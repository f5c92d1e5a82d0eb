import type { Article } from '../article/article';
import type { Placement } from './recognise/placement';

/** Input that cannot become an article; the message says what is wrong, on one line. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** A photo an imported article refers to: its file name in photos/ and where to get the bytes. */
export interface ImportedPhoto {
  file: string;
  /** An absolute URL, or a path relative to the imported file (our own exports). */
  href: string;
  /** The image itself, when the imported file carries it (a Word document's media). */
  bytes?: Uint8Array;
}

/** An article built from imported data, plus the photos to copy into its folder. */
export interface ImportResult {
  article: Article;
  photos: ImportedPhoto[];
  /** What the source held that the article cannot keep, one line each: never silently lost. */
  notes?: string[];
  /** What went where, for sources taken apart by recognition (pasted text, HTML). */
  placements?: Placement[];
}
