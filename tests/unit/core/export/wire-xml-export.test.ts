import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../../../core/article/article';
import { isSafeLinkUrl } from '../../../../core/body/safe-url';
import type { BodyNodeJSON } from '../../../../core/body/schema';
import { exportNewsml } from '../../../../core/export/newsml';
import { exportNitf } from '../../../../core/export/nitf';
import { xmlText } from '../../../../core/export/xml-writer';
import { importFile } from '../../../../core/import/import-file';
import { hostileArticle, payloads } from '../../../e2e/hostile-corpus';
import { cleanKeywords } from '../../../../core/article/keywords';
import { article as articleArbitrary } from './article-arbitrary';
import { exportableArticle } from './exportable-article';
import { sampleArticle } from './sample-article';
import { iptcSchemas, xmllintSchema } from './xmllint';

const formats = {
  newsml: { write: exportNewsml, file: 'article.newsml.xml', schema: iptcSchemas.newsml },
  nitf: { write: exportNitf, file: 'article.nitf.xml', schema: iptcSchemas.nitf },
} as const;
type Format = keyof typeof formats;
const now = new Date('2026-01-02T03:04:05.000Z');
const fixtures = path.resolve(import.meta.dirname, '../../../fixtures');

/** Every string with what XML 1.0 cannot carry dropped (the CLI and app export do the same). */
function xmlStrings<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map(xmlStrings) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlStrings(v)])) as T;
  return value;
}

/** NewsML-G2's creditline and creator name hold no tab or line break: they become spaces. */
function singleLinePhotoFields(article: Article): Article {
  const flat = (s: string) => s.replace(/[\t\n\r]/g, ' ');
  const fix = (node: BodyNodeJSON): BodyNodeJSON => ({
    ...node,
    ...(node.type === 'figure'
      ? {
          attrs: {
            ...node.attrs,
            credit: flat(String(node.attrs?.credit ?? '')),
            photographer: flat(String(node.attrs?.photographer ?? '')),
          },
        }
      : {}),
    ...(node.content ? { content: node.content.map(fix) } : {}),
  });
  return {
    ...article,
    body: fix(article.body as BodyNodeJSON) as Article['body'],
    leadPhoto: article.leadPhoto && {
      ...article.leadPhoto,
      credit: flat(article.leadPhoto.credit),
      photographer: flat(article.leadPhoto.photographer),
    },
  };
}

/**
 * What an export can carry: links other than http(s)/mailto are dropped (text kept), photo
 * metadata read from files is not marked, characters XML cannot hold are dropped.
 */
function canonical(input: Article, format: Format = 'nitf'): Article {
  const xmlSafe = xmlStrings(input);
  // A keyword left empty or padded by what XML drops is cleaned on import, as any agency's is.
  const stripped = { ...xmlSafe, keywords: cleanKeywords(xmlSafe.keywords) };
  const article = format === 'newsml' ? singleLinePhotoFields(stripped) : stripped;
  return exportableArticle(article);
}

async function reimport(format: Format, xml: string) {
  const file = formats[format].file;
  const result = await importFile({ name: file, bytes: new TextEncoder().encode(xml) }, { now });
  expect(result.format).toBe(format);
  return result;
}

/** Real articles: the sample, the format-1 file, and what the agency and pasted fixtures import as. */
async function realArticles(): Promise<Record<string, Article>> {
  const articles: Record<string, Article> = {
    sample: sampleArticle(),
    'numbered list from 3': sampleArticle({
      leadPhoto: null,
      body: {
        type: 'doc',
        content: [
          {
            type: 'orderedList',
            attrs: { start: 3, type: null },
            content: [
              {
                type: 'listItem',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Third' }] }],
              },
            ],
          },
        ],
      },
    }),
    'format-1': parseArticle(
      JSON.parse(readFileSync(path.join(fixtures, 'format-1/article.json'), 'utf8')),
    ),
  };
  const sources = [
    ...readdirSync(path.join(fixtures, 'wire/iptc'))
      .filter((f) => f.endsWith('.xml'))
      .map((f) => `wire/iptc/${f}`),
    ...readdirSync(path.join(fixtures, 'wire/superdesk'))
      .filter((f) => f.endsWith('.xml'))
      .map((f) => `wire/superdesk/${f}`),
    ...readdirSync(path.join(fixtures, 'paste'))
      .filter((f) => /\.(txt|html)$/.test(f))
      .map((f) => `paste/${f}`),
  ];
  for (const source of sources) {
    const imported = await importFile(
      { name: path.basename(source), bytes: readFileSync(path.join(fixtures, source)) },
      { now },
    ).catch(() => null);
    if (imported) articles[source] = imported.article;
  }
  return articles;
}

describe.each(Object.keys(formats) as Format[])('%s export', (format) => {
  const { write, schema } = formats[format];

  it('validates against the official IPTC schema: real articles', async () => {
    const articles = await realArticles();
    expect(Object.keys(articles).length).toBeGreaterThanOrEqual(15);
    const documents = Object.fromEntries(
      Object.entries(articles).map(([name, article]) => [name, write(article)]),
    );
    const errors = await xmllintSchema(schema, documents);
    expect(Object.entries(errors).filter(([, e]) => e.length)).toEqual([]);
  });

  it('validates random articles (property sample)', async () => {
    const documents = Object.fromEntries(
      fc.sample(articleArbitrary, 60).map((article, i) => [`random ${i}`, write(article)]),
    );
    const errors = await xmllintSchema(schema, documents);
    expect(Object.entries(errors).filter(([, e]) => e.length)).toEqual([]);
  });

  it('validates with every hostile payload in every field, which comes back as text', async () => {
    const documents = Object.fromEntries(payloads.map((p) => [p, write(hostileArticle(p))]));
    const errors = await xmllintSchema(schema, documents);
    expect(Object.entries(errors).filter(([, e]) => e.length)).toEqual([]);
    for (const p of payloads) {
      const { article } = await reimport(format, documents[p]!);
      const expected = canonical(hostileArticle(p), format);
      for (const field of ['kicker', 'headline', 'standfirst', 'byline', 'dateline'] as const)
        expect(article[field], `${field} of ${JSON.stringify(p)}`).toBe(expected[field]);
      const { file: _file, ...leadFields } = expected.leadPhoto!;
      expect(article.leadPhoto).toMatchObject(leadFields);
      expect(links(article.body).every(isSafeLinkUrl)).toBe(true);
      expect(bodyText(article.body), JSON.stringify(p)).toBe(bodyText(expected.body));
    }
  }, 120_000);

  it('gives the same article back through the importer: real articles', async () => {
    const articles = await realArticles();
    for (const [name, article] of Object.entries(articles)) {
      const original = canonical(article, format);
      const xml = write(original);
      const { article: back, photos } = await reimport(format, xml);
      expect(back, name).toEqual(original);
      expect(write(back), name).toBe(xml);
      expect(photos.map((p) => p.href)).toEqual(
        photos.map((p) => `photos/${encodeURIComponent(p.file)}`),
      );
    }
  });

  it('round-trips random articles: import(export(a)) = a (property)', async () => {
    await fc.assert(
      fc.asyncProperty(articleArbitrary, async (generated) => {
        const original = canonical(generated, format);
        const { article } = await reimport(format, write(original));
        expect(article).toEqual(original);
      }),
      { numRuns: process.env.CI ? 300 : 60 },
    );
  }, 180_000);
});

/** Every link address in a body. */
function links(node: BodyNodeJSON): string[] {
  return [
    ...(node.marks ?? []).filter((m) => m.type === 'link').map((m) => String(m.attrs?.href)),
    ...(node.content ?? []).flatMap(links),
  ];
}

/** The body's text, node by node, as one string. */
function bodyText(body: { content?: BodyNodeJSON[] }): string {
  const out: string[] = [];
  const walk = (node: BodyNodeJSON) => {
    if (node.text) out.push(node.text);
    if (node.type === 'figure')
      out.push(
        ['caption', 'credit', 'photographer', 'copyright', 'alt']
          .map((k) => String(node.attrs?.[k] ?? ''))
          .join('|'),
      );
    node.content?.forEach(walk);
    if (node.type !== 'text') out.push('\n');
  };
  (body.content ?? []).forEach(walk);
  return out.join('');
}
