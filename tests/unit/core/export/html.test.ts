import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { cleanKeywords } from '../../../../core/article/keywords';
import { describe, expect, it } from 'vitest';
import { bodyNode, type BodyJSON } from '../../../../core/body/schema';
import { exportHtml } from '../../../../core/export/html';
import { folderPhotoHref } from '../../../../core/export/photo-href';
import { exportStylesheet, exportStylesheetHash } from '../../../../core/export/stylesheet';
import { article as articleArbitrary } from './article-arbitrary';
import { htmlErrors } from './html-validator';
import { sampleArticle } from './sample-article';

const folder = { form: 'folder' as const, photoHref: folderPhotoHref };

function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!) as Record<string, unknown>;
}

const para = (
  text: string,
  marks?: { type: string; attrs?: Record<string, unknown> }[],
): BodyJSON =>
  bodyNode({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] },
    ],
  }).toJSON() as BodyJSON;

describe('exportHtml', () => {
  it('writes a standalone document that html-validate accepts with zero errors', async () => {
    const html = exportHtml(sampleArticle(), folder);
    expect(await htmlErrors(html)).toEqual([]);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain('<title>Ferry strike ends after three days</title>');
    expect(html).toContain('<p class="kicker">Harbour</p>');
    expect(html).toContain('<h1>Ferry strike ends after three days</h1>');
    expect(html).toContain(
      '<p class="standfirst">Crews accept a 4% pay rise; timetables back to normal on Monday.</p>',
    );
    expect(html).toContain('<p class="byline">Ana Sousa</p>');
    expect(html).toContain(
      '<span class="dateline">LISBON</span> · <time datetime="2026-11-27T18:05:00+01:00">27 November 2026, 18:05 UTC+01:00</time>',
    );
  });

  it('renders photos as figures with alt, size, caption and a separate credit element', () => {
    const html = exportHtml(sampleArticle(), folder);
    expect(html).toContain(
      '<figure class="photo lead"><img src="photos/ferry.jpg" alt="A white ferry on a blue river" width="1600" height="1067"><figcaption><span class="caption">A ferry leaves Cais do Sodré</span> <span class="credit">Ana Sousa/Newsroom</span> <small class="copyright">© 2026 Newsroom</small></figcaption></figure>',
    );
    expect(html).toContain(
      '<img src="photos/quay.jpg" alt="Ferry crews standing on a quay" width="1200" height="800">',
    );
  });

  it('describes the article as a JSON-LD NewsArticle with ImageObjects', () => {
    const data = jsonLd(exportHtml(sampleArticle(), folder));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Ferry strike ends after three days',
      description: 'Crews accept a 4% pay rise; timetables back to normal on Monday.',
      datePublished: '2026-11-27T18:05:00+01:00',
      dateModified: '2026-11-27T17:30:00.000Z',
      author: [{ '@type': 'Person', name: 'Ana Sousa' }],
      dateline: 'LISBON',
      keywords: ['ferries', 'strikes', 'Lisbon'],
      wordCount: 18,
      inLanguage: 'en',
    });
    expect((data.image as unknown[])[0]).toEqual({
      '@type': 'ImageObject',
      contentUrl: 'photos/ferry.jpg',
      caption: 'A ferry leaves Cais do Sodré',
      creditText: 'Ana Sousa/Newsroom',
      creator: { '@type': 'Person', name: 'Ana Sousa' },
      copyrightNotice: '© 2026 Newsroom',
      width: 1600,
      height: 1067,
    });
  });

  it('keeps the JSON-LD valid JSON that cannot close its script element', () => {
    const headline = '</script><script>alert(1)</script><!-- \u2028\u2029 & <b>';
    const html = exportHtml(sampleArticle({ headline }), folder);
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
    expect(jsonLd(html).headline).toBe(headline);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('sets a CSP that allows no script and only the built-in stylesheet, whose hash matches', () => {
    const html = exportHtml(sampleArticle(), folder);
    const hash = createHash('sha256').update(exportStylesheet, 'utf8').digest('base64');
    expect(exportStylesheetHash).toBe(`'sha256-${hash}'`);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'">`,
    );
    expect(html).toContain(`<style>${exportStylesheet}</style>`);
    expect(html).toContain('@media print');
  });

  it('makes no external requests: only relative or data: image sources and no remote stylesheets', () => {
    const html = exportHtml(sampleArticle(), folder);
    expect(html).not.toMatch(/<link|@import|url\(/);
    for (const [, src] of html.matchAll(/src="([^"]*)"/g))
      expect(src).toMatch(/^(photos\/|data:image\/)/);
  });

  it('embeds photos in the single form through the caller-provided href', async () => {
    const html = exportHtml(sampleArticle(), {
      form: 'single',
      photoHref: () => 'data:image/jpeg;base64,AAAA',
    });
    expect(html).toContain('<img src="data:image/jpeg;base64,AAAA"');
    expect(JSON.stringify(jsonLd(html))).not.toContain('data:');
    expect(await htmlErrors(html)).toEqual([]);
  });

  it('exports a fragment holding just the article markup', () => {
    const fragment = exportHtml(sampleArticle(), { form: 'fragment', photoHref: folderPhotoHref });
    expect(fragment.startsWith('<article lang="en" dir="ltr">')).toBe(true);
    expect(fragment.trimEnd().endsWith('</article>')).toBe(true);
    expect(fragment).not.toMatch(/<html|<head>|<script|<style/);
  });

  it('escapes hostile text in every field', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&</title></textarea>';
    const html = exportHtml(
      sampleArticle({
        kicker: evil,
        headline: evil,
        standfirst: evil,
        byline: evil,
        dateline: evil,
        keywords: cleanKeywords([evil]),
        body: para(evil),
      }),
      folder,
    );
    expect(html).not.toContain('<img src=x');
    expect(html).toContain(
      '<meta name="keywords" content="&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;&lt;/title&gt;&lt;/textarea&gt;">',
    );
    expect(html).toContain(
      '<h1>&lt;img src=x onerror=alert(1)&gt;"\'&amp;&lt;/title&gt;&lt;/textarea&gt;</h1>',
    );
    expect(html).toContain(
      '<title>&lt;img src=x onerror=alert(1)&gt;"\'&amp;&lt;/title&gt;&lt;/textarea&gt;</title>',
    );
  });

  it('drops links that are not http(s) or mailto but keeps their text', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JAVA\tSCRIPT:alert(1)',
      'data:text/html,<script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
    ]) {
      const html = exportHtml(
        sampleArticle({ body: para('click', [{ type: 'link', attrs: { href } }]) }),
        folder,
      );
      expect(html).toContain('<p>click</p>');
      expect(html).not.toMatch(/<a /);
    }
    const safe = exportHtml(
      sampleArticle({ body: para('mail', [{ type: 'link', attrs: { href: 'mailto:a@b.test' } }]) }),
      folder,
    );
    expect(safe).toContain('<a href="mailto:a@b.test" rel="noopener noreferrer nofollow">mail</a>');
  });

  it('never lets a figure file name become a script URL', () => {
    const body = bodyNode({
      type: 'doc',
      content: [{ type: 'figure', attrs: { src: 'javascript:alert(1)', caption: 'c', alt: 'a' } }],
    }).toJSON() as BodyJSON;
    const html = exportHtml(sampleArticle({ body }), folder);
    expect(html).toContain('<img src="photos/javascript%3Aalert(1)"');
    const raw = exportHtml(sampleArticle({ body }), { form: 'folder', photoHref: (file) => file });
    expect(raw).not.toContain('javascript:alert');
  });

  it('keeps heading levels valid under the h1 and still validates with an empty headline and body', async () => {
    const body = bodyNode({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Deep' }] },
        { type: 'heading', attrs: { level: 2 } },
        { type: 'paragraph' },
      ],
    }).toJSON() as BodyJSON;
    const html = exportHtml(
      sampleArticle({
        headline: ' ',
        kicker: '',
        standfirst: '',
        byline: '',
        dateline: '',
        published: null,
        leadPhoto: null,
        body,
      }),
      folder,
    );
    expect(html).toContain('<h2>Deep</h2>');
    expect(html).toContain('<h1>Untitled</h1>');
    expect(html).not.toContain('<time');
    expect(await htmlErrors(html)).toEqual([]);
  });

  it('validates for random articles (property)', async () => {
    await fc.assert(
      fc.asyncProperty(articleArbitrary, async (article) => {
        const html = exportHtml(article, folder);
        expect(await htmlErrors(html)).toEqual([]);
        expect(jsonLd(html).headline).toBe(article.headline);
      }),
      { numRuns: 200 },
    );
  }, 180_000);
});
