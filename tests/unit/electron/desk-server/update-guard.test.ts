import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createArticle } from '../../../../core/article/article';
import { blankPhoto } from '../../../../core/article/photo-fields';
import { articleFromDoc } from '../../../../core/desk/article-from-doc';
import { photoRoleRefusal } from '../../../../core/desk/desk-roles';
import { deskBody, deskLeadPhoto, deskMeta, deskText } from '../../../../core/desk/desk-layout';
import { setTextField } from '../../../../core/desk/field-edits';
import { seedDoc } from '../../../../core/desk/seed-doc';
import type { DeskUser } from '../../../../electron/desk-server/desk-users';
import { guardUpdate, RefusedUpdate } from '../../../../electron/desk-server/update-guard';
import { paragraphs } from '../store/temp-workspace';

const reporter: DeskUser = { name: 'Rita Reporter', role: 'reporter' };
const photo: DeskUser = { name: 'Pia Photo', role: 'photo' };

/** The server's document of an article with a lead photo, and helpers to change it as clients do. */
function desk() {
  const article = createArticle({
    headline: 'Floods in the valley',
    body: paragraphs('One.', 'Two.'),
    leadPhoto: { ...blankPhoto('bridge.jpg'), caption: 'The bridge.' },
  });
  const server = new Y.Doc();
  Y.applyUpdate(server, seedDoc(article));
  const client = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    return doc;
  };
  const change = (doc: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(doc);
    edit(doc);
    return Y.encodeStateAsUpdate(doc, before);
  };
  /** What the server does with a message: guard, then apply. */
  const send = (update: Uint8Array, user: DeskUser) => {
    guardUpdate(server, article.id, update, user);
    Y.applyUpdate(server, update);
  };
  return { server, client, change, send };
}

const caption = (doc: Y.Doc, text: string) =>
  (deskLeadPhoto(doc).get('caption') as Y.Text).insert(0, text);

describe('guardUpdate', () => {
  it('lets through a second copy of a change the document holds, and judges a new one', () => {
    const { server, client, change, send } = desk();
    const rita = client();
    const typed = change(rita, (doc) => setTextField(doc, 'headline', 'Floods in the valley rise'));
    send(typed, reporter);
    const erased = change(rita, (doc) => setTextField(doc, 'headline', 'Floods rise'));
    send(erased, reporter);
    // The window and its laptop both send each change: the copy changes nothing and is let through.
    for (const copy of [typed, erased]) expect(() => send(copy, photo)).not.toThrow();
    expect(deskText(server, 'headline').toString()).toBe('Floods rise');
    // A deletion the document has not seen, or one new struct beside known ones, is judged.
    const pia = client();
    const deletion = change(pia, (doc) => setTextField(doc, 'headline', 'Floods'));
    expect(() => send(deletion, photo)).toThrow(RefusedUpdate);
    const mixed = Y.mergeUpdates([
      typed,
      change(client(), (doc) => setTextField(doc, 'headline', 'Floods rise!')),
    ]);
    expect(() => send(mixed, photo)).toThrow(RefusedUpdate);
  });

  it('refuses a photo editor changing the headline, and lets the caption change through', () => {
    const { client, change, send } = desk();
    const pia = client();
    const headline = change(pia, (doc) => setTextField(doc, 'headline', 'Floods'));
    expect(() => send(headline, photo)).toThrow(RefusedUpdate);
    const other = client();
    expect(() =>
      send(
        change(other, (doc) => caption(doc, 'Dawn: ')),
        photo,
      ),
    ).not.toThrow();
  });

  it('judges a change against what reached the document without the guard (another server)', () => {
    const { server, client, change, send } = desk();
    send(
      change(client(), (doc) => caption(doc, 'At dawn, ')),
      photo,
    );
    // As through Redis: applied to the document directly, never guarded here.
    const rita = client();
    Y.applyUpdate(
      server,
      change(rita, (doc) => setTextField(doc, 'headline', 'Floods rise')),
    );
    const pia = client();
    expect(() =>
      send(
        change(pia, (doc) => caption(doc, 'Seen ')),
        photo,
      ),
    ).not.toThrow();
  });

  it('starts from the document again after a refused change', () => {
    const { client, change, send } = desk();
    const pia = client();
    const invalid = change(client(), (doc) =>
      deskBody(doc).insert(0, [new Y.XmlElement('script')]),
    );
    expect(() => send(invalid, reporter)).toThrow('the change does not leave a valid article');
    // Judged against a copy still holding the refused body, this would look like a new article.
    expect(() =>
      send(
        change(pia, (doc) => caption(doc, 'Seen ')),
        photo,
      ),
    ).not.toThrow();
  });

  it('refuses exactly what judging the whole article before and after refuses, change by change', () => {
    const paragraphAt = (doc: Y.Doc, at: number) =>
      deskBody(doc).get(at % deskBody(doc).length) as Y.XmlElement;
    const edits: Record<string, (doc: Y.Doc, at: number) => void> = {
      type: (doc, at) => (paragraphAt(doc, at).get(0) as Y.XmlText).insert(0, 'x'),
      bold: (doc, at) => (paragraphAt(doc, at).get(0) as Y.XmlText).format(0, 1, { bold: {} }),
      newParagraph: (doc, at) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText('New.')]);
        deskBody(doc).insert(at % deskBody(doc).length, [paragraph]);
      },
      unknownNode: (doc, at) =>
        deskBody(doc).insert(at % deskBody(doc).length, [new Y.XmlElement('script')]),
      unknownAttribute: (doc, at) => paragraphAt(doc, at).setAttribute('onclick', 'x'),
      headline: (doc) => setTextField(doc, 'headline', 'Floods rise'),
      caption: (doc) => caption(doc, 'Seen '),
      badStatus: (doc) => deskMeta(doc).set('status', 'lost'),
      goodStatus: (doc) => deskMeta(doc).set('status', 'draft'),
    };
    const judged = (doc: Y.Doc, id: string) => {
      try {
        return articleFromDoc(doc, { id, updated: '1970-01-01T00:00:00Z' });
      } catch {
        return null;
      }
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(edits)), fc.nat(9), fc.boolean()), {
          maxLength: 14,
        }),
        (steps) => {
          const { server, client, change, send } = desk();
          // Any article id: the judgement does not depend on it.
          const id = 'aaaaaaaaaaaaaaaa';
          for (const [name, at, byPhoto] of steps) {
            const user = byPhoto ? photo : reporter;
            const update = change(client(), (doc) => edits[name]!(doc, at));
            const trial = new Y.Doc({ gc: false });
            Y.applyUpdate(trial, Y.encodeStateAsUpdate(server));
            const before = judged(trial, id);
            Y.applyUpdate(trial, update);
            const after = judged(trial, id);
            const expected =
              (before !== null && after === null) ||
              (user.role === 'photo' &&
                (before === null || after === null || photoRoleRefusal(before, after) !== null));
            let refused = false;
            try {
              send(update, user);
            } catch (error) {
              if (!(error instanceof RefusedUpdate)) throw error;
              refused = true;
            }
            expect({ name, byPhoto, refused }).toEqual({ name, byPhoto, refused: expected });
          }
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
    );
  });
});
