import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { bodyFromDoc } from '../../../../core/desk/article-from-doc';
import { DerivedBody } from '../../../../core/desk/derived-body';
import { deskBody } from '../../../../core/desk/desk-layout';
import { setBody } from '../../../../core/desk/field-edits';
import { seedDoc } from '../../../../core/desk/seed-doc';
import { article as anyArticle } from '../export/article-arbitrary';

const runs = Number(process.env.PROPERTY_RUNS ?? 100);

/** What bodyFromDoc makes of the document: the body, or the fact that it refuses it. */
function wholeBody(doc: Y.Doc): unknown {
  try {
    return bodyFromDoc(doc);
  } catch {
    return 'refused';
  }
}

function derivedBody(derived: DerivedBody): unknown {
  try {
    return derived.json();
  } catch {
    return 'refused';
  }
}

/** Every Y.XmlText in the body, in document order. */
function texts(type: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  return type
    .toArray()
    .flatMap((child) =>
      child instanceof Y.XmlText ? [child] : child instanceof Y.XmlElement ? texts(child) : [],
    );
}

/** One edit a client (well-behaved or not) might make, by the numbers that pick where. */
type Edit = (doc: Y.Doc, at: number) => void;

const edits: Record<string, Edit> = {
  type: (doc, at) => {
    const all = texts(deskBody(doc));
    const text = all[at % Math.max(all.length, 1)];
    text?.insert(at % (text.length + 1), 'x');
  },
  erase: (doc, at) => {
    const text = texts(deskBody(doc)).find((t) => t.length > 0);
    text?.delete(at % text.length, 1);
  },
  bold: (doc, at) => {
    const text = texts(deskBody(doc)).find((t) => t.length > 1);
    text?.format(at % text.length, 1, { bold: {} });
  },
  unknownMark: (doc) => texts(deskBody(doc))[0]?.format(0, 1, { blink: {} }),
  newParagraph: (doc, at) => {
    const body = deskBody(doc);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('new')]);
    body.insert(at % (body.length + 1), [paragraph]);
  },
  removeBlock: (doc, at) => {
    const body = deskBody(doc);
    if (body.length > 0) body.delete(at % body.length, 1);
  },
  unknownNode: (doc) => deskBody(doc).insert(0, [new Y.XmlElement('marquee')]),
  unknownAttribute: (doc, at) => {
    const body = deskBody(doc);
    (body.get(at % Math.max(body.length, 1)) as Y.XmlElement | undefined)?.setAttribute(
      'onclick',
      'x',
    );
  },
  textAtTop: (doc) => deskBody(doc).insert(0, [new Y.XmlText('loose')]),
  emptyHeading: (doc) => deskBody(doc).insert(0, [new Y.XmlElement('heading')]),
  // Valid on its own, not as a block of the body.
  itemAtTop: (doc, at) => {
    const item = new Y.XmlElement('listItem');
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('item')]);
    item.insert(0, [paragraph]);
    const body = deskBody(doc);
    body.insert(at % (body.length + 1), [item]);
  },
};

describe('DerivedBody', () => {
  it('derives what bodyFromDoc derives, or refuses what it refuses, after every change', () => {
    fc.assert(
      fc.property(
        anyArticle,
        anyArticle,
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(edits)), fc.nat(50)), { maxLength: 12 }),
        (a, b, steps) => {
          const server = new Y.Doc({ gc: false });
          Y.applyUpdate(server, seedDoc(a));
          const derived = new DerivedBody(server);
          expect(derivedBody(derived)).toEqual(wholeBody(server));
          const client = new Y.Doc();
          Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
          client.on('update', (update: Uint8Array) => Y.applyUpdate(server, update));
          setBody(client, b.body);
          expect(derivedBody(derived)).toEqual(wholeBody(server));
          for (const [name, at] of steps) {
            edits[name]!(client, at);
            expect(derivedBody(derived)).toEqual(wholeBody(server));
          }
          derived.destroy();
        },
      ),
      { numRuns: runs },
    );
  });

  it('converts again only the block a keystroke touched', () => {
    const server = new Y.Doc({ gc: false });
    const fragment = deskBody(server);
    for (const word of ['One.', 'Two.', 'Three.']) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(word)]);
      fragment.push([paragraph]);
    }
    const derived = new DerivedBody(server);
    const before = derived.json();
    ((fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'x');
    const after = derived.json();
    expect(after.content![1]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'xTwo.' }],
    });
    expect(after.content![0]).toBe(before.content![0]);
    expect(after.content![2]).toBe(before.content![2]);
    expect(after.content![1]).not.toBe(before.content![1]);
  });
});
