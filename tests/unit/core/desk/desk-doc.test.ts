import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { InvalidArticleError, parseArticle, type Article } from '../../../../core/article/article';
import { cleanKeywords } from '../../../../core/article/keywords';
import { articleFromDoc } from '../../../../core/desk/article-from-doc';
import { deskBody, deskLeadPhoto, deskMeta, deskText } from '../../../../core/desk/desk-layout';
import { applyArticleEdits, setTextField } from '../../../../core/desk/field-edits';
import { seedDoc } from '../../../../core/desk/seed-doc';
import { article as anyArticle } from '../export/article-arbitrary';
import { sampleArticle } from '../export/sample-article';

const runs = Number(process.env.PROPERTY_RUNS ?? 200);

/** A fresh document holding the given updates, as a laptop or the server would build it. */
function docOf(...updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

const read = (doc: Y.Doc, a: Article): Article =>
  articleFromDoc(doc, { id: a.id, updated: a.updated });

/** The article with every lone surrogate replaced: Yjs stores text as UTF-8, which cannot hold one. */
function wellFormed(a: Article): Article {
  const json = JSON.stringify(a, (_key, value: unknown) =>
    typeof value === 'string'
      ? (value as string & { toWellFormed(): string }).toWellFormed()
      : value,
  );
  const parsed = JSON.parse(json) as Article;
  // Keywords that differed only by a lone surrogate are one keyword now.
  return parseArticle({ ...parsed, keywords: cleanKeywords(parsed.keywords) });
}

// Vary fromFile too: the shared arbitrary always leaves it empty.
const articles = fc
  .tuple(anyArticle, fc.subarray(['caption', 'credit', 'altText'] as const))
  .map(([a, fromFile]) =>
    wellFormed(a.leadPhoto ? { ...a, leadPhoto: { ...a.leadPhoto, fromFile: [...fromFile] } } : a),
  );

/** The same article with its keys in another order, as another program might write it. */
function reordered(a: Article): Article {
  const photo = a.leadPhoto && Object.fromEntries(Object.entries(a.leadPhoto).reverse());
  return Object.fromEntries(
    Object.entries({ ...a, leadPhoto: photo }).reverse(),
  ) as unknown as Article;
}

describe('the desk document of an article', () => {
  it('gives back every article it was seeded with, every node, mark and figure attribute', () => {
    fc.assert(
      fc.property(articles, (a) => {
        expect(read(docOf(seedDoc(a)), a)).toEqual(a);
      }),
      { numRuns: runs },
    );
  });

  it('keeps one keyword where two differed only by a lone surrogate, which UTF-8 cannot hold', () => {
    const a = { ...sampleArticle(), keywords: ['port\uD800', 'port\uDC00', 'ferry'] };
    expect(read(docOf(seedDoc(a)), a).keywords).toEqual(['port\uFFFD', 'ferry']);
  });

  it('lays the article out in the agreed root types', () => {
    const a = sampleArticle();
    const doc = docOf(seedDoc(a));
    expect(deskText(doc, 'headline').toString()).toBe(a.headline);
    expect(deskMeta(doc).toJSON()).toEqual({
      language: a.language,
      keywords: a.keywords,
      status: a.status,
      published: a.published,
      created: a.created,
    });
    expect(deskBody(doc).length).toBe(a.body.content!.length);
    const lead = deskLeadPhoto(doc);
    expect(lead.get('file')).toBe(a.leadPhoto!.file);
    expect(lead.get('caption')).toBeInstanceOf(Y.Text);
    expect(doc.share.get('body')).toBe(doc.getXmlFragment('body'));
  });

  it('seeds byte-identical updates from the same article on two machines', () => {
    fc.assert(
      fc.property(articles, (a) => {
        expect(seedDoc(reordered(a))).toEqual(seedDoc(a));
      }),
      { numRuns: 50 },
    );
  });

  it('never duplicates a paragraph when two laptops seed the same old article and edit', () => {
    fc.assert(
      fc.property(articles, fc.string({ maxLength: 5 }), (a, typed) => {
        const laptopA = docOf(seedDoc(a));
        const laptopB = docOf(seedDoc(structuredClone(a)));
        setTextField(laptopA, 'headline', typed + a.headline);
        const merged = docOf(Y.encodeStateAsUpdate(laptopA), Y.encodeStateAsUpdate(laptopB));
        const expected = { ...a, headline: typed + a.headline };
        expect(read(merged, a)).toEqual(expected);
        expect(deskBody(merged).length).toBe(deskBody(docOf(seedDoc(a))).length);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps both seeds, consistently, when two machines seed different versions', () => {
    const a = sampleArticle();
    const b = { ...a, headline: 'Another headline' };
    const one = docOf(seedDoc(a), seedDoc(b));
    const other = docOf(seedDoc(b), seedDoc(a));
    expect(Y.encodeStateVector(one)).toEqual(Y.encodeStateVector(other));
    expect(read(one, a)).toEqual(read(other, a));
  });

  it('turns one article into another by editing only what differs', () => {
    fc.assert(
      fc.property(articles, articles, (a, b) => {
        const doc = docOf(seedDoc(a));
        applyArticleEdits(doc, b);
        expect(read(doc, a)).toEqual({ ...b, id: a.id, updated: a.updated });
      }),
      { numRuns: runs },
    );
  });

  it('merges two people typing in one headline by character', () => {
    const a = sampleArticle({ headline: 'Floods in the valley' });
    const one = docOf(seedDoc(a));
    const two = docOf(seedDoc(a));
    setTextField(one, 'headline', 'Big floods in the valley');
    setTextField(two, 'headline', 'Floods in the valley today');
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    expect(read(one, a).headline).toBe('Big floods in the valley today');
    expect(read(two, a)).toEqual(read(one, a));
  });

  it('reads an empty document body as the empty body, and a document without meta as invalid', () => {
    const a = sampleArticle();
    const doc = docOf(seedDoc(a));
    deskBody(doc).delete(0, deskBody(doc).length);
    expect(read(doc, a).body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(() => read(new Y.Doc(), a)).toThrow(InvalidArticleError);
  });

  it('refuses a document whose body holds nodes outside the schema', () => {
    const a = sampleArticle();
    const doc = docOf(seedDoc(a));
    deskBody(doc).insert(0, [new Y.XmlElement('script')]);
    expect(() => read(doc, a)).toThrow('body: unknown node "script"');
    const other = docOf(seedDoc(a));
    (deskBody(other).get(0) as Y.XmlElement).setAttribute('onclick', 'x');
    expect(() => read(other, a)).toThrow('unknown attribute "onclick"');
  });
});
