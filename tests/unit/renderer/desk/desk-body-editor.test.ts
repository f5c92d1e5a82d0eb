// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { yCursorPluginKey } from '@tiptap/y-tiptap';
import { buildBodyEditor } from '../../../../renderer/src/editor/body-editor';
import { deskPair } from './desk-pair';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  document.body.replaceChildren();
});

function mount(editor: Editor): void {
  document.body.append(editor.view.dom);
  cleanups.push(() => editor.destroy());
}

describe('the body on a desk', () => {
  it('two editors on one article converge, each keeping the other’s words', () => {
    const pair = deskPair();
    cleanups.push(pair.destroy);
    const left = buildBodyEditor(pair.a).editor;
    const right = buildBodyEditor(pair.b).editor;
    mount(left);
    mount(right);
    left.commands.insertContentAt(1, 'Tram line opens.');
    expect(right.getText()).toBe('Tram line opens.');
    // Both type into the same paragraph at once, at its two ends.
    for (const [at, l, r] of [
      [1, 'N', ' Fares'],
      [2, 'ew ', ' fall.'],
    ] as const) {
      left.commands.insertContentAt(at, l);
      right.commands.insertContentAt(right.state.doc.content.size - 1, r);
    }
    expect(left.getJSON()).toEqual(right.getJSON());
    expect(left.getText()).toBe('New Tram line opens. Fares fall.');
    expect(pair.a.doc.getXmlFragment('body').length).toBe(1);
  });

  it('has no ProseMirror history: undo takes back only one’s own change', () => {
    const pair = deskPair();
    cleanups.push(pair.destroy);
    const left = buildBodyEditor(pair.a).editor;
    const right = buildBodyEditor(pair.b).editor;
    mount(left);
    mount(right);
    left.commands.insertContentAt(1, 'Mine. ');
    right.commands.insertContentAt(right.state.doc.content.size - 1, 'Theirs.');
    left.commands.undo();
    expect(right.getText()).toBe('Theirs.');
  });

  it('redraws for others’ carets, not for a change of one’s own', async () => {
    const pair = deskPair();
    cleanups.push(pair.destroy);
    const left = buildBodyEditor(pair.a).editor;
    mount(left);
    const redraws: Transaction[] = [];
    left.on('transaction', ({ transaction }) => redraws.push(transaction));
    const caret = { anchor: null, head: null };
    // The caret plugin batches what awareness tells it and redraws from a timer.
    const timersRun = () => new Promise((done) => setTimeout(done, 10));
    pair.a.awareness.setLocalStateField('cursor', caret);
    await timersRun();
    expect(redraws).toEqual([]);
    pair.b.awareness.setLocalStateField('cursor', caret);
    await timersRun();
    expect(redraws.map((tr) => tr.getMeta(yCursorPluginKey))).toEqual([{ awarenessUpdated: true }]);
  });
});
