// ninjs as agencies send it: 1.x lower-case keys, 2.x arrays, 3.x camelCase.
import { describe, expect, it } from 'vitest';
import { bodyText } from '../../../../core/body/counts';
import { importNinjs } from '../../../../core/import/ninjs';
import { now } from './ninjs-fixtures';

describe('importNinjs, every version', () => {
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
});
