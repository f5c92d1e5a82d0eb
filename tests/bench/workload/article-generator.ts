import { ARTICLE_FORMAT, type Article } from '../../../core/article/article';
import type { BodyJSON, BodyNodeJSON } from '../../../core/body/schema';
import { Random } from './random';
import { Vocabulary, firstNames, lastNames, places } from './vocabulary';

export const WORKLOAD_SEED = 20261127;
export const PARAGRAPH_WORDS = 60;
export const HEADING_EVERY = 25;
export const FIGURES_PER_ARTICLE = 10;

const vocabulary = new Vocabulary(WORKLOAD_SEED);
const idAlphabet = '0123456789abcdefghjkmnpqrstvwxyz';
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function text(value: string, mark?: 'bold' | 'italic'): BodyNodeJSON {
  return mark
    ? { type: 'text', text: value, marks: [{ type: mark }] }
    : { type: 'text', text: value };
}

/** A 60-word paragraph with one bold and one italic phrase. */
function paragraph(random: Random): BodyNodeJSON {
  const words = vocabulary.phrase(random, PARAGRAPH_WORDS).split(' ');
  const boldAt = 5 + random.int(20);
  const italicAt = 32 + random.int(20);
  const part = (from: number, to: number) => words.slice(from, to).join(' ');
  return {
    type: 'paragraph',
    content: [
      text(capital(part(0, boldAt)) + ' '),
      text(part(boldAt, boldAt + 2), 'bold'),
      text(' ' + part(boldAt + 2, italicAt) + ' '),
      text(part(italicAt, italicAt + 3), 'italic'),
      text(' ' + part(italicAt + 3, PARAGRAPH_WORDS) + '.'),
    ],
  };
}

function person(random: Random): string {
  return `${random.pick(firstNames)} ${random.pick(lastNames)}`;
}

function figure(random: Random, n: number): BodyNodeJSON {
  const photographer = person(random);
  return {
    type: 'figure',
    attrs: {
      src: `photo-${n + 1}.jpg`,
      caption: capital(vocabulary.phrase(random, 14)) + '.',
      credit: `AFP/${photographer}`,
      photographer,
      copyright: `© 2026 AFP`,
      alt: capital(vocabulary.phrase(random, 8)),
      width: 1600,
      height: 1067,
    },
  };
}

/** Body of about `words` words: 60-word paragraphs, an H2 every 25 paragraphs, `figureCount` figures spread evenly. */
export function generateBody(
  random: Random,
  words: number,
  figureCount = FIGURES_PER_ARTICLE,
): BodyJSON {
  const paragraphs = Math.max(1, Math.round(words / PARAGRAPH_WORDS));
  const figureEvery = paragraphs / figureCount;
  const content: BodyNodeJSON[] = [];
  let figures = 0;
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && p % HEADING_EVERY === 0)
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [text(capital(vocabulary.phrase(random, 5)))],
      });
    content.push(paragraph(random));
    while (figures < figureCount && p + 1 >= Math.round((figures + 1) * figureEvery))
      content.push(figure(random, figures++));
  }
  return { type: 'doc', content };
}

/** Where an article's date falls, its body's figures, and the stream of articles it belongs to. */
export interface ArticleShape {
  /** First day articles are dated (UTC). */
  from: number;
  /** How many days after `from` they spread over. */
  days: number;
  figures: number;
  /** Mixed into the seed, so a second stream of articles (the archive) has its own ids. */
  stream: number;
}

const workspaceShape: ArticleShape = {
  from: Date.UTC(2026, 0, 1),
  days: 300,
  figures: FIGURES_PER_ARTICLE,
  stream: 0,
};

/** The archive: six years of a small paper's copy, three photos a story. */
export const archiveShape: ArticleShape = {
  from: Date.UTC(2021, 0, 1),
  days: 6 * 365,
  figures: 3,
  stream: 0x5a17c0de,
};

/** Deterministic article number `n` of about `words` body words. */
export function generateArticle(
  n: number,
  words: number,
  shape: ArticleShape = workspaceShape,
): Article {
  const random = new Random(WORKLOAD_SEED ^ Math.imul(n + 1, 0x9e3779b1) ^ words ^ shape.stream);
  let id = '';
  for (let i = 0; i < 16; i++) id += idAlphabet[random.int(32)];
  const day = new Date(shape.from + random.int(shape.days * 24 * 60) * 60_000).toISOString();
  return {
    format: ARTICLE_FORMAT,
    id,
    language: 'en',
    kicker: capital(vocabulary.phrase(random, 2)),
    headline: capital(vocabulary.phrase(random, 6 + random.int(5))),
    standfirst: capital(vocabulary.phrase(random, 25)) + '.',
    byline: `By ${person(random)}`,
    dateline: random.pick(places),
    keywords: [],
    published: random.int(2) ? day : null,
    status: random.int(3) ? 'draft' : 'ready',
    body: generateBody(random, words, shape.figures),
    leadPhoto: null,
    created: day,
    updated: day,
  };
}

/** The shared vocabulary, for building queries that hit the workload. */
export function workloadVocabulary(): Vocabulary {
  return vocabulary;
}

/** Archive article number `n`: 600–900 words, dated within six years. */
export function generateArchiveArticle(n: number): Article {
  const words = 600 + ((Math.imul(n + 1, 0x2c1b3c6d) >>> 0) % 301);
  return generateArticle(n, words, archiveShape);
}
