import { describe, expect, it } from 'vitest';
import { Transform } from '@tiptap/pm/transform';
import { createBodyJson } from '../../../../core/body/body-json';
import { bodyNode, type BodyJSON } from '../../../../core/body/schema';

const text = (value: string, mark?: string) =>
  mark ? { type: 'text', text: value, marks: [{ type: mark }] } : { type: 'text', text: value };

const body: BodyJSON = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [text('Crews returned '), text('late', 'bold'), text(' on Tuesday.')],
    },
    { type: 'heading', attrs: { level: 2 }, content: [text('The deal')] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('first')] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('second', 'italic')] }] },
      ],
    },
    { type: 'figure', attrs: { src: 'harbour.jpg', caption: 'The harbour', credit: 'AFP' } },
    { type: 'paragraph' },
  ],
};

describe('createBodyJson', () => {
  it('gives exactly what doc.toJSON() gives', () => {
    const doc = bodyNode(body);
    expect(createBodyJson()(doc)).toEqual(doc.toJSON());
  });

  it('follows edits and reuses the JSON of blocks that did not change', () => {
    const json = createBodyJson();
    const before = bodyNode(body);
    const first = json(before);
    // Type into the heading (block 1): position 1 + paragraph size + 1 is inside it.
    const at = before.child(0).nodeSize + 2;
    const after = new Transform(before).insert(at, before.type.schema.text('X')).doc;
    const second = json(after);
    expect(second).toEqual(after.toJSON());
    expect(second.content![1]).not.toBe(first.content![1]);
    expect(second.content![1]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [text('TXhe deal')],
    });
    for (const i of [0, 2, 3, 4]) expect(second.content![i]).toBe(first.content![i]);
  });

  it('handles blocks added and removed, and an empty document', () => {
    const json = createBodyJson();
    const doc = bodyNode(body);
    json(doc);
    const shorter = new Transform(doc).delete(0, doc.child(0).nodeSize).doc;
    expect(json(shorter)).toEqual(shorter.toJSON());
    const empty = doc.copy();
    expect(json(empty)).toEqual({ type: 'doc' });
    expect(json(empty)).toEqual(empty.toJSON());
  });
});
