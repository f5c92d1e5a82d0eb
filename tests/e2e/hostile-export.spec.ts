import { expect, test } from '@playwright/test';
import type { Browser, Page } from 'playwright-core';
import { ARTICLE_FORMAT, parseArticle, type Article } from '../../core/article/article';
import { bodyNode, type BodyJSON, type BodyNodeJSON } from '../../core/body/schema';
import { renderBodyHtml } from '../../core/export/body-html';
import { exportHtml } from '../../core/export/html';
import { folderPhotoHref } from '../../core/export/photo-href';
import { parseBodyHtml } from '../../core/import/html-body';
import { launchChromium } from '../support/chromium';

// Hostile text must stay text: every payload goes into every field, into pasted body HTML (through the
// HTML importer) and into link targets; each export is loaded in Chromium with CSP bypassed, so the
// escaping itself is what is tested, not the CSP.

const markup = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.test/x.js></SCRIPT>',
  '<script>__ran.push("script")</script>',
  '</script><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '</noscript><script>alert(1)</script>',
  '<!--<script>alert(1)</script>-->',
  '--><script>alert(1)</script>',
  '<!-- x --!><script>alert(1)</script>',
  '<![CDATA[<script>alert(1)</script>]]>',
  ']]><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="__ran.push(\'img\')">',
  '<IMG SRC=x OnErRoR=alert(1)>',
  '<img/src=x/onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg/onload=alert(1)//',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">X</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=javascript:alert(1)>x</a>',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="https://ok.example/" onclick="alert(1)">ok</a>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src onloadstart=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel=stylesheet href=//evil.test/x.css>',
  '<style>@import "//evil.test/x.css";</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="x:expression(alert(1))">x</p>',
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '" onmouseover="alert(1)',
  "' onmouseover='alert(1)",
  '" autofocus onfocus="alert(1)',
  '`-alert(1)-`',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '\u2028alert(1)\u2029',
  '</script>\u2028<script>alert(1)</script>',
  '"\u2028\u2029</script>',
  '<scr<script>ipt>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<xmp><script>alert(1)</script></xmp>',
  '<plaintext>',
  '<?xml version="1.0"?><script>alert(1)</script>',
  '<!DOCTYPE html><script>alert(1)</script>',
  '<select><option><script>alert(1)</script>',
  '<table><td background="javascript:alert(1)">',
  '<isindex action=javascript:alert(1) type=image>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<x contenteditable onblur=alert(1)>lose focus',
  '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->',
  '<% alert(1) %>',
  '<a href="#" onclick="alert(1)">#</a>',
  '<div onpointerover="alert(1)">x</div>',
  '<style>*{display:none}</style>',
  '<h1>Fake headline</h1>',
  '<article><h1>nested</h1></article>',
  '<img src="https://evil.test/track.gif">',
  '\u202Eevil\u202C',
  '\u200b<script>alert(1)</script>',
  '\ufeff<script>alert(1)</script>',
  'Ünïcödé 中文 🙂 — “quotes” & ampersands',
  'a & b < c > d " e \' f',
  '&amp;amp;',
  '&',
  '<',
  '</',
  '<!--',
  '-->',
  ']]>',
  '</title>',
  '</script>',
  '</SCRIPT >',
  '</style>',
];

const spellings = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u0000script:alert(1)',
  'javascript&#58;alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&#9;ascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u000bjavascript:alert(1)',
  'javascript://%0aalert(1)',
  'javascript:/*-->*/alert(1)',
  'javascript:eval("al"+"ert(1)")',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'livescript:alert(1)',
  'file:///etc/passwd',
  'https://ok.example/"><script>alert(1)</script>',
  'https://ok.example/?q=<script>alert(1)</script>',
  "https://ok.example/' onmouseover='alert(1)",
  'mailto:a@b.test?subject=<script>alert(1)</script>',
  'http://a.test/#javascript:alert(1)',
];

/** ≥200 payloads: markup, scheme spellings as text, as HTML links, and wrapped in ordinary copy. */
const payloads = [
  ...new Set([
    ...markup,
    ...spellings,
    ...spellings.map((s) => `<a href="${s}">click</a>`),
    ...markup.slice(0, 60).map((m) => `Ferry strike: ${m} ends`),
  ]),
].filter((p) => p.trim() !== '' && !p.includes('\u0000') && !p.includes('\r'));

const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const built = new Map<string, Article>();

/** The article with payload `p` everywhere (built once per payload, reused by every form). */
function hostileArticle(p: string): Article {
  let article = built.get(p);
  if (!article) built.set(p, (article = buildHostileArticle(p)));
  return article;
}

function buildHostileArticle(p: string): Article {
  const text = (value: string, marks?: BodyNodeJSON['marks']): BodyNodeJSON =>
    marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
  const typed: BodyNodeJSON[] = [
    { type: 'paragraph', content: [text(p)] },
    { type: 'heading', attrs: { level: 2 }, content: [text(p, [{ type: 'bold' }])] },
    {
      type: 'paragraph',
      content: [
        text('target ', [{ type: 'link', attrs: { href: p } }]),
        text(p, [{ type: 'link', attrs: { href: 'https://ok.example/' } }, { type: 'italic' }]),
        text(' title', [{ type: 'link', attrs: { href: 'https://ok.example/', title: p } }]),
      ],
    },
    {
      type: 'figure',
      attrs: {
        src: p,
        caption: p,
        credit: p,
        photographer: p,
        copyright: p,
        alt: p,
        width: 10,
        height: 10,
      },
    },
  ];
  // Pasted HTML goes through the importer, as a paste or an agency body would.
  const pasted =
    parseBodyHtml(`<p>${p}</p>${p}<p><a href="${p}">pasted link</a></p>`).content ?? [];
  const body = bodyNode({ type: 'doc', content: [...typed, ...pasted] }).toJSON() as BodyJSON;
  return parseArticle({
    format: ARTICLE_FORMAT,
    id: '0123456789abcdef',
    kicker: p,
    headline: p,
    standfirst: p,
    byline: p,
    dateline: p,
    published: '2026-11-27T18:05:00+01:00',
    status: 'ready',
    body,
    leadPhoto: {
      file: 'lead.png',
      caption: p,
      credit: p,
      photographer: p,
      copyright: p,
      altText: p,
      width: 1,
      height: 1,
      fromFile: [],
    },
    created: '2026-11-27T09:00:00.000Z',
    updated: '2026-11-27T17:30:00.000Z',
  });
}

interface PageReport {
  ran: string[];
  bad: string[];
  scripts: string[];
  tags: string[];
  h1: string[];
  jsonLd: string | null;
}

const allowedTags = new Set([
  'article',
  'header',
  'p',
  'h1',
  'h2',
  'h3',
  'span',
  'time',
  'figure',
  'img',
  'figcaption',
  'small',
  'div',
  'strong',
  'em',
  'a',
  'br',
  'ul',
  'ol',
  'li',
  'blockquote',
]);

// Runs in the page: everything a successful injection would leave behind.
function inspectPage(): PageReport {
  const urlAttributes = [
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'data',
    'background',
    'poster',
    'srcdoc',
    'srcset',
    'content',
  ];
  const bad: string[] = [];
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) bad.push(`${el.localName}[${attr.name}]`);
      if (!urlAttributes.includes(attr.name.toLowerCase())) continue;
      if (
        el.localName === 'meta' &&
        attr.name === 'content' &&
        el.getAttribute('http-equiv') !== 'refresh'
      )
        continue;
      // eslint-disable-next-line no-control-regex -- browsers ignore these inside a URL scheme
      const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (/^(?:[^:]*url=)?(javascript|vbscript):|^(?:[^:]*url=)?data:text\/html/.test(value))
        bad.push(`${el.localName}[${attr.name}=${attr.value}]`);
    }
  }
  const tags = new Set<string>();
  document.querySelectorAll('article, article *').forEach((el) => tags.add(el.localName));
  return {
    ran: (window as unknown as { __ran: string[] }).__ran,
    bad,
    scripts: Array.from(document.scripts).map((s) => s.type),
    tags: [...tags],
    h1: Array.from(document.querySelectorAll('h1')).map((h) => h.textContent ?? ''),
    jsonLd: document.querySelector('script[type="application/ld+json"]')?.textContent ?? null,
  };
}

let browser: Browser;
let page: Page;
let served = '';
let frames: string[] = [];
const outside: string[] = [];

test.beforeAll(async () => {
  browser = await launchChromium();

  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
  await context.addInitScript(() => {
    const ran: string[] = [];
    Object.defineProperty(window, '__ran', { value: ran, writable: false });
    for (const name of ['alert', 'confirm', 'prompt', 'print', 'msgbox'] as const)
      Object.defineProperty(window, name, { value: () => void ran.push(name), writable: false });
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== 'http://hostile.test') {
      outside.push(url.href);
      return route.abort();
    }
    const doc = /^\/doc\/(\d+)\.html$/.exec(url.pathname);
    if (url.pathname === '/doc.html' || doc)
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: doc ? (frames[Number(doc[1])] ?? '') : served,
      });
    if (url.pathname.startsWith('/photos/'))
      return route.fulfill({
        status: 200,
        contentType: 'image/png',
        body: Buffer.from(png, 'base64'),
      });
    return route.fulfill({ status: 404, body: '' });
  });
  page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.dismiss());
});

test.afterAll(async () => {
  await browser?.close();
});

async function load(html: string): Promise<PageReport> {
  served = html;
  await page.goto('http://hostile.test/doc.html', { waitUntil: 'load' });
  return page.evaluate(inspectPage);
}

/** Loads many documents at once, each in its own iframe (its own window, scripts allowed), and inspects each. */
async function loadAll(documents: string[]): Promise<PageReport[]> {
  frames = documents;
  served = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>batch</title></head><body>${documents
    .map((_, i) => `<iframe title="doc ${i}" src="/doc/${i}.html"></iframe>`)
    .join('')}</body></html>`;
  await page.goto('http://hostile.test/doc.html', { waitUntil: 'load' });
  const reports: PageReport[] = [];
  for (let i = 0; i < documents.length; i++) {
    const frame = page.frame({ url: `http://hostile.test/doc/${i}.html` });
    if (!frame) throw new Error(`document ${i} did not load`);
    reports.push(await frame.evaluate(inspectPage));
  }
  return reports;
}

test('the hostile corpus has at least 200 payloads', () => {
  expect(payloads.length).toBeGreaterThanOrEqual(200);
});

for (const form of ['folder', 'single'] as const) {
  test(`${form} HTML: no payload runs, injects attributes or URLs, and the headline reads as typed`, async () => {
    test.setTimeout(300_000);
    const photoHref = form === 'folder' ? folderPhotoHref : () => `data:image/png;base64,${png}`;
    const batch = 25;
    for (let start = 0; start < payloads.length; start += batch) {
      const slice = payloads.slice(start, start + batch);
      const reports = await loadAll(
        slice.map((p) => exportHtml(hostileArticle(p), { form, photoHref })),
      );
      for (const [i, p] of slice.entries()) {
        const report = reports[i]!;
        const where = `payload ${JSON.stringify(p)}`;
        expect(report.ran, where).toEqual([]);
        expect(report.bad, where).toEqual([]);
        expect(report.scripts, where).toEqual(['application/ld+json']);
        expect(
          report.tags.filter((t) => !allowedTags.has(t)),
          where,
        ).toEqual([]);
        expect(report.h1, where).toEqual([p]);
        expect((JSON.parse(report.jsonLd ?? 'null') as { headline: string }).headline, where).toBe(
          p,
        );
      }
    }
    expect(outside).toEqual([]);
  });
}

test('fragments and ninjs body HTML: no payload runs even without any CSP', async () => {
  test.setTimeout(300_000);
  const batch = 40;
  for (let start = 0; start < payloads.length; start += batch) {
    const slice = payloads.slice(start, start + batch);
    const parts = slice.map((p) => {
      const article = hostileArticle(p);
      return (
        exportHtml(article, { form: 'fragment', photoHref: folderPhotoHref }) +
        `<div class="ninjs">${renderBodyHtml(article.body, { mode: 'canonical', photoHref: folderPhotoHref })}</div>`
      );
    });
    const report = await load(
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>batch</title></head><body>${parts.join('\n')}</body></html>`,
    );
    expect(report.ran).toEqual([]);
    expect(report.bad).toEqual([]);
    expect(report.scripts).toEqual([]);
    expect(report.tags.filter((t) => !allowedTags.has(t))).toEqual([]);
    expect(report.h1).toEqual(slice);
  }
  expect(outside).toEqual([]);
});
