import { describe, expect, it } from 'vitest';
import { countBodyJsonWords } from '../../../../core/body/count-body-json';
import { countBody } from '../../../../core/body/counts';
import type { BodyJSON, BodyNodeJSON } from '../../../../core/body/schema';
import { generateArchiveArticle, generateArticle } from '../../../bench/workload/article-generator';

const p = (...content: BodyNodeJSON[]): BodyNodeJSON => ({ type: 'paragraph', content });
const t = (text: string, marks?: { type: string }[]): BodyNodeJSON =>
  marks ? { type: 'text', text, marks } : { type: 'text', text };

const bodies: [string, BodyJSON][] = [
  ['empty', { type: 'doc', content: [{ type: 'paragraph' }] }],
  [
    'words split over marks join',
    { type: 'doc', content: [p(t('news'), t('room', [{ type: 'bold' }]), t(' desk'))] },
  ],
  ['blocks never share a word', { type: 'doc', content: [p(t('end')), p(t('start'))] }],
  [
    'a hard break splits a word',
    { type: 'doc', content: [p(t('one'), { type: 'hardBreak' }, t('two'))] },
  ],
  [
    'joiners across nodes',
    { type: 'doc', content: [p(t("isn'"), t('t well-'), t('known 2.'), t('5'))] },
  ],
  [
    'lists, quotes, headings and figures',
    {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [t('Zürich’s mayor')] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p(t('first item'))] },
            { type: 'listItem', content: [p(t('second'))] },
          ],
        },
        { type: 'blockquote', content: [p(t('“Quoted” — words 🙂 here'))] },
        {
          type: 'figure',
          attrs: { src: 'a.jpg', caption: 'not counted words', credit: '', alt: '' },
        },
        p(t('العربية نص و中文')),
      ],
    },
  ],
];

describe('countBodyJsonWords', () => {
  it.each(bodies)('counts as countBody does: %s', (_name, body) => {
    expect(countBodyJsonWords(body)).toBe(countBody(body).words);
  });

  it('counts generated articles exactly as countBody does', () => {
    for (let n = 0; n < 20; n++) {
      const article = n % 2 ? generateArchiveArticle(n) : generateArticle(n, 1_500);
      expect(countBodyJsonWords(article.body)).toBe(countBody(article.body).words);
    }
  });
});
