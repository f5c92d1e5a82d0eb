import path from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DeskDoc } from '../../../../electron/desk/desk-doc';
import { DeskHoldings } from '../../../../electron/desk/desk-holdings';
import { tempDir } from '../store/temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('newsroom-desk-holdings-')));
afterEach(() => cleanup());

const id = 'abcdefghij012345';

/** A message as the desk sends it: document name, Hocuspocus type, sync step, payload. */
function deskMessage(type: number, step: number, payload: Uint8Array): ArrayBuffer {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, id);
  encoding.writeVarUint(e, type);
  encoding.writeVarUint(e, step);
  encoding.writeVarUint8Array(e, payload);
  const bytes = encoding.toUint8Array(e);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** The desk's answer to a sync step 1 from `asker`: its state vector, then what `asker` lacks. */
function answer(desk: Y.Doc, asker: Y.Doc): ArrayBuffer[] {
  return [
    deskMessage(4, 0, Y.encodeStateVector(desk)),
    deskMessage(0, 1, Y.encodeStateAsUpdate(desk, Y.encodeStateVector(asker))),
  ];
}

it('the desk holds a document only once its answer shows every struct and deletion, deletions included', async () => {
  const deskDoc = await DeskDoc.open(id, path.join(dir, `${id}.updates`));
  const desk = new Y.Doc();
  const editor = new Y.Doc();
  const edit = async (change: (text: Y.Text) => void) => {
    const before = Y.encodeStateVector(editor);
    change(editor.getText('headline'));
    await deskDoc.applyLocal(Y.encodeStateAsUpdate(editor, before));
  };
  await edit((t) => t.insert(0, 'Ferry sinks'));
  Y.applyUpdate(desk, Y.encodeStateAsUpdate(deskDoc.doc));
  await edit((t) => t.delete(0, 6));
  const holdings = new DeskHoldings();

  // The desk holds every character but not the deletion: its state vector alone would say it does.
  const [vector, step2] = answer(desk, deskDoc.doc);
  // A step 2 without the step 1 before it says nothing of what the desk holds.
  expect(holdings.read(step2!)).toBeNull();
  expect(holdings.read(vector!)).toBeNull();
  expect(deskDoc.heldBy(holdings.read(step2!)!)).toBe(false);

  Y.applyUpdate(desk, Y.encodeStateAsUpdate(deskDoc.doc));
  const [vectorAfter, step2After] = answer(desk, deskDoc.doc);
  expect(holdings.read(vectorAfter!)).toBeNull();
  // An update the desk forwards from someone else is no answer.
  expect(holdings.read(deskMessage(0, 2, Y.encodeStateAsUpdate(desk)))).toBeNull();
  expect(deskDoc.heldBy(holdings.read(step2After!)!)).toBe(true);
  await deskDoc.close();
});

it('counts a change waiting here for changes never seen as held by neither side', async () => {
  const deskDoc = await DeskDoc.open(id, path.join(dir, `${id}.updates`));
  const other = new Y.Doc();
  other.getText('headline').insert(0, 'Refused part. ');
  const seen = Y.encodeStateVector(other);
  other.getText('headline').insert(14, 'Kept part.');
  // Its first change never arrives (a desk refused it): the second waits, integrated nowhere.
  await deskDoc.applyLocal(Y.encodeStateAsUpdate(other, seen));
  expect(deskDoc.pending).toBe(1);
  expect(deskDoc.doc.getText('headline').toString()).toBe('');
  expect(deskDoc.heldBy(Y.snapshot(new Y.Doc()))).toBe(true);
  await deskDoc.close();
});

it('passes over what is not a sync answer and forgets a state vector when the connection ends', () => {
  const holdings = new DeskHoldings();
  const desk = new Y.Doc();
  desk.getText('headline').insert(0, 'Ferry');
  const [vector, step2] = answer(desk, new Y.Doc());
  expect(holdings.read('text')).toBeNull();
  expect(holdings.read(new Uint8Array([1, 2, 3]))).toBeNull();
  expect(holdings.read(vector!)).toBeNull();
  holdings.forget();
  expect(holdings.read(step2!)).toBeNull();
});
