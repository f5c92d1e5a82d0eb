// What a web page states about its article: JSON-LD NewsArticle first, then OpenGraph, then meta tags.
import type { Document } from 'happy-dom';
import { parseMachineTime } from './publication-time';
import { collapseSpace } from './source-block';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
const str = (value: unknown): string => (typeof value === 'string' ? collapseSpace(value) : '');

const articleTypes =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/;

export interface PageMeta {
  headline: { value: string; from: string } | null;
  description: { value: string; from: string } | null;
  byline: { value: string; from: string } | null;
  dateline: { value: string; from: string } | null;
  published: { value: string; from: string } | null;
  image: { src: string; alt: string; caption: string; credit: string; from: string } | null;
  siteName: string;
  /** JSON-LD `keywords` (a comma-separated string or a list), else the keywords meta tag. */
  keywords: string[];
}

/** Every JSON-LD object of the page, @graph and arrays flattened; broken blocks are skipped. */
function jsonLdObjects(document: Document): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6) return;
    for (const item of list(value)) {
      if (!isObject(item)) continue;
      found.push(item);
      if (item['@graph']) visit(item['@graph'], depth + 1);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is its own problem; the other sources still count.
    }
  }
  return found;
}

function isArticleType(item: Json): boolean {
  return list(item['@type']).some((type) => typeof type === 'string' && articleTypes.test(type));
}

function names(value: unknown): string {
  return list(value)
    .map((entry) => (isObject(entry) ? str(entry.name) : str(entry)))
    .filter((name) => name && !/^https?:/i.test(name))
    .join(', ');
}

function metaContent(document: Document, ...keys: string[]): string {
  for (const key of keys) {
    const element =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`) ??
      document.querySelector(`meta[itemprop="${key}"]`);
    const value = str(element?.getAttribute('content') ?? '');
    if (value) return value;
  }
  return '';
}

/** The headline, byline, times, description and lead image a page's metadata gives. */
export function readPageMeta(document: Document, now: Date): PageMeta {
  const article = jsonLdObjects(document).find(isArticleType);
  const pick = <T>(...candidates: [T | '' | null | undefined, string][]) => {
    for (const [value, from] of candidates) if (value) return { value, from };
    return null;
  };
  const time = (value: string) => (value ? parseMachineTime(value, now) : null);

  const ldImage = article ? list(article.image)[0] : undefined;
  const ldImageObject = isObject(ldImage) ? ldImage : null;
  const imageSrc =
    str(ldImageObject?.url ?? ldImageObject?.contentUrl ?? ldImage) ||
    metaContent(document, 'og:image', 'og:image:url', 'twitter:image');
  const image = imageSrc
    ? {
        src: imageSrc,
        alt: metaContent(document, 'og:image:alt', 'twitter:image:alt'),
        caption: str(ldImageObject?.caption) || str(ldImageObject?.description),
        credit:
          str(ldImageObject?.creditText) ||
          names(ldImageObject?.creator) ||
          names(ldImageObject?.author),
        from:
          ldImageObject || (ldImage && str(ldImage))
            ? "the page's JSON-LD image"
            : "the page's OpenGraph image",
      }
    : null;

  const bylineMeta = metaContent(
    document,
    'byl',
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'DC.creator',
  );
  return {
    headline: pick(
      [article && str(article.headline), "the page's JSON-LD headline"],
      [
        metaContent(document, 'og:title', 'twitter:title', 'parsely-title'),
        "the page's OpenGraph title",
      ],
    ),
    description: pick(
      [article && str(article.description), "the page's JSON-LD description"],
      [
        metaContent(document, 'og:description', 'twitter:description', 'description'),
        "the page's description meta tag",
      ],
    ),
    byline: pick(
      [article && names(article.author), "the page's JSON-LD author"],
      [
        bylineMeta && !/^https?:/i.test(bylineMeta) ? bylineMeta.replace(/^by\s+/i, '') : '',
        "the page's author meta tag",
      ],
    ),
    dateline: pick([article && str(article.dateline), "the page's JSON-LD dateline"]),
    published: pick(
      [article && time(str(article.datePublished)), "the page's JSON-LD datePublished"],
      [
        time(
          metaContent(
            document,
            'article:published_time',
            'og:published_time',
            'datePublished',
            'parsely-pub-date',
            'sailthru.date',
            'date',
            'pubdate',
            'publish-date',
            'dc.date',
            'DC.date.issued',
            'dcterms.created',
          ),
        ),
        "the page's published-time meta tag",
      ],
    ),
    image,
    siteName: metaContent(document, 'og:site_name', 'application-name'),
    keywords: article?.keywords
      ? list(article.keywords).map((entry) => (isObject(entry) ? str(entry.name) : str(entry)))
      : [metaContent(document, 'keywords', 'news_keywords')],
  };
}
