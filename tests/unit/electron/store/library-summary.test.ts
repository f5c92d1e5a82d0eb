import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FORMAT, createArticle, type Article } from '../../../../core/article/article';
import type { BodyNodeJSON } from '../../../../core/body/schema';
import { serializeArticle } from '../../../../electron/store/article-file';
import { scanArticleJson } from '../../../../electron/store/article-json-scan';
import {
  summarizeArticleBytes,
  summarizeArticleJson,
} from '../../../../electron/store/library-summary';
import { generateArchiveArticle, generateArticle } from '../../../bench/workload/article-generator';
import { prose } from '../../../support/prose';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures');

const t = (
  text: string,
  marks?: { type: string; attrs?: Record<string, unknown> }[],
): BodyNodeJSON => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: BodyNodeJSON[]): BodyNodeJSON => ({ type: 'paragraph', content });
const doc = (...content: BodyNodeJSON[]) => ({ type: 'doc' as const, content });

const hostile = [
  'quotes "inside", a backslash \\ and \\" together',
  '"text": "not a key", "content": [ and "type": "hardBreak"',
  '\n  "body": {\n  },\n  "updated": "x"',
  'tab\there, carriage\rreturn, NUL \u0000 and \u001f',
  'emoji 🙂👍🏽 and a flag 🇳🇴, combining e\u0301',
  'isn\u2019t well-known 2.5 3,000 a:b snake_case',
  '\u2028line and paragraph\u2029separators',
  'lone surrogate \ud800 here',
];

/** Articles as the app writes them, over the cases the scan has to read as JSON.parse does. */
function articles(): [string, Article][] {
  const made = (name: string, init: Parameters<typeof createArticle>[0]): [string, Article] => [
    name,
    createArticle(init, new Date(Date.UTC(2026, 0, 1))),
  ];
  return [
    made('empty body', {}),
    made('hostile strings in every field', {
      headline: hostile.join(' '),
      kicker: hostile[1],
      standfirst: hostile[2],
      byline: hostile[0],
      dateline: hostile[3],
      body: doc(...hostile.map((h) => p(t(h), t(h, [{ type: 'bold' }])))),
    }),
    made('words split over marks, hard breaks and blocks', {
      body: doc(
        p(t('news'), t('room', [{ type: 'italic' }]), t(' desk')),
        p(t('one'), { type: 'hardBreak' }, t('two')),
        p(t('end')),
        p(t('start')),
        { type: 'heading', attrs: { level: 2 }, content: [t('Zürich’s mayor')] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p(t('first item'))] },
            { type: 'listItem', content: [p(t('second'), { type: 'hardBreak' })] },
          ],
        },
        { type: 'blockquote', content: [p(t('“Quoted” — words here'))] },
        {
          type: 'figure',
          attrs: { src: 'a.jpg', caption: '"text": "caption words"', credit: '', alt: '' },
        },
        p(
          t('a link', [{ type: 'link', attrs: { href: 'https://x.test/?"content": [' } }]),
          t('ed word'),
        ),
        { type: 'paragraph' },
      ),
    }),
    made('Arabic, right to left', {
      language: 'ar',
      headline: 'أداة تشخيصية جديدة',
      body: doc(...prose('ar.txt').map((text) => p(t(text))), p(t(prose('ar-mixed.txt')[0]!))),
    }),
    made('Hebrew', { language: 'he', body: doc(...prose('he.txt').map((text) => p(t(text)))) }),
    made('Japanese', {
      language: 'ja',
      headline: '日本語',
      body: doc(p(t(prose('ja.txt').join('\n')))),
    }),
    made('Chinese', { language: 'zh-Hant-TW', body: doc(p(t('這是一個為測試而寫的中文句子。'))) }),
    made('Norwegian', { language: 'nb', body: doc(p(t(prose('nb.txt').join('\n')))) }),
    made('Thai', { language: 'th', body: doc(p(t('ภาษาไทยไม่มีการเว้นวรรคระหว่างคำ'))) }),
    ...Array.from({ length: 6 }, (_, n): [string, Article] => [
      `generated ${n}`,
      n % 2 ? generateArchiveArticle(n) : generateArticle(n, 1_500),
    ]),
  ];
}

const bytesOf = (text: string) => Buffer.from(text, 'utf8');
/** The full parse (the reference) and the scan, of the same bytes. */
const both = (bytes: Buffer, id: string) => ({
  scan: summarizeArticleBytes(bytes, `story--${id}`, id),
  full: summarizeArticleJson(bytes.toString('utf8'), `story--${id}`, id),
});

describe('summarizeArticleBytes', () => {
  it.each(articles())('reads what the full parse reads, without it: %s', (_name, article) => {
    const bytes = Buffer.from(serializeArticle(article));
    expect(scanArticleJson(bytes)).not.toBeNull();
    const { scan, full } = both(bytes, article.id);
    expect(full).not.toHaveProperty('error');
    expect(scan).toEqual(full);
  });

  it('reads the format 1 fixture and other layouts as the full parse does', () => {
    const format1 = readFileSync(path.join(fixtures, 'format-1', 'article.json'));
    expect(both(format1, '0123456789abcdef').scan).toEqual(both(format1, '0123456789abcdef').full);
    const [, article] = articles()[2]!;
    const data = JSON.parse(new TextDecoder().decode(serializeArticle(article))) as Article;
    const { body, ...rest } = data;
    const layouts = {
      compact: JSON.stringify(data),
      tabs: JSON.stringify(data, null, '\t'),
      crlf: JSON.stringify(data, null, 2).replaceAll('\n', '\r\n'),
      'body first': JSON.stringify({ body, ...rest }, null, 2),
      'body last': JSON.stringify({ ...data, body: undefined, extra: 1, body2: 0 }, null, 2),
      bom: '\ufeff' + JSON.stringify(data, null, 2),
      'escaped key': JSON.stringify(data, null, 2).replace('"body"', '"b\\u006fdy"'),
      'escaped doc': JSON.stringify(data, null, 2).replace('"doc"', '"d\\u006fc"'),
      'repeated key': JSON.stringify(data, null, 2).replace(
        '"status": "draft"',
        '"status": "nope",\n  "status": "ready"',
      ),
      'repeated body': JSON.stringify(data, null, 2).replace(
        '\n  "leadPhoto"',
        '\n  "body": {"type": "doc"},\n  "leadPhoto"',
      ),
    };
    for (const [name, text] of Object.entries(layouts)) {
      const { scan, full } = both(bytesOf(text), article.id);
      expect({ name, scan }).toEqual({ name, scan: full });
    }
  });

  it('gives the full parse’s error for damaged and invalid files, whatever the damage', () => {
    const [, article] = articles()[1]!;
    const text = new TextDecoder().decode(serializeArticle(article));
    const damaged: Record<string, string> = {
      empty: '',
      'not JSON': 'not json',
      'an array': '[1, 2]',
      garbage: '\u0000'.repeat(64),
      'format newer': text.replace(
        `"format": ${ARTICLE_FORMAT}`,
        `"format": ${ARTICLE_FORMAT + 1}`,
      ),
      'another id': text.replace(`"id": "${article.id}"`, '"id": "zzzzzzzzzzzzzzzz"'),
      'no headline': text.replace(/\n {2}"headline": [^\n]*/, ''),
      'status unknown': text.replace('"status": "draft"', '"status": "published"'),
      'updated not a date': text.replace(/"updated": "[^"]*"/, '"updated": "yesterday"'),
      'body not a doc': text.replace('"type": "doc"', '"type": "paragraph"'),
      'body null': JSON.stringify({ ...article, body: null }, null, 2),
      'bad escape in a text': text.replace('\\\\', '\\x'),
      'raw line break in a text': text.replace('"text": "quotes', '"text": "quo\ntes'),
      'raw tab in a text': text.replace('"text": "quotes', '"text": "quo\ttes'),
      'text value not closed': text.replace(/"text": "quotes[^\n]*/, '"text": "quotes'),
      'junk after a value': text.replace(/("text": "quotes[^\n]*")/, '$1 junk'),
      'trailing junk': text + 'x',
      'missing comma': text.replace('",\n  "kicker"', '"\n  "kicker"'),
      'conflict markers': text.replace('\n  "status"', '\n<<<<<<< ours\n  "status"'),
    };
    // Cut short anywhere (a copy interrupted): every line end, and inside a multi-byte character.
    for (let i = text.indexOf('\n'); i < text.length - 2; i = text.indexOf('\n', i + 1))
      damaged[`cut at ${i}`] = text.slice(0, i);
    for (const [name, damage] of Object.entries(damaged)) {
      const { scan, full } = both(bytesOf(damage), article.id);
      expect(full, name).toHaveProperty('error');
      expect({ name, scan }).toEqual({ name, scan: full });
    }
    const cut = bytesOf(text).subarray(0, bytesOf(text).indexOf('🙂') + 2);
    expect(both(cut, article.id).scan).toEqual(both(cut, article.id).full);
  });

  it('names the file in its errors', () => {
    expect(summarizeArticleBytes(bytesOf('{'), 'story--abc', 'abc')).toEqual({
      error: expect.stringMatching(/^article\.json in "story--abc" is not valid JSON: /),
    });
  });
});
