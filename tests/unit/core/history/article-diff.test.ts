import { describe, expect, it } from 'vitest';
import type { BodyJSON } from '../../../../core/body/schema';
import { diffArticles, readableText } from '../../../../core/history/article-diff';
import { sampleArticle } from '../export/sample-article';

const paragraphs = (...texts: string[]): BodyJSON => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

describe('readableText', () => {
  it('sets blocks apart, keeps line breaks and shows photos by caption', () => {
    expect(readableText(sampleArticle().body)).toBe(
      'The strike ended on Friday, the union said. See the statement.\n\nWhat changes\n\n' +
        'Night ferries\n\n[Photo: Crews at the quay]\n\nWe won\ntogether.',
    );
  });
});

describe('diffArticles', () => {
  it('diffs headline, standfirst and body text word by word', () => {
    const before = sampleArticle({ body: paragraphs('The strike ended on Friday.') });
    const after = sampleArticle({
      headline: 'Ferry strike ends after four days',
      body: paragraphs('The strike ended on Saturday.', 'Ferries run again.'),
    });
    const diff = diffArticles(before, after);
    expect(diff.changed).toBe(true);
    expect(diff.fields.map((f) => [f.label, f.changed])).toEqual([
      ['Headline', true],
      ['Standfirst', false],
      ['Body', true],
    ]);
    expect(diff.fields[0]!.parts.filter((p) => p.change !== 'same')).toEqual([
      { change: 'removed', text: 'three' },
      { change: 'added', text: 'four' },
    ]);
    expect(diff.fields[2]).toMatchObject({ wordsAdded: 4, wordsRemoved: 1 });
    expect(diff.otherChanges).toEqual([]);
  });

  it('names the other fields that changed', () => {
    const before = sampleArticle();
    const after = sampleArticle({
      kicker: 'Transport',
      status: 'draft',
      leadPhoto: null,
    });
    expect(diffArticles(before, after).otherChanges).toEqual(['Kicker', 'Status', 'Lead photo']);
  });

  it('notices a changed inline photo and formatting-only edits', () => {
    const before = sampleArticle();
    const body = structuredClone(before.body);
    const figure = body.content!.find((n) => n.type === 'figure')!;
    figure.attrs = { ...figure.attrs, credit: 'Someone else' };
    expect(diffArticles(before, sampleArticle({ body })).otherChanges).toEqual([
      'Photos in the body',
    ]);

    const plain = sampleArticle({ body: paragraphs('Bold move') });
    const bold: BodyJSON = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Bold move', marks: [{ type: 'bold' }] }],
        },
      ],
    };
    const diff = diffArticles(plain, sampleArticle({ body: bold }));
    expect(diff.otherChanges).toEqual(['Body formatting']);
    expect(diff.fields.every((f) => !f.changed)).toBe(true);
    expect(diff.changed).toBe(true);
  });

  it('takes formatting written in another order, or without defaults, as no change', () => {
    const linked = (content: BodyJSON['content']): BodyJSON => ({ type: 'doc', content });
    const editor = linked([
      {
        type: 'heading',
        attrs: { level: 2 },
        content: [
          {
            type: 'text',
            text: 'Night ferries',
            marks: [{ type: 'bold' }, { type: 'italic' }],
          },
        ],
      },
    ]);
    // Other key order, marks listed the other way round: the same heading to a reader.
    const stored = linked([
      {
        content: [
          { marks: [{ type: 'italic' }, { type: 'bold' }], text: 'Night ferries', type: 'text' },
        ],
        attrs: { level: 2 },
        type: 'heading',
      },
    ]);
    const diff = diffArticles(sampleArticle({ body: stored }), sampleArticle({ body: editor }));
    expect(diff.otherChanges).toEqual([]);
    expect(diff.changed).toBe(false);
  });

  it('reads inline photos as the editor does: key order and default values are no change', () => {
    const written = (attrs: Record<string, unknown>): BodyJSON => ({
      type: 'doc',
      content: [{ type: 'figure', attrs }, ...paragraphs('Boats stayed in.').content!],
    });
    // As the editor writes it: every attribute, in the schema's order, defaults filled in.
    const editor = written({
      src: 'quay.jpg',
      caption: 'The quay at dawn',
      credit: '',
      photographer: '',
      copyright: '',
      alt: '',
      width: 1200,
      height: null,
    });
    // The same photo as a store, CLI or importer may write it: other order, no defaults, size as digits.
    const stored = written({ width: '1200', caption: 'The quay at dawn', src: 'quay.jpg' });
    const same = diffArticles(sampleArticle({ body: stored }), sampleArticle({ body: editor }));
    expect(same.otherChanges).toEqual([]);
    expect(same.changed).toBe(false);

    const recaptioned = written({ src: 'quay.jpg', caption: 'The quay at noon', width: 1200 });
    const diff = diffArticles(
      sampleArticle({ body: stored }),
      sampleArticle({ body: recaptioned }),
    );
    expect(diff.otherChanges).toEqual(['Photos in the body']);
    expect(diff.changed).toBe(true);
  });

  it('reports no change between equal versions', () => {
    const diff = diffArticles(sampleArticle(), sampleArticle());
    expect(diff.changed).toBe(false);
    expect(diff.otherChanges).toEqual([]);
  });
});
