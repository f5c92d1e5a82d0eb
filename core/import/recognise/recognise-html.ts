// HTML, pasted or saved as a page: Readability finds the story in a page, the page's metadata
// names its parts, and the block recogniser places the rest.
import { Readability } from '@mozilla/readability';
import type { Document, Element } from 'happy-dom';
import { declaredLanguage } from './declared-language';
import { htmlBlocks } from './html-blocks';
import { withHtmlDocument } from './html-document';
import { readPageMeta, type PageMeta } from './page-meta';
import type { RecognisedArticle } from './placement';
import { recogniseBlocks, type KnownParts } from './recognise-article';
import { collapseSpace, type SourceBlock } from './source-block';

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** A whole page (as saved by a browser) rather than a fragment copied out of one. */
const isWholePage = (html: string) => /<(?:html|head|title)[\s>]/i.test(html.slice(0, 5_000));

/** The story's part of a page, through Readability; null when it finds none. */
function readableContent(
  document: Document,
): { root: Element; title: string; byline: string } | null {
  // Readability changes the document it reads: the page's metadata is read before.
  const found = new Readability(document as unknown as ReadabilityDocument, {
    keepClasses: true,
    charThreshold: 300,
  }).parse();
  if (!found?.content) return null;
  const holder = document.createElement('div');
  holder.innerHTML = found.content;
  return {
    root: holder,
    title: collapseSpace(found.title ?? ''),
    byline: collapseSpace(found.byline ?? ''),
  };
}

const startsLike = (text: string, prefix: string) => {
  const a = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const b = prefix
    .toLowerCase()
    .replace(/[…]|\.\.\.$/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return b.length > 0 && a.startsWith(b);
};

/** A title without the site's name the page appends to it ("Headline | Site"). */
function withoutSiteName(title: string, site: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts.at(-1)!;
  return site && last.toLowerCase().includes(site.toLowerCase().slice(0, 8))
    ? parts.slice(0, -1).join(' - ')
    : title;
}

function knownFromMeta(
  meta: PageMeta,
  readable: { title: string; byline: string } | null,
  blocks: SourceBlock[],
): KnownParts {
  const known: KnownParts = {};
  if (meta.headline?.from.includes('JSON-LD'))
    known.headline = { value: meta.headline.value, reason: `from ${meta.headline.from}` };
  else if (readable?.title)
    known.headline = {
      value: readable.title,
      reason: "the page's title (as Readability reads it)",
    };
  else if (meta.headline)
    known.headline = {
      value: withoutSiteName(meta.headline.value, meta.siteName),
      reason: `from ${meta.headline.from}`,
    };
  // A visible byline beats the author meta tags (pages leave stale names there); JSON-LD beats both.
  const ldByline = meta.byline?.from.includes('JSON-LD') ? meta.byline : null;
  const visible = readable?.byline.replace(/^by\s+/i, '') ?? '';
  const byline = ldByline
    ? { value: ldByline.value, reason: `from ${ldByline.from}` }
    : visible
      ? { value: visible, reason: "the page's byline (as Readability reads it)" }
      : meta.byline && { value: meta.byline.value, reason: `from ${meta.byline.from}` };
  if (byline && byline.value.length <= 200) known.byline = byline;
  if (meta.dateline)
    known.dateline = { value: meta.dateline.value, reason: `from ${meta.dateline.from}` };
  if (meta.published)
    known.published = { value: meta.published.value, reason: `from ${meta.published.from}` };
  // A description that only repeats the opening paragraph is a teaser, not a standfirst.
  const description = meta.description?.value ?? '';
  if (
    description &&
    !blocks.slice(0, 6).some((block) => startsLike(block.text, description.slice(0, 120)))
  )
    known.standfirst = { value: description, reason: `from ${meta.description!.from}` };
  if (meta.image)
    known.leadPhoto = {
      caption: meta.image.caption,
      credit: meta.image.credit,
      image: { src: meta.image.src, alt: meta.image.alt },
      reason: `from ${meta.image.from}`,
    };
  return known;
}

/** Recognises an article in HTML: a saved page through Readability and its metadata, a fragment as it is. */
export function recogniseHtml(html: string, options: { now: Date }): RecognisedArticle {
  return withHtmlDocument(html, (document) => {
    const page = isWholePage(html);
    const meta = page ? readPageMeta(document, options.now) : null;
    const readable = page ? readableContent(document) : null;
    const root = readable?.root ?? document.body;
    const blocks = root ? htmlBlocks(root as Element) : [];
    const known = meta ? knownFromMeta(meta, readable, blocks) : undefined;
    const recognised = recogniseBlocks(blocks, { now: options.now, ...(known ? { known } : {}) });
    const language = declaredLanguage(document);
    return {
      ...recognised,
      ...(language ? { language } : {}),
      ...(meta?.keywords.length ? { keywords: meta.keywords } : {}),
    };
  });
}
