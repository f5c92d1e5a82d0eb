import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../core/article/article';
import { importFile } from '../../../../core/import/import-file';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/wire');
const now = new Date('2026-01-02T03:04:05.000Z');

async function importFixture(file: string) {
  const result = await importFile(
    { name: file, bytes: await readFile(path.join(fixtures, file)) },
    { now },
  );
  expect(parseArticle(result.article)).toEqual(result.article);
  return result;
}
const paragraphs = (body: { content?: { type: string; content?: { text?: string }[] }[] }) =>
  (body.content ?? [])
    .filter((n) => n.type === 'paragraph')
    .map((n) => (n.content ?? []).map((t) => t.text).join(''));

describe('NewsML-G2 import: the IPTC examples', () => {
  it('LISTING 1: headline, slugline as kicker, byline, dateline from located, times, status; the rest as notes', async () => {
    const { article, notes, format } = await importFixture(
      'iptc/LISTING_1_A_NewsML-G2_News_Item.xml',
    );
    expect(format).toBe('newsml');
    expect(article).toMatchObject({
      headline: 'Fed to halt QE to avert "bubble"',
      kicker: 'US-Finance-Fed',
      byline: 'Meredith Jameson',
      dateline: 'Berlin',
      published: '2018-10-23T12:00:00Z',
      created: '2016-10-18T13:12:21-05:00',
      updated: '2018-10-21T16:25:32-05:00',
      status: 'ready',
    });
    expect(notes).toContain('subject: labour market medtop:20000523');
    expect(notes).toContain('genre: Interview');
    expect(notes).toContain('usageTerms: Not for use outside the United States');
    expect(notes.some((n) => n.startsWith('edNote: Note to editors: STRICTLY EMBARGOED.'))).toBe(
      true,
    );
  });

  it('LISTING 3: a picture item becomes an article led by that photo, with caption, credit and rights', async () => {
    const { article, photos, notes } = await importFixture('iptc/LISTING_3_Photo_in_NewsML-G2.xml');
    expect(article.headline).toBe('Variety Of Recessionary Forces Leave Las Vegas Economy Scarred');
    expect(article.leadPhoto).toMatchObject({
      file: 'GYI0062134533.jpg',
      credit: 'Getty Images',
      photographer: 'Spencer Platt',
      copyright:
        'Copyright 2010 Getty Images. -- http://www.gettyimages.com/Corporate/LicenseInfo.aspx',
      width: 1500,
      height: 1001,
    });
    expect(article.leadPhoto!.caption).toMatch(
      /^A general view of part of downtown.*\(Photo by Spencer Platt\/Getty Images\)$/,
    );
    expect(photos).toEqual([{ file: 'GYI0062134533.jpg', href: './GYI0062134533.jpg' }]);
    // Keywords and the names of subjects are the article's keywords; the codes stay in the notes.
    expect(article.keywords).toEqual(expect.arrayContaining(['poverty', 'unemployment']));
    expect(notes.some((n) => n.startsWith('keyword'))).toBe(false);
    expect(notes.some((n) => n.startsWith('description'))).toBe(false);
  });

  it('LISTING 25: the NITF article conveyed in inlineXML', async () => {
    const listing = await readFile(
      path.join(fixtures, 'iptc/LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml'),
      'utf8',
    );
    const item = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1" standard="NewsML-G2" standardversion="2.35"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>${listing}</newsItem>`;
    const { article } = await importFile(
      { name: 'l25.xml', bytes: new TextEncoder().encode(item) },
      { now },
    );
    expect(article.headline).toBe(
      'Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.',
    );
    expect(article.byline).toBe('Sports Network');
    expect(article.standfirst).toMatch(/^A pair of teams coming off big weekend sweeps/);
    expect(paragraphs(article.body)[0]).toMatch(
      /^\(Sports Network\) - With the Philadelphia Phillies/,
    );
  });
});

describe('NewsML-G2 import: photo metadata and datelines (IPTC examples)', () => {
  it('LISTING 26: a photo item with photographer, credit line, caption and rights, keywords; usage terms as notes', async () => {
    const { article, notes } = await importFixture(
      'iptc/LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml',
    );
    expect(article.headline).toMatch(/^A firefighter walks past the remains of a military jet/);
    expect(article.leadPhoto).toMatchObject({
      photographer: 'John Smith',
      credit: 'Acme/John Smith',
      copyright: 'Copyright 2008 Thomson Reuters',
    });
    expect(article.leadPhoto!.caption).toMatch(/^A firefighter in a flameproof suit walks past/);
    expect(article.keywords).toEqual(['us', 'military', 'aviation', 'crash', 'fire']);
    expect(notes).toEqual(
      expect.arrayContaining([
        'usageTerms: NO ARCHIVAL OR WIRELESS USE',
        'copyrightHolder: Thomson Reuters',
      ]),
    );
  });

  it('LISTING 28: the dateline is kept as written; located and subjects are listed, not lost', async () => {
    const listing = await readFile(
      path.join(fixtures, 'iptc/LISTING_28_Illustrating_Located_Subject_and_Dateline.xml'),
      'utf8',
    );
    const item = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1" standard="NewsML-G2" standardversion="2.35"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>${listing}<contentSet><inlineData>Troops moved.</inlineData></contentSet></newsItem>`;
    const { article, notes } = await importFile(
      { name: 'l28.xml', bytes: new TextEncoder().encode(item) },
      { now },
    );
    expect(article.dateline).toBe('MOSCOW, Monday (Reuters)');
    expect(article.byline).toBe('Thomson Reuters');
    expect(article.language).toBe('en-US');
    expect(notes).toEqual(
      expect.arrayContaining(['located: city:Moscow', 'subject: city:Tskhinvali']),
    );
  });
});

describe('agency samples', () => {
  it('AP NITF: byline without "By" and title, dateline, every paragraph', async () => {
    const { article, notes, format } = await importFixture('superdesk/ap-nitf.xml');
    expect(format).toBe('nitf');
    expect(article).toMatchObject({
      headline: 'Can trading pollution like stocks help fight climate change?',
      byline: 'BERNARD CONDON',
      dateline: 'NEW YORK',
      created: '2015-12-10T19:10:44Z',
      standfirst: '',
    });
    expect(paragraphs(article.body)).toHaveLength(28);
    expect(notes).toEqual(['doc.copyright: AP, 2015', 'ed-msg: For global distribution']);
  });

  it('EFE NITF: abstract as standfirst; a story.date repeating its norm is not a dateline; keywords', async () => {
    const { article } = await importFixture('superdesk/efe_nitf.xml');
    // key-list keywords, then each subject's most specific name.
    expect(article.keywords).toEqual([
      'HONDURAS GOVERNMENT',
      'Executive (government)',
      'GOVERNMENT',
    ]);
    expect(article.headline).toBe('Honduran president announces Cabinet changes');
    expect(article.standfirst).toBe('Test Abstract');
    expect(article.dateline).toBe('');
  });

  it('NTB NITF: its photo with caption, its slug listed, its table kept as text', async () => {
    const { article, photos, notes } = await importFixture('superdesk/nitf-ntb.xml');
    expect(article.byline).toBe('Geir Molnes / Faktisk.no');
    expect(article.dateline).toBe('Oslo');
    const figures = (article.body.content ?? []).filter((n) => n.type === 'figure');
    expect(figures.length + (article.leadPhoto ? 1 : 0)).toBe(1);
    expect(photos.map((p) => p.href)).toEqual(['iJIJyyF0tiE']);
    expect(notes.some((n) => n.startsWith('slugline: faktisk-'))).toBe(true);
  });

  it('ANSA, dpa and STT NewsML-G2 items', async () => {
    expect((await importFixture('superdesk/ansa-newsmlg2-text.xml')).article.headline).toBe(
      'Catalan independence declaration unacceptable - Alfano',
    );
    const dpa = await importFixture('superdesk/dpa.xml');
    expect(dpa.article).toMatchObject({
      headline: 'Eintracht in London: Hintereggers Tränen und Attacke auf Reporter',
      dateline: 'London (dpa) -',
    });
    expect(paragraphs(dpa.article.body).length).toBeGreaterThan(5);
    const stt = await importFixture('superdesk/stt_newsml_test.xml');
    expect(stt.article.dateline).toBe('Helsinki');
    expect(paragraphs(stt.article.body).length).toBeGreaterThan(1);
  });

  it('AFP NewsML 1.x is refused by name', async () => {
    await expect(importFixture('superdesk/afp20.xml')).rejects.toThrow(
      /: NewsML 1\.x, which Newsroom does not import/,
    );
  });
});

describe('agency bodies read straight from the XML', () => {
  const importXml = async (xml: string) =>
    importFile({ name: 'body.xml', bytes: new TextEncoder().encode(xml) }, { now });

  it('NITF: headings, lists, quotes, bold and italic, safe links; unknown elements keep their text, listed', async () => {
    const { article, notes } = await importXml(`<nitf><body><body.content>
      <hl2>Sub</hl2><hl2 class="h3">Minor</hl2>
      <p>One <em class="bold">bold</em> <em>it</em> <a href="https://example.org/a" title="T">safe</a>
        <a href="javascript:alert(1)">unsafe</a> <person>Ann Lee</person><![CDATA[ <raw> ]]></p>
      <block><ol seqnum="3"><li>three</li></ol><bq><block><p>quoted</p></block></bq></block>
      <table><tr><td>cell</td></tr></table>
      <media media-type="video"><media-reference source="v.mp4"/></media>
    </body.content></body></nitf>`);
    expect(article.body).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sub' }] },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Minor' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'One ' },
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' ' },
            { type: 'text', text: 'it', marks: [{ type: 'italic' }] },
            { type: 'text', text: ' ' },
            {
              type: 'text',
              text: 'safe',
              marks: [
                {
                  type: 'link',
                  attrs: {
                    href: 'https://example.org/a',
                    target: null,
                    rel: 'noopener noreferrer nofollow',
                    class: null,
                    title: 'T',
                  },
                },
              ],
            },
            { type: 'text', text: ' unsafe Ann Lee <raw>' },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 3, type: null },
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'three' }] }],
            },
          ],
        },
        {
          type: 'blockquote',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quoted' }] }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'cell' }] },
      ],
    });
    expect(notes).toEqual([
      'a <person> in the body has no place in an article: its text was kept',
      'a <table> in the body was kept as plain text',
      'a video <media> in the body was left out (an article holds photos only)',
    ]);
  });

  it('NewsML-G2 XHTML: wrappers unwrapped quietly, h4 as a level-3 heading, a line break kept', async () => {
    const { article, notes } =
      await importXml(`<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x">
      <itemMeta><itemClass qcode="ninat:text"/></itemMeta>
      <contentSet><inlineXML contenttype="application/xhtml+xml">
        <html xmlns="http://www.w3.org/1999/xhtml"><body><div><section>
          <h4>Aside</h4><p>a<br/>b <strong><i>both</i></strong></p>
        </section></div></body></html>
      </inlineXML></contentSet></newsItem>`);
    expect(article.body.content).toEqual([
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Aside' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'a' },
          { type: 'hardBreak' },
          { type: 'text', text: 'b ' },
          { type: 'text', text: 'both', marks: [{ type: 'bold' }, { type: 'italic' }] },
        ],
      },
    ]);
    expect(notes).toEqual([]);
  });
});
