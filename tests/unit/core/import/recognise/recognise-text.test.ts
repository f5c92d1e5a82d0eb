import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../../core/article/article';
import { recogniseText } from '../../../../../core/import/recognise/recognise-text';
import { now, pasteFixture } from './paste-fixtures';

const paragraphs = (body: { content?: { content?: { text?: string }[] }[] }) =>
  (body.content ?? []).map((block) => (block.content ?? []).map((t) => t.text).join(''));

describe('recogniseText: the scraped article from a news site', () => {
  const result = recogniseText(pasteFixture('scraped-article.txt'), { now });

  it('puts kicker, headline, dateline and publication time in their fields', () => {
    expect(result.isArticle).toBe(true);
    expect(result.fields).toEqual({
      kicker: 'Russia',
      headline: "Moscow's ice sculptors race the thaw",
      standfirst: '',
      byline: '',
      dateline: 'Moscow (AFP)',
      published: '2017-01-24T08:00:00Z',
    });
  });

  it('splits the caption from its trailing credit and keeps the caption printed twice once', () => {
    expect(result.leadPhoto).toEqual({
      caption: 'Sculptors carve blocks of ice in Gorky Park in Moscow on January 23, 2017.',
      credit: 'AFP/Kiril Kudryatsev',
      image: null,
    });
    const captions = result.placements.filter((p) => p.field === 'caption');
    expect(captions).toHaveLength(1);
    expect(result.placements).toContainEqual(
      expect.objectContaining({ field: 'dropped', reason: 'the caption again (printed twice)' }),
    );
  });

  it('keeps the seven paragraphs, the first without its dateline, and drops the sign-ups', () => {
    const texts = paragraphs(result.body);
    expect(texts).toHaveLength(7);
    expect(texts[0]).toMatch(/^Teams of sculptors worked through the night/);
    expect(texts.join(' ')).not.toMatch(/Subscribe|newsletter/);
    const dropped = result.placements.filter((p) => p.field === 'dropped').map((p) => p.text);
    expect(dropped).toContain('Subscribe');
    expect(dropped.some((text) => text.startsWith('Sign up for our free newsletter'))).toBe(true);
  });

  it('lists what went where in the order of the article', () => {
    expect(result.placements.map((p) => p.field)).toEqual([
      'kicker',
      'headline',
      'dateline',
      'published',
      'caption',
      'credit',
      ...Array(7).fill('body'),
      'dropped',
      'dropped',
      'dropped',
    ]);
    for (const placement of result.placements) expect(placement.reason).not.toBe('');
  });
});

describe('recogniseText: dpa wire copy (hard-wrapped, with notes to editors)', () => {
  const result = recogniseText(pasteFixture('dpa_two_by_line.txt'), { now });

  it('finds the keyword line, headline, byline and dateline', () => {
    expect(result.fields).toMatchObject({
      kicker: 'American Football/NFL',
      headline: "Chiefs-Rams 2.0? Would be a fun Super Bowl, but don't count on it",
      byline: 'Tom Krasovic, The San Diego Union-Tribune',
      dateline: 'San Diego (tca/dpa)',
      published: null,
    });
  });

  it('joins wrapped lines into paragraphs and leaves the transmission header and notes out', () => {
    const texts = paragraphs(result.body);
    expect(texts[0]).toBe(
      "History says this wasn't a Super Bowl preview that played out Monday night in the old Los Angeles Memorial Coliseum.",
    );
    expect(texts).toHaveLength(35);
    expect(texts.at(-1)).toMatch(/hinge on firming its defence\.$/);
    const all = texts.join('\n');
    expect(all).not.toMatch(/ecp0007|Notebook|Editorial contacts|not intended for publication/);
    expect(result.placements.find((p) => p.text.startsWith('ecp0007'))?.reason).toBe(
      "a wire service's transmission header",
    );
  });
});

describe('recogniseText: what is not a whole article', () => {
  it('says so for paragraphs without a headline, and keeps them all as body', () => {
    const text =
      'The council met on Tuesday evening to discuss the budget for next year, which has been delayed twice already.\n\nMembers voted to postpone the decision again.';
    const result = recogniseText(text, { now });
    expect(result.isArticle).toBe(false);
    expect(paragraphs(result.body)).toHaveLength(2);
  });

  it('reads a time without a zone as UTC and says so', () => {
    const result = recogniseText(
      'Storm closes schools\nPublished 3 March 2024, 14:30\n\nSchools across the region closed on Friday as the storm brought heavy snow and strong winds.',
      { now },
    );
    expect(result.fields.published).toBe('2024-03-03T14:30:00Z');
    expect(result.placements.find((p) => p.field === 'published')?.reason).toMatch(/taken as UTC/);
  });

  it('keeps the zone the text names: CET stays +01:00', () => {
    const result = recogniseText(
      'Strike ends\nUpdated: 14 March 2021 10:32 CET\n\nThe rail strike that halted trains for three days ended on Sunday morning after a late-night agreement.',
      { now },
    );
    expect(result.fields.published).toBe('2021-03-14T10:32:00+01:00');
  });

  it('takes a "Photo:" line as the credit of the caption above it', () => {
    const result = recogniseText(
      'Harbour reopens\nBy Ana Lima\nThe harbour at dawn on Monday.\nPhoto: Reuters/Jane Doe\n\nThe harbour reopened on Monday after three weeks of repairs to the main pier, the port authority said.',
      { now },
    );
    expect(result.fields.byline).toBe('Ana Lima');
    expect(result.leadPhoto).toMatchObject({
      caption: 'The harbour at dawn on Monday.',
      credit: 'Reuters/Jane Doe',
    });
    expect(result.body.content).toHaveLength(1);
  });

  it('fits every field within the article limits', () => {
    const result = recogniseText(
      `${'x'.repeat(2_000)}\n\nBody paragraph that is long enough to be body text.`,
      {
        now,
      },
    );
    expect(result.fields.headline).toBe('');
    expect(() =>
      parseArticle({
        format: 1,
        id: '0123456789abcdef',
        ...result.fields,
        status: 'draft',
        body: result.body,
        leadPhoto: null,
        created: now.toISOString(),
        updated: now.toISOString(),
      }),
    ).not.toThrow();
  });
});
