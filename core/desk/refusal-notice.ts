import type { ArticlePart } from './refused-split';

const partNames: Record<ArticlePart, string> = {
  kicker: 'the kicker',
  headline: 'the headline',
  standfirst: 'the standfirst',
  byline: 'the byline',
  dateline: 'the dateline',
  language: 'the language',
  keywords: 'the keywords',
  status: 'the status',
  published: 'the publication time',
  created: 'the creation time',
  leadPhoto: 'the lead photo',
  body: 'the body',
};

/**
 * What a person is told when the desk refused their change: what, why and where it was kept.
 * `parts` empty: the desk refused all of their unconfirmed changes to the article.
 */
export function refusalNotice(parts: readonly ArticlePart[], reason: string, file: string): string {
  const names = parts.map((part) => partNames[part]);
  const what =
    names.length === 0
      ? 'Your changes to this article were'
      : `Your change to ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`} was`;
  const kept = names.length === 0 ? 'They were' : 'It was';
  return `${what} not accepted by the desk: ${reason}. ${kept} kept in ${file}.`;
}
