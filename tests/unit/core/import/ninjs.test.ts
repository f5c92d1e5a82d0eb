import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../../../core/article/article';
import { bodyText } from '../../../../core/body/counts';
import { isSafeLinkUrl } from '../../../../core/body/safe-url';
import { bodyNode, type BodyNodeJSON } from '../../../../core/body/schema';
import { exportNinjs, ninjsErrors, serializeNinjs } from '../../../../core/export/ninjs';
import { ImportError } from '../../../../core/import/import-error';
import { importNinjs } from '../../../../core/import/ninjs';
import { article as articleArbitrary } from '../export/article-arbitrary';
import { sampleArticle } from '../export/sample-article';

const referenceDir = path.resolve(__dirname, '../../../../../shared/reference/ninjs-3.1');
const example = (file: string) =>
  JSON.parse(readFileSync(path.join(referenceDir, file), 'utf8')) as unknown;
const now = new Date('2026-01-02T03:04:05.000Z');
// Importer properties run at least 1,000 times in CI.
const IMPORTER_RUNS = process.env.CI ? 1000 : 200;

/** The article as the editor would store it: body normalised by the schema, fromFile cleared (ninjs has no place for it). */
function canonical(article: Article): Article {
  // Exports drop links that are not http(s)/mailto, so the round trip is compared without them.
  const safeLinks = (node: BodyNodeJSON): BodyNodeJSON => ({
    ...node,
    ...(node.content ? { content: node.content.map(safeLinks) } : {}),
    ...(node.marks
      ? {
          marks: node.marks.filter(
            (m) => m.type !== 'link' || isSafeLinkUrl(String(m.attrs?.href)),
          ),
        }
      : {}),
  });
  return parseArticle({
    ...article,
    body: bodyNode(safeLinks(article.body as BodyNodeJSON)).toJSON(),
    leadPhoto: article.leadPhoto ? { ...article.leadPhoto, fromFile: [] } : null,
  });
}

const roundTrip = (article: Article) =>
  importNinjs(JSON.parse(serializeNinjs(exportNinjs(article))));

describe('importNinjs', () => {
  it('gives our own export back as the same article, photos included', () => {
    const original = canonical(sampleArticle());
    const { article, photos } = roundTrip(original);
    expect(article).toEqual(original);
    expect(photos).toEqual([
      { file: 'ferry.jpg', href: 'photos/ferry.jpg' },
      { file: 'quay.jpg', href: 'photos/quay.jpg' },
    ]);
  });

  it('round-trips random articles: import(export(a)) = a and export→import→export is byte-identical (property)', () => {
    fc.assert(
      fc.property(articleArbitrary, (generated) => {
        const original = canonical(generated);
        const first = serializeNinjs(exportNinjs(original));
        const { article } = importNinjs(JSON.parse(first));
        expect(article).toEqual(original);
        expect(serializeNinjs(exportNinjs(article))).toBe(first);
      }),
      { numRuns: 200 },
    );
  }, 180_000);

  it('imports every official 3.1 example', () => {
    const files = readdirSync(referenceDir).filter((f) => /^\d+_.*\.json$/.test(f));
    for (const file of files) {
      const { article } = importNinjs(example(file), { now });
      expect(article.headline, file).not.toBe('');
      expect(ninjsErrors(exportNinjs(article)), file).toEqual([]);
    }
  });

  it('maps the 3.x complex text example: located, by, dates, HTML body over plain text', () => {
    const { article } = importNinjs(example('005_complex_text_article.json'), { now });
    expect(article).toMatchObject({
      headline: 'Captain of wrecked cruise ship on trial in Italy',
      byline: "Paulo Santalucia and Frances d'Emilio",
      dateline: 'Grossetto, Italy',
      created: '2013-07-09T10:37:00Z',
      updated: '2013-07-09T10:37:00Z',
      status: 'draft',
    });
    expect(article.body.content).toHaveLength(4);
    expect(bodyText(article.body)).toMatch(/^GROSSETO, Italy \(AP\)/);
  });

  it('imports a picture item as an article whose lead photo carries caption, photographer and rendition', () => {
    const { article, photos } = importNinjs(example('006_photo_only.json'), { now });
    expect(article.leadPhoto).toMatchObject({
      file: '2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg',
      photographer: 'Paulo Santalucia',
      width: 429,
      height: 281,
    });
    expect(article.leadPhoto!.caption).toMatch(/^The Costa Concordia cruise ship lies on its side/);
    expect(photos[0]!.href).toBe(
      'http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg',
    );
  });

  it('imports ninjs 1.x: lower-case keys, body_html, byline, associations keyed by name', () => {
    const v1 = {
      uri: 'http://wire.example.com/2014/abc',
      type: 'text',
      version: '2',
      versioncreated: '2014-03-02T10:00:00',
      embargoed: '2014-03-02T12:00:00+0100',
      pubstatus: 'usable',
      headline: 'Flood waters recede',
      byline: 'Jo Reporter',
      located: 'YORK',
      description_text: 'Residents return home.',
      body_text: 'ignored because HTML is better',
      body_html:
        '<p>The river <b>fell</b> overnight.</p><script>alert(1)</script><p onclick="x()">Second <a href="javascript:alert(1)">para</a>.</p><img src="x" onerror="alert(1)"><h1>Big</h1><table><tr><td>cell</td></tr></table>',
      associations: {
        main: {
          type: 'picture',
          uri: 'http://wire.example.com/img/1',
          byline: 'Pat Photog',
          description_text: 'The river at dawn.',
          copyrightnotice: '(c) Wire 2014',
          renditions: {
            original: {
              href: 'http://wire.example.com/img/river%20dawn.jpg',
              mimetype: 'image/jpeg',
              width: 3000,
              height: 2000,
            },
          },
        },
      },
    };
    const { article, photos } = importNinjs(v1, { now });
    expect(article).toMatchObject({
      headline: 'Flood waters recede',
      byline: 'Jo Reporter',
      dateline: 'YORK',
      standfirst: 'Residents return home.',
      status: 'ready',
      updated: '2014-03-02T10:00:00.000Z',
      published: '2014-03-02T11:00:00.000Z',
    });
    const html = JSON.stringify(article.body);
    expect(html).not.toMatch(/script|onclick|onerror|javascript/);
    expect(bodyText(article.body)).toBe('The river fell overnight.\nSecond para.\nBig\ncell');
    expect(article.leadPhoto).toMatchObject({
      file: 'river dawn.jpg',
      caption: 'The river at dawn.',
      photographer: 'Pat Photog',
      copyright: '(c) Wire 2014',
      width: 3000,
      height: 2000,
    });
    expect(photos).toEqual([
      { file: 'river dawn.jpg', href: 'http://wire.example.com/img/river%20dawn.jpg' },
    ]);
  });

  it('imports ninjs 2.x: headlines/bodies arrays with lower-case contenttype, by, infosources credit', () => {
    const v2 = {
      uri: 'urn:agency:2019:77',
      type: 'text',
      versioncreated: '2019-05-01T08:00:00Z',
      firstcreated: '2019-05-01T07:00:00Z',
      headlines: [{ role: 'main', contenttype: 'text/plain', value: 'Budget passes' }],
      descriptions: [{ role: 'summary', contenttype: 'text/plain', value: 'A narrow vote.' }],
      by: 'Sam Hill',
      bodies: [
        {
          role: 'main',
          contenttype: 'text/plain',
          value: 'First paragraph.\n\nSecond\nparagraph.',
        },
      ],
      associations: {
        photo1: {
          type: 'picture',
          uri: 'urn:agency:img:1',
          descriptions: [{ role: 'caption', value: 'MPs vote.' }],
          infosources: [{ name: 'Agency/Pool', role: 'credit' }],
          renditions: {
            highres: { href: 'https://img.example.org/a/vote.png', width: 800, height: 600 },
          },
        },
        photo2: {
          type: 'picture',
          uri: 'urn:agency:img:2',
          renditions: { highres: { href: 'https://img.example.org/b/vote.png' } },
        },
      },
    };
    const { article, photos } = importNinjs(v2, { now });
    expect(article).toMatchObject({
      headline: 'Budget passes',
      standfirst: 'A narrow vote.',
      byline: 'Sam Hill',
      created: '2019-05-01T07:00:00Z',
      status: 'draft',
    });
    expect(bodyText(article.body)).toBe('First paragraph.\nSecond paragraph.');
    expect(article.leadPhoto).toMatchObject({
      file: 'vote.png',
      caption: 'MPs vote.',
      credit: 'Agency/Pool',
    });
    expect(photos).toEqual([
      { file: 'vote.png', href: 'https://img.example.org/a/vote.png' },
      { file: 'vote-2.png', href: 'https://img.example.org/b/vote.png' },
    ]);
    const figure = article.body.content!.at(-1)!;
    expect(figure).toMatchObject({ type: 'figure', attrs: { src: 'vote-2.png' } });
  });

  it('imports 3.x camelCase with contentType and keeps only safe links', () => {
    const { article } = importNinjs(
      {
        uri: 'https://example.org/item/1',
        headlines: [{ value: 'Plain' }],
        bodies: [
          {
            contentType: 'text/html',
            value:
              '<p><a href="https://ok.example/" target="_blank" class="x">ok</a> <a href=" jAvAsCrIpT:alert(1)">bad</a></p>',
          },
        ],
      },
      { now },
    );
    const marks = JSON.stringify(article.body);
    expect(marks).toContain('"href":"https://ok.example/"');
    expect(marks).not.toContain('_blank');
    expect(marks).not.toMatch(/javascript/i);
    expect(article.created).toBe(now.toISOString());
  });

  it('gives an imported agency article back after export and re-import (official examples)', () => {
    const files = readdirSync(referenceDir).filter((f) => /^\d+_.*\.json$/.test(f));
    for (const file of files) {
      const { article } = importNinjs(example(file), { now });
      const exported = serializeNinjs(exportNinjs(article));
      const again = importNinjs(JSON.parse(exported));
      expect(again.article, file).toEqual(article);
      expect(serializeNinjs(exportNinjs(again.article)), file).toBe(exported);
    }
  });

  it('parses any pasted or agency HTML into a valid body (property)', () => {
    const tags = fc.constantFrom(
      'p',
      'b',
      'i',
      'a',
      'h1',
      'h2',
      'h3',
      'h4',
      'ul',
      'ol',
      'li',
      'blockquote',
      'br',
      'figure',
      'img',
      'script',
      'style',
      'table',
      'td',
      'div',
      'span',
      'em',
      'strong',
    );
    const html = fc.array(
      fc.oneof(
        tags.map((t) => `<${t}>`),
        tags.map((t) => `</${t}>`),
        fc.constantFrom(
          '<a href="javascript:x">',
          '<a href="https://ok.example/">',
          '<img src=x onerror=alert(1)>',
          '&amp;',
          '&lt;',
          '\n',
          '  ',
        ),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(html, (parts) => {
        const { article } = importNinjs(
          {
            uri: 'https://x.example/1',
            bodies: [{ contentType: 'text/html', value: parts.join('') }],
          },
          { now },
        );
        expect(() => bodyNode(article.body)).not.toThrow();
        expect(JSON.stringify(article.body)).not.toMatch(/javascript:|onerror/);
        // And an imported article survives its own export and re-import unchanged.
        expect(importNinjs(JSON.parse(serializeNinjs(exportNinjs(article)))).article).toEqual(
          article,
        );
      }),
      { numRuns: IMPORTER_RUNS },
    );
  }, 600_000);

  it('refuses what is not ninjs with a clear error', () => {
    expect(() => importNinjs(null)).toThrow(
      new ImportError('not a ninjs document: expected a JSON object'),
    );
    expect(() => importNinjs([1, 2])).toThrow(ImportError);
    expect(() => importNinjs({ hello: 'world' })).toThrow(
      'not a ninjs document: it has no uri, headline, body or type',
    );
    expect(() => importNinjs({ headline: 'x'.repeat(5000) })).toThrow(
      /^ninjs could not become an article: headline/,
    );
  });

  it('never crashes on hostile or malformed input (property)', () => {
    const ninjsish = fc.dictionary(
      fc.constantFrom(
        'uri',
        'headline',
        'headlines',
        'bodies',
        'body_html',
        'body_text',
        'associations',
        'versioncreated',
        'versionCreated',
        'by',
        'located',
        'descriptions',
        'type',
        'pubStatus',
        'embargoedUntil',
      ),
      fc.oneof(fc.jsonValue(), fc.string(), fc.constant('<p>x</p><script>alert(1)</script>')),
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), ninjsish), (data) => {
        try {
          const { article } = importNinjs(data, { now });
          expect(parseArticle(article)).toEqual(article);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as Error).message).not.toContain('\n');
        }
      }),
      { numRuns: IMPORTER_RUNS },
    );
  }, 600_000);
});
