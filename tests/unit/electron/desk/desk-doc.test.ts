import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DeskDoc } from '../../../../electron/desk/desk-doc';
import { UpdateLog } from '../../../../electron/desk/update-log';
import { tempDir } from '../store/temp-workspace';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('newsroom-desk-doc-')));
afterEach(() => cleanup());

const id = 'abcdefghij012345';

/** An editor's document that hands out its updates, as the renderer does. */
function editor() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, updates };
}

describe('DeskDoc', () => {
  it('replays local updates after a reopen and counts them pending until confirmed', async () => {
    const file = path.join(dir, `${id}.updates`);
    const a = editor();
    const deskDoc = await DeskDoc.open(id, file);
    expect(deskDoc.empty).toBe(true);
    a.doc.getText('headline').insert(0, 'Ferry');
    a.doc.getText('headline').insert(5, ' sinks');
    for (const u of a.updates) await deskDoc.applyLocal(u);
    expect(deskDoc.pending).toBe(2);
    await deskDoc.close();

    const reopened = await DeskDoc.open(id, file);
    expect(reopened.doc.getText('headline').toString()).toBe('Ferry sinks');
    expect(reopened.pending).toBe(2);
    await reopened.confirm();
    a.doc.getText('headline').insert(0, 'Breaking: ');
    await reopened.applyLocal(a.updates.at(-1)!);
    expect(reopened.pending).toBe(1);
    await reopened.close();

    const third = await DeskDoc.open(id, file);
    expect(third.doc.getText('headline').toString()).toBe('Breaking: Ferry sinks');
    expect(third.pending).toBe(1);
    await third.close();
  });

  it('keeps remote updates without counting them, and compaction keeps content and pending', async () => {
    const file = path.join(dir, `${id}.updates`);
    const deskDoc = await DeskDoc.open(id, file);
    const other = new Y.Doc();
    other.getText('kicker').insert(0, 'Weather');
    Y.applyUpdate(deskDoc.doc, Y.encodeStateAsUpdate(other), 'desk');
    const mine = editor();
    mine.doc.getText('byline').insert(0, 'Ana');
    await deskDoc.applyLocal(mine.updates[0]!);
    await deskDoc.compact();
    await deskDoc.close();
    const { read, log } = await UpdateLog.open(file, 'log');
    await log.close();
    expect(read.records.map((r) => r.kind)).toEqual(['state', 'confirmed', 'local']);
    const reopened = await DeskDoc.open(id, file);
    expect(reopened.doc.getText('kicker').toString()).toBe('Weather');
    expect(reopened.doc.getText('byline').toString()).toBe('Ana');
    expect(reopened.pending).toBe(1);
    await reopened.close();
  });

  it('refuses bytes that are not a Yjs update and writes nothing', async () => {
    const file = path.join(dir, `${id}.updates`);
    const deskDoc = await DeskDoc.open(id, file);
    await expect(deskDoc.applyLocal(new Uint8Array([255, 255, 255, 255, 1]))).rejects.toThrow(
      `refused a malformed update for article ${id}`,
    );
    expect(deskDoc.pending).toBe(0);
    await deskDoc.close();
    const { read, log } = await UpdateLog.open(file, 'log');
    await log.close();
    expect(read.records).toEqual([]);
  });
});
