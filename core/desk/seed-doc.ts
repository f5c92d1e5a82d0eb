import * as Y from 'yjs';
import { digest } from 'lib0/hash/sha256';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type { Article } from '../article/article';
import type { Photo } from '../article/photo';
import { bodyNode, bodySchema } from '../body/schema';
import { applyArticleEdits } from './field-edits';
import { deskBody } from './desk-layout';

/**
 * The Yjs update that turns an empty document into `article`. Deterministic: the same article
 * yields the same bytes on every machine (client id derived from the content, fixed order), so
 * two laptops seeding one old article.json add it once, not twice. Apply it to a fresh Y.Doc;
 * never edit with the seeding doc itself, whose client id other seeders share.
 */
export function seedDoc(article: Article): Uint8Array {
  const body = bodyNode(article.body).toJSON();
  const seeded = {
    kicker: article.kicker,
    headline: article.headline,
    standfirst: article.standfirst,
    byline: article.byline,
    dateline: article.dateline,
    language: article.language,
    // Left out when empty, so an article without keywords seeds the same bytes as before they existed.
    ...(article.keywords.length ? { keywords: article.keywords } : {}),
    status: article.status,
    published: article.published,
    created: article.created,
    leadPhoto: article.leadPhoto && canonicalPhoto(article.leadPhoto),
    body,
  };
  const doc = new Y.Doc({ gc: true });
  // Same content, same id; different content seeded elsewhere gets another id, so the two never collide.
  doc.clientID = seedClientId(JSON.stringify(seeded));
  doc.transact(() => {
    applyArticleEdits(doc, { ...seeded, body: undefined });
    prosemirrorJSONToYXmlFragment(bodySchema(), body, deskBody(doc));
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

function seedClientId(canonical: string): number {
  const hash = digest(new TextEncoder().encode(canonical));
  return ((hash[0]! << 24) | (hash[1]! << 16) | (hash[2]! << 8) | hash[3]!) >>> 0;
}

/** The photo with its keys in one fixed order, whatever order the caller built it in. */
function canonicalPhoto(photo: Photo): Photo {
  const { file, caption, credit, photographer, copyright, altText, width, height, fromFile } =
    photo;
  return { file, caption, credit, photographer, copyright, altText, width, height, fromFile };
}
