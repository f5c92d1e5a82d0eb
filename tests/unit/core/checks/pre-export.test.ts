import { describe, expect, it } from 'vitest';
import { bodyNode, emptyBody, type BodyJSON } from '../../../../core/body/schema';
import {
  checkArticle,
  defaultCheckConfig,
  hasBlockers,
  resolveCheckConfig,
} from '../../../../core/checks/pre-export';
import { sampleArticle } from '../export/sample-article';

const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('checkArticle', () => {
  it('finds nothing wrong in a complete article', () => {
    expect(checkArticle(sampleArticle())).toEqual([]);
  });

  it('blocks on a missing headline and an empty body by default', () => {
    const findings = checkArticle(
      sampleArticle({ headline: '  ', body: emptyBody(), leadPhoto: null }),
    );
    expect(findings).toEqual([
      { code: 'missing-headline', severity: 'blocker', message: 'The article has no headline.' },
      { code: 'empty-body', severity: 'blocker', message: 'The body is empty.' },
    ]);
    expect(hasBlockers(findings)).toBe(true);
  });

  it('warns about a headline over the limit, counting characters not bytes', () => {
    const headline = 'é'.repeat(81);
    expect(checkArticle(sampleArticle({ headline }))).toEqual([
      {
        code: 'headline-too-long',
        severity: 'warning',
        message: 'The headline is 81 characters long; the limit is 80.',
      },
    ]);
    expect(checkArticle(sampleArticle({ headline: 'é'.repeat(80) }))).toEqual([]);
    expect(codes(checkArticle(sampleArticle({ headline }), { headlineMaxLength: 100 }))).toEqual(
      [],
    );
  });

  it('warns about photos without caption, credit or alt text, naming the photo', () => {
    const article = sampleArticle();
    article.leadPhoto = { ...article.leadPhoto!, caption: '', credit: '', altText: ' ' };
    expect(checkArticle(article)).toEqual([
      {
        code: 'photo-missing-caption',
        severity: 'warning',
        message: 'Lead photo (ferry.jpg) has no caption.',
      },
      {
        code: 'photo-missing-credit',
        severity: 'warning',
        message: 'Lead photo (ferry.jpg) has no credit.',
      },
      {
        code: 'photo-missing-alt',
        severity: 'warning',
        message: 'Lead photo (ferry.jpg) has no alt text.',
      },
    ]);
    const body = bodyNode({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'x' }] },
        { type: 'figure', attrs: { src: 'b.jpg', caption: 'c', credit: 'd' } },
      ],
    }).toJSON() as BodyJSON;
    expect(checkArticle(sampleArticle({ body }))).toEqual([
      {
        code: 'photo-missing-alt',
        severity: 'warning',
        message: 'Photo 1 in the body (b.jpg) has no alt text.',
      },
    ]);
  });

  it('warns when a caption repeats its credit', () => {
    const article = sampleArticle();
    article.leadPhoto = { ...article.leadPhoto!, caption: 'A ferry. Photo: ANA SOUSA/Newsroom' };
    expect(codes(checkArticle(article))).toEqual(['caption-repeats-credit']);
    expect(checkArticle(article)[0]!.message).toBe(
      'Lead photo (ferry.jpg): the caption repeats the credit “Ana Sousa/Newsroom”; the credit is printed separately.',
    );
  });

  it('warns once per link that is not http(s) or mailto', () => {
    const link = { type: 'link', attrs: { href: 'javascript:alert(1)' } };
    const body = bodyNode({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'click ', marks: [link] },
            { type: 'text', text: 'here', marks: [link, { type: 'bold' }] },
            {
              type: 'text',
              text: 'ok',
              marks: [{ type: 'link', attrs: { href: 'https://example.org' } }],
            },
          ],
        },
      ],
    }).toJSON() as BodyJSON;
    expect(checkArticle(sampleArticle({ body }))).toEqual([
      {
        code: 'unsafe-link',
        severity: 'warning',
        message:
          'The link on “click” points to “javascript:alert(1)”, which is not http(s) or mailto; it will be dropped from the export.',
      },
    ]);
  });

  it('lets a workspace turn each check into a warning, a blocker or off', () => {
    const article = sampleArticle({ headline: '', body: emptyBody(), leadPhoto: null });
    const relaxed = { levels: { 'missing-headline': 'warning', 'empty-body': 'off' } } as const;
    expect(checkArticle(article, relaxed)).toEqual([
      { code: 'missing-headline', severity: 'warning', message: 'The article has no headline.' },
    ]);
    expect(resolveCheckConfig(relaxed).levels['headline-too-long']).toBe('warning');
    expect(checkArticle(article, defaultCheckConfig)).toHaveLength(2);
  });

  it('refuses invalid settings naming the key', () => {
    expect(() => resolveCheckConfig({ levels: { 'missing-headline': 'fatal' } })).toThrow(
      /^check settings: levels.missing-headline: /,
    );
    expect(() => resolveCheckConfig({ headlineMax: 3 })).toThrow(/^check settings: /);
    expect(() => resolveCheckConfig({ headlineMaxLength: 0 })).toThrow(/headlineMaxLength/);
  });
});
