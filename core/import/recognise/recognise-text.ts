import type { RecognisedArticle } from './placement';
import { plainTextBlocks } from './plain-text-blocks';
import { recogniseBlocks } from './recognise-article';

/** Recognises an article in plain text (pasted from a web page, or agency copy). */
export function recogniseText(text: string, options: { now: Date }): RecognisedArticle {
  return recogniseBlocks(plainTextBlocks(text), { now: options.now });
}
