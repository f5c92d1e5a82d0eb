import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createArticle } from '../../../../core/article/article';
import { blankPhoto } from '../../../../core/article/photo-fields';
import { articleFromDoc } from '../../../../core/desk/article-from-doc';
import { deskBody, deskLeadPhoto, deskText } from '../../../../core/desk/desk-layout';
import { refusalNotice } from '../../../../core/desk/refusal-notice';
import { separateParts, splitRefusedChange } from '../../../../core/desk/refused-split';
import { seedDoc } from '../../../../core/desk/seed-doc';
import { paragraphs } from '../../electron/store/temp-workspace';

const time = '2026-01-02T03:04:05.000Z';
const article = createArticle({
  headline: 'Floods in the valley',
  body: paragraphs('One.', 'Two.'),
  leadPhoto: { ...blankPhoto('bridge.jpg'), caption: 'The bridge.' },
});
const { id } = article;

/** The desk's document, a laptop's copy of it, and the laptop's changes since that copy. */
function deskAndLaptop() {
  const desk = new Y.Doc();
  Y.applyUpdate(desk, seedDoc(article));
  const laptop = new Y.Doc();
  Y.applyUpdate(laptop, Y.encodeStateAsUpdate(desk));
  const pending: Uint8Array[] = [];
  laptop.on('update', (update: Uint8Array) => pending.push(update));
  return { desk, laptop, pending };
}

const caption = (doc: Y.Doc) => deskLeadPhoto(doc).get('caption') as Y.Text;
const firstParagraph = (doc: Y.Doc) => (deskBody(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText;
const read = (doc: Y.Doc) => articleFromDoc(doc, { id, updated: time });

/** What splitRefusedChange makes of the laptop's changes, refused by the desk for `role`. */
function splitOf(
  { desk, laptop, pending }: ReturnType<typeof deskAndLaptop>,
  role: 'photo' | 'reporter' | null,
) {
  return splitRefusedChange({
    id,
    desk: Y.encodeStateAsUpdate(desk),
    local: Y.encodeStateAsUpdate(laptop),
    missing: Y.mergeUpdates(pending),
    role,
    time,
  });
}

/** The desk's document with `updates` applied, as an article. */
function deskWith(desk: Y.Doc, ...updates: (Uint8Array | null)[]) {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(desk));
  for (const update of updates) if (update) Y.applyUpdate(copy, update);
  return read(copy);
}

describe('splitRefusedChange', () => {
  it("keeps a photo editor's caption and sets aside the body text typed before it", () => {
    const pair = deskAndLaptop();
    const { desk, laptop } = pair;
    firstParagraph(laptop).insert(0, 'Typed by the photo desk. ');
    caption(laptop).insert(caption(laptop).length, ' Looking north.');
    const split = splitOf(pair, 'photo');
    expect(split.parts).toEqual(['body']);
    expect(split.article?.body).toEqual(paragraphs('Typed by the photo desk. One.', 'Two.'));
    // The rest goes to the desk as new changes on its own copy: the caption, not the body.
    const kept = deskWith(desk, split.kept);
    expect(kept.leadPhoto?.caption).toBe('The bridge. Looking north.');
    expect(kept.body).toEqual(article.body);
    // The refused part, applied to the desk's copy by someone allowed, makes the change again.
    const refused = deskWith(desk, split.refused);
    expect(refused.body).toEqual(paragraphs('Typed by the photo desk. One.', 'Two.'));
    expect(refused.leadPhoto?.caption).toBe('The bridge.');
    // Both together are what the laptop meant, with no letter twice.
    const both = deskWith(desk, split.kept, split.refused);
    expect(both).toEqual(split.article);
  });

  it("keeps others' changes the desk took meanwhile", () => {
    const pair = deskAndLaptop();
    const { desk, laptop } = pair;
    caption(laptop).insert(caption(laptop).length, ' Looking north.');
    deskText(laptop, 'headline').insert(0, 'Exclusive: ');
    // A reporter's edits of the caption and the body reached the desk first.
    caption(desk).insert(0, 'At dawn: ');
    firstParagraph(desk).insert(0, 'Update. ');
    const split = splitOf(pair, 'photo');
    expect(split.parts).toEqual(['headline']);
    const kept = deskWith(desk, split.kept);
    expect(kept.leadPhoto?.caption).toBe('At dawn: The bridge. Looking north.');
    expect(kept.body).toEqual(paragraphs('Update. One.', 'Two.'));
    expect(kept.headline).toBe('Floods in the valley');
    expect(deskWith(desk, split.refused).headline).toBe('Exclusive: Floods in the valley');
  });

  it('refuses all of the pending changes when they cannot be told apart', () => {
    const pair = deskAndLaptop();
    const { laptop } = pair;
    caption(laptop).insert(0, 'Dawn. ');
    // The desk refused what the shared rule allows (it knows more), or the role is unknown.
    for (const role of ['photo', null] as const) {
      const split = splitOf(pair, role);
      expect(split.parts).toEqual([]);
      expect(split.kept).toBeNull();
      expect(split.refused).toEqual(Y.mergeUpdates(pair.pending));
      expect(split.article?.leadPhoto?.caption).toBe('Dawn. The bridge.');
    }
  });

  it('sets aside everything when the merged copy is no valid article', () => {
    const pair = deskAndLaptop();
    const { laptop } = pair;
    deskText(laptop, 'kicker').insert(0, 'k'.repeat(501));
    caption(laptop).insert(0, 'Dawn. ');
    const split = splitOf(pair, 'reporter');
    // The merged document is no article at all: nothing can be told apart.
    expect(split.article).toBeNull();
    expect(split.parts).toEqual([]);
    expect(split.kept).toBeNull();
  });
});

describe('separateParts', () => {
  const base = article;
  it('refuses a part that changed on the desk since the edit saw it', () => {
    const from = { ...base, headline: 'Old' };
    const to = { ...from, headline: 'New', leadPhoto: { ...base.leadPhoto!, credit: 'Reuters' } };
    expect(separateParts(base, from, to, 'reporter')).toEqual({
      allowed: { leadPhoto: to.leadPhoto },
      refused: { headline: 'New' },
    });
  });

  it('refuses what the role may not change, allows the rest', () => {
    const to = { ...base, status: 'ready' as const, leadPhoto: null };
    expect(separateParts(base, base, to, 'photo')).toEqual({
      allowed: { leadPhoto: null },
      refused: { status: 'ready' },
    });
    expect(separateParts(base, base, to, 'editor')).toEqual({
      allowed: { status: 'ready', leadPhoto: null },
      refused: {},
    });
  });
});

describe('refusalNotice', () => {
  it('names what was refused, why and where it is kept', () => {
    expect(refusalNotice(['body'], 'the photo role may not change the body', '/w/x.json')).toBe(
      'Your change to the body was not accepted by the desk: the photo role may not change the body. It was kept in /w/x.json.',
    );
    expect(refusalNotice(['kicker', 'headline', 'body'], 'no', 'f')).toBe(
      'Your change to the kicker, the headline and the body was not accepted by the desk: no. It was kept in f.',
    );
    expect(refusalNotice([], 'no', 'f')).toBe(
      'Your changes to this article were not accepted by the desk: no. They were kept in f.',
    );
  });
});
