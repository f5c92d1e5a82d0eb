import { describe, expect, it } from 'vitest';
import { recogniseHtml } from '../../../../../core/import/recognise/recognise-html';
import { parseMachineTime } from '../../../../../core/import/recognise/publication-time';
import { now, pasteFixture } from './paste-fixtures';

const texts = (body: { content?: { content?: { text?: string }[] }[] }) =>
  (body.content ?? []).map((block) => (block.content ?? []).map((t) => t.text ?? '').join(''));

describe('recogniseHtml: the scraped article copied as HTML', () => {
  const result = recogniseHtml(pasteFixture('scraped-article.html'), { now });

  it('places the parts and drops share, Related, subscribe, newsletter and cookie blocks', () => {
    expect(result.fields).toMatchObject({
      kicker: 'Russia',
      headline: "Moscow's ice sculptors race the thaw",
      dateline: 'Moscow (AFP)',
      published: '2017-01-24T08:00:00Z',
    });
    expect(result.leadPhoto).toMatchObject({
      caption: 'Sculptors carve blocks of ice in Gorky Park in Moscow on January 23, 2017.',
      credit: 'AFP/Kiril Kudryatsev',
    });
    const body = texts(result.body);
    expect(body).toHaveLength(7);
    expect(body.join(' ')).not.toMatch(/Facebook|Related|Subscribe|newsletter|cookies/);
    const reasons = result.placements.filter((p) => p.field === 'dropped').map((p) => p.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'the caption again (printed twice)',
        'page furniture (marked "share")',
        'a "Related" block',
        'page furniture (marked "newsletter")',
        'page furniture (marked "cookie")',
      ]),
    );
  });

  it('keeps the links of the body through the body sanitiser', () => {
    const html = recogniseHtml(
      '<h1>Title here</h1><p>By Jo Bloggs</p><p>Officials <a href="https://example.org/r" onclick="x()">said</a> on Monday that the bridge would reopen in spring after the repairs are finished.</p><p><a href="javascript:alert(1)">Bad link</a> text that is long enough to stay in the body of the story.</p>',
      { now },
    );
    const marks = JSON.stringify(html.body);
    expect(marks).toContain('https://example.org/r');
    expect(marks).not.toMatch(/javascript:|onclick/);
    expect(html.fields.byline).toBe('Jo Bloggs');
  });

  it('never runs a script or an event handler of the page', () => {
    const flag = globalThis as { pastedScriptRan?: boolean };
    recogniseHtml(
      '<html><head><script>globalThis.pastedScriptRan = true</script></head><body><h1>T</h1><img src="x" onerror="globalThis.pastedScriptRan = true"><p onload="globalThis.pastedScriptRan = true">Text of the story that is long enough to count as its body paragraph here.</p></body></html>',
      { now },
    );
    expect(flag.pastedScriptRan).toBeUndefined();
  });
});

describe('recogniseHtml: pages saved from news sites (Readability test pages)', () => {
  const cases = [
    { page: 'bbc-1', dateline: '', paragraphs: 30 },
    { page: 'herald-sun-1', dateline: '', paragraphs: 15 },
    { page: 'nytimes-1', dateline: 'LONDON', paragraphs: 15 },
  ];
  for (const { page, dateline, paragraphs } of cases) {
    it(`${page}: headline, byline and time from the page, body from Readability`, () => {
      const expected = JSON.parse(pasteFixture(`web/${page}.expected-metadata.json`)) as {
        title: string;
        byline: string | null;
        publishedTime: string | null;
      };
      const result = recogniseHtml(pasteFixture(`web/${page}.html`), { now });
      expect(result.isArticle).toBe(true);
      expect(result.fields.headline).toBe(expected.title);
      if (expected.byline)
        expect(result.fields.byline.toLowerCase()).toBe(expected.byline.toLowerCase());
      if (expected.publishedTime)
        expect(result.fields.published).toBe(parseMachineTime(expected.publishedTime, now));
      expect(result.fields.dateline).toBe(dateline);
      expect(texts(result.body).length).toBeGreaterThanOrEqual(paragraphs);
    });
  }

  it('herald-sun-1: the "Source:" at the end of a caption is its credit', () => {
    const result = recogniseHtml(pasteFixture('web/herald-sun-1.html'), { now });
    expect(result.leadPhoto?.credit).toBe('Supplied');
    expect(result.leadPhoto?.caption).toMatch(/^A new Bill would require/);
  });

  it('nytimes-1: the JSON-LD-less page gives its time with the offset it was written in', () => {
    const result = recogniseHtml(pasteFixture('web/nytimes-1.html'), { now });
    expect(result.fields.published).toBe('2017-01-13T00:00:04-05:00');
    expect(result.leadPhoto?.credit).toBe('Ashraf Shazly/Agence France-Presse — Getty Images');
  });
});
