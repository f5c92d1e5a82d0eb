import type { ArticleDraft } from '../hooks/use-article-draft';

/** Text with at least three lines: a whole article rather than a word or a sentence. */
export function isWholeArticlePaste(text: string): boolean {
  return text.split(/\r?\n/).filter((line) => line.trim()).length >= 3;
}

/** Nothing typed yet: every text field empty, no time, no photo, and an empty body. */
export function isBlankArticle(draft: ArticleDraft, bodyEmpty: boolean): boolean {
  const { kicker, headline, standfirst, byline, dateline, published, leadPhoto } = draft;
  return (
    bodyEmpty &&
    !kicker &&
    !headline &&
    !standfirst &&
    !byline &&
    !dateline &&
    published === null &&
    leadPhoto === null
  );
}
