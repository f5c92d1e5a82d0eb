import { expect, test } from '@playwright/test';
import type { Browser, Page } from 'playwright-core';
import { renderBodyHtml } from '../../core/export/body-html';
import { exportHtml } from '../../core/export/html';
import { folderPhotoHref } from '../../core/export/photo-href';
import { launchChromium } from '../support/chromium';
import { hostileArticle, payloads } from './hostile-corpus';

// Hostile text must stay text: every payload goes into every field, into pasted body HTML (through the
// HTML importer) and into link targets; each export is loaded in Chromium with CSP bypassed, so the
// escaping itself is what is tested, not the CSP.

const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

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
