import * as Y from 'yjs';
import { updateYFragment } from '@tiptap/y-tiptap';
import type { ArticleEdits } from '../article/article';
import { photoTextFields, type Photo } from '../article/photo';
import { bodyNode, type BodyJSON } from '../body/schema';
import {
  deskBody,
  deskLeadPhoto,
  deskMeta,
  deskText,
  deskTextFields,
  type DeskTextField,
} from './desk-layout';

/** Replaces a Y.Text's content by deleting and inserting only the part that differs, so concurrent edits elsewhere survive. */
export function replaceText(text: Y.Text, value: string): void {
  const old = text.toString();
  if (old === value) return;
  let start = 0;
  const max = Math.min(old.length, value.length);
  while (start < max && old[start] === value[start]) start++;
  let end = 0;
  while (end < max - start && old[old.length - 1 - end] === value[value.length - 1 - end]) end++;
  // Never split a surrogate pair: Yjs counts UTF-16 units and a half pair would corrupt the text.
  if (start > 0 && isHighSurrogate(old.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(old.charCodeAt(old.length - end))) end--;
  const removed = old.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = value.slice(start, value.length - end);
  if (inserted) text.insert(start, inserted);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Sets one of the article's text fields. */
export function setTextField(
  doc: Y.Doc,
  field: DeskTextField,
  value: string,
  origin?: unknown,
): void {
  doc.transact(() => replaceText(deskText(doc, field), value), origin);
}

/** Makes the body fragment hold `body`, changing only the nodes that differ. */
export function setBody(doc: Y.Doc, body: BodyJSON, origin?: unknown): void {
  const node = bodyNode(body);
  doc.transact(() => {
    updateYFragment(doc, deskBody(doc), node, { mapping: new Map(), isOMark: new Map() });
  }, origin);
}

/** Sets the lead photo (null removes it), keeping its text fields as Y.Text edited in place. */
export function setLeadPhoto(doc: Y.Doc, photo: Photo | null, origin?: unknown): void {
  doc.transact(() => writeLeadPhoto(deskLeadPhoto(doc), photo), origin);
}

function writeLeadPhoto(map: Y.Map<unknown>, photo: Photo | null): void {
  if (!photo) {
    for (const key of [...map.keys()]) map.delete(key);
    return;
  }
  setPlain(map, 'file', photo.file);
  setPlain(map, 'width', photo.width);
  setPlain(map, 'height', photo.height);
  setPlain(map, 'fromFile', photo.fromFile);
  for (const field of photoTextFields) {
    const current = map.get(field);
    if (current instanceof Y.Text) replaceText(current, photo[field]);
    else map.set(field, new Y.Text(photo[field]));
  }
}

/** Sets a plain map value only when it differs, so an unchanged value makes no update. */
function setPlain(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
}

/** Applies the given article fields to the document in one transaction, touching only what changed. */
export function applyArticleEdits(
  doc: Y.Doc,
  edits: Partial<ArticleEdits> & { created?: string },
  origin?: unknown,
): void {
  doc.transact(() => {
    for (const field of deskTextFields) {
      const value = edits[field];
      if (value !== undefined) replaceText(deskText(doc, field), value);
    }
    const meta = deskMeta(doc);
    if (edits.language !== undefined) setPlain(meta, 'language', edits.language);
    if (edits.keywords !== undefined) setPlain(meta, 'keywords', edits.keywords);
    if (edits.status !== undefined) setPlain(meta, 'status', edits.status);
    if (edits.published !== undefined) setPlain(meta, 'published', edits.published);
    if (edits.created !== undefined) setPlain(meta, 'created', edits.created);
    if (edits.leadPhoto !== undefined) writeLeadPhoto(deskLeadPhoto(doc), edits.leadPhoto);
    if (edits.body !== undefined) {
      updateYFragment(doc, deskBody(doc), bodyNode(edits.body), {
        mapping: new Map(),
        isOMark: new Map(),
      });
    }
  }, origin);
}

/** The Yjs update that makes `edits` on the document `state` describes, touching only what differs. */
export function editsAsUpdate(
  state: Uint8Array,
  edits: Partial<ArticleEdits> & { created?: string },
): Uint8Array {
  const editor = new Y.Doc();
  Y.applyUpdate(editor, state);
  const before = Y.encodeStateVector(editor);
  applyArticleEdits(editor, edits);
  const update = Y.encodeStateAsUpdate(editor, before);
  editor.destroy();
  return update;
}
