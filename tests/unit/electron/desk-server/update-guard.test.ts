import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createArticle } from '../../../../core/article/article';
import { blankPhoto } from '../../../../core/article/photo-fields';
import { deskBody, deskLeadPhoto } from '../../../../core/desk/desk-layout';
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
});
