import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Node as PMNode } from '@tiptap/pm/model';
import { createBodyJson } from '../../../../core/body/body-json';
import { countBody, countDoc, createBodyCounter } from '../../../../core/body/counts';
import { bodyNode } from '../../../../core/body/schema';
import type { BodyJSON, BodyNodeJSON } from '../../../../core/body/schema';

const words = fc.constantFrom('a', 'well-known', "isn't", '2.5', 'é', '😀', ' ', '.', '—', 'x.y');
const line = fc.array(words, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const text = (value: string): BodyNodeJSON => ({ type: 'text', text: value });
const block: fc.Arbitrary<BodyNodeJSON> = fc.oneof(
  line.map((t) => ({ type: 'paragraph', content: [text(t)] })),
  line.map((t) => ({ type: 'heading', attrs: { level: 2 }, content: [text(t)] })),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => ({
    type: 'bulletList',
    content: items.map((t) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [text(t)] }],
    })),
  })),
  line.map((t) => ({ type: 'blockquote', content: [{ type: 'paragraph', content: [text(t)] }] })),
  fc.constant({ type: 'figure', attrs: { src: 'a.jpg', caption: 'Not counted' } }),
  fc.constant({ type: 'paragraph' }),
);

describe('createBodyCounter', () => {
  it('agrees with countBody, also when later bodies reuse and replace blocks', () => {
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), block), { maxLength: 6 }),
        (blocks, edits) => {
          const count = createBodyCounter();
          let body: BodyJSON = { type: 'doc', content: blocks };
          expect(count(body)).toEqual(countBody(body));
          // Each edit replaces one block and keeps the others (as composing after a keystroke does).
          for (const [at, replacement] of edits) {
            const content = [...body.content!];
            content[at % content.length] = replacement;
            body = { type: 'doc', content };
            expect(count(body)).toEqual(countBody(body));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counts a body composed from the editor's document from the live counts, not again", () => {
    const doc = bodyNode({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('The tram line opens')] },
        { type: 'heading', attrs: { level: 2 }, content: [text('In spring')] },
      ],
    });
    const live = countDoc(doc);
    const textBetween = vi.spyOn(PMNode.prototype, 'textBetween');
    try {
      expect(createBodyCounter()(createBodyJson()(doc))).toEqual(live);
      expect(textBetween).not.toHaveBeenCalled();
    } finally {
      textBetween.mockRestore();
    }
  });

  it('rejects what countBody rejects', () => {
    const count = createBodyCounter();
    expect(() => count({ type: 'doc', content: [{ type: 'nonsense' }] })).toThrow();
  });
});

describe('countDoc', () => {
  it('agrees with countBody on the editor document, also when later versions share blocks', () => {
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), block), { maxLength: 6 }),
        (blocks, edits) => {
          let doc = bodyNode({ type: 'doc', content: blocks });
          expect(countDoc(doc)).toEqual(countBody(doc));
          // Each edit replaces one block and shares the others, as a transaction does.
          for (const [at, replacement] of edits) {
            const node = bodyNode({ type: 'doc', content: [replacement] }).child(0);
            doc = doc.copy(doc.content.replaceChild(at % doc.childCount, node));
            expect(countDoc(doc)).toEqual(countBody(doc));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
