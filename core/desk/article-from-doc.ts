import * as Y from 'yjs';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { ARTICLE_FORMAT, parseArticle, type Article } from '../article/article';
import { cleanKeywords } from '../article/keywords';
import { photoTextFields, type Photo } from '../article/photo';
import { bodySchema, emptyBody, type BodyJSON } from '../body/schema';
import { checkBodyFragment } from './body-fragment-check';
import {
  deskBody,
  deskLeadPhoto,
  deskMeta,
  deskText,
  deskTextFields,
  type DeskTextField,
} from './desk-layout';

/** The article a desk document describes; throws InvalidArticleError when it describes none. */
export function articleFromDoc(doc: Y.Doc, at: { id: string; updated: string }): Article {
  return parseArticle(articleFields(doc, at, bodyFromDoc(doc)));
}

/**
 * As articleFromDoc, with the body already derived and checked (`DerivedBody`): only the other
 * fields are validated here, so a change to one field does not validate the whole body again.
 */
export function articleFromDocWithBody(
  doc: Y.Doc,
  at: { id: string; updated: string },
  body: BodyJSON,
): Article {
  return { ...parseArticle(articleFields(doc, at, emptyBody())), body };
}

function articleFields(doc: Y.Doc, at: { id: string; updated: string }, body: BodyJSON) {
  const meta = deskMeta(doc);
  const texts = Object.fromEntries(
    deskTextFields.map((field) => [field, deskText(doc, field).toString()]),
  ) as Record<DeskTextField, string>;
  return {
    format: ARTICLE_FORMAT,
    id: at.id,
    language: meta.get('language'),
    ...texts,
    keywords: keywordsFromDoc(meta.get('keywords')),
    published: meta.get('published') ?? null,
    status: meta.get('status'),
    body,
    leadPhoto: leadPhotoFromDoc(doc),
    created: meta.get('created'),
    updated: at.updated,
  };
}

/**
 * Documents seeded before articles had keywords have none. Yjs keeps strings as UTF-8, so two
 * keywords that differed only by a lone surrogate come back equal: the repeat is dropped.
 */
function keywordsFromDoc(value: unknown): unknown {
  if (value === undefined) return [];
  const strings = Array.isArray(value) && value.every((k) => typeof k === 'string');
  return strings ? cleanKeywords(value as string[]) : value;
}

/** The body as article.json holds it; an empty fragment (a document nobody filled yet) is the empty body. */
export function bodyFromDoc(doc: Y.Doc): BodyJSON {
  const fragment = deskBody(doc);
  if (fragment.length === 0) return emptyBody();
  checkBodyFragment(fragment, bodySchema());
  const node = yXmlFragmentToProseMirrorRootNode(fragment, bodySchema());
  node.check();
  return node.toJSON() as BodyJSON;
}

/** The lead photo as a plain object (not yet validated), or null when the map is empty. */
export function leadPhotoFromDoc(doc: Y.Doc): Record<keyof Photo, unknown> | null {
  const map = deskLeadPhoto(doc);
  if (map.size === 0) return null;
  const text = (key: string): unknown => {
    const value = map.get(key);
    return value instanceof Y.Text ? value.toString() : value;
  };
  return {
    file: map.get('file'),
    ...(Object.fromEntries(photoTextFields.map((field) => [field, text(field)])) as Record<
      (typeof photoTextFields)[number],
      unknown
    >),
    width: map.get('width') ?? null,
    height: map.get('height') ?? null,
    fromFile: map.get('fromFile') ?? [],
  };
}
