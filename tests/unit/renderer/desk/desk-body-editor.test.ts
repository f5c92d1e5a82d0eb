// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { yCursorPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { afterNextPaint } from '../../../../renderer/src/core/after-paint';
import { buildBodyEditor } from '../../../../renderer/src/editor/body-editor';
import { undoSteps } from '../../../../renderer/src/editor/undo-steps';
import { bodyText, deskPair } from './desk-pair';

// The editor writes into the document once its frame is drawn; the document sends what changed at
// the end of that task.
const written = async () => {
  await new Promise<void>((done) => afterNextPaint(done));
  await new Promise((done) => setTimeout(done));
};

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  document.body.replaceChildren();
});

function mount(editor: Editor): void {
  document.body.append(editor.view.dom);
  cleanups.push(() => editor.destroy());
}

/** A body editor on the first document of a desk pair; the second has no editor. */
function leftOnDesk(): { pair: ReturnType<typeof deskPair>; left: Editor } {
  const pair = deskPair();
  cleanups.push(pair.destroy);
  const left = buildBodyEditor(pair.a).editor;
  mount(left);
  return { pair, left };
}

describe('the body on a desk', () => {
  it('two editors on one article converge, each keeping the other’s words', async () => {
    const pair = deskPair();
    cleanups.push(pair.destroy);
    const left = buildBodyEditor(pair.a).editor;
    const right = buildBodyEditor(pair.b).editor;
    mount(left);
    mount(right);
    left.commands.insertContentAt(1, 'Tram line opens.');
    await written();
    expect(right.getText()).toBe('Tram line opens.');
    // Both type into the same paragraph at once, at its two ends.
    for (const [at, l, r] of [
      [1, 'N', ' Fares'],
      [2, 'ew ', ' fall.'],
    ] as const) {
      left.commands.insertContentAt(at, l);
      right.commands.insertContentAt(right.state.doc.content.size - 1, r);
      await written();
    }
    expect(left.getJSON()).toEqual(right.getJSON());
    expect(left.getText()).toBe('New Tram line opens. Fares fall.');
    expect(pair.a.doc.getXmlFragment('body').length).toBe(1);
  });

  it('has no ProseMirror history: undo takes back only one’s own change', async () => {
    const pair = deskPair();
    cleanups.push(pair.destroy);
    const left = buildBodyEditor(pair.a).editor;
    const right = buildBodyEditor(pair.b).editor;
    mount(left);
    mount(right);
    left.commands.insertContentAt(1, 'Mine. ');
    await written();
    right.commands.insertContentAt(right.state.doc.content.size - 1, 'Theirs.');
    await written();
    left.commands.undo();
    await written();
    expect(right.getText()).toBe('Theirs.');
  });

  it('writes a keystroke into the document after its frame, not inside it', async () => {
    const { pair, left } = leftOnDesk();
    left.commands.insertContentAt(1, 'Tram');
    expect(bodyText(pair.a.doc)).toBe('');
    await written();
    expect(bodyText(pair.a.doc)).toBe('Tram');
    expect(bodyText(pair.b.doc)).toBe('Tram');
  });

  it('keeps what was typed when others’ change arrives before the editor wrote it', async () => {
    const { pair, left } = leftOnDesk();
    left.commands.insertContentAt(1, 'Tram line opens.');
    await written();
    // Someone else adds a paragraph while this window's next words wait for their frame.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(pair.a.doc));
    const before = Y.encodeStateVector(other);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Fares fall.')]);
    other.getXmlFragment('body').push([paragraph]);
    left.commands.insertContentAt(left.state.doc.child(0).nodeSize - 1, ' Today.');
    pair.a.receiveUpdate(Y.encodeStateAsUpdate(other, before));
    expect(left.getText({ blockSeparator: '|' })).toBe('Tram line opens. Today.|Fares fall.');
    expect(bodyText(pair.a.doc)).toBe('Tram line opens. Today.|Fares fall.');
    // What was typed still went out (the other change came from elsewhere: it is not sent on).
    await written();
    expect(bodyText(pair.b.doc)).toBe('Tram line opens. Today.');
  });

  it('undo straight after typing takes back what was typed', () => {
    const { left } = leftOnDesk();
    left.commands.insertContentAt(1, 'Oops');
    expect(left.commands.undo()).toBe(true);
    expect(left.getText()).toBe('');
    expect(left.commands.redo()).toBe(true);
    expect(left.getText()).toBe('Oops');
  });

  it('an input rule still ends an undo step when it comes in the same frame as the typing before it', () => {
    const { left } = leftOnDesk();
    const typeText = (text: string) => {
      const { from, to } = left.state.selection;
      const handled = left.view.someProp('handleTextInput', (handle) =>
        handle(left.view, from, to, text, () => left.state.tr.insertText(text, from, to)),
      );
      if (!handled) left.view.dispatch(left.state.tr.insertText(text, from, to));
    };
    left.commands.insertContentAt(1, 'Tram');
    left.commands.enter();
    typeText('##');
    // "## " makes the paragraph a heading: one undo takes back that, not what was typed before it.
    typeText(' ');
    expect(left.getJSON().content?.[1]?.type).toBe('heading');
    left.commands.undo();
    expect(left.getText({ blockSeparator: '|' })).toBe('Tram|## ');
  });

  it('offers undo and redo from the Yjs undo manager once what was typed is written', async () => {
    const { left } = leftOnDesk();
    expect(undoSteps(left.state)).toEqual({ undo: false, redo: false });
    left.commands.insertContentAt(1, 'Tram');
    await written();
    expect(undoSteps(left.state)).toEqual({ undo: true, redo: false });
    left.commands.undo();
    expect(undoSteps(left.state)).toEqual({ undo: false, redo: true });
  });

  it('closing the document straight after typing still sends what was typed', async () => {
    const pair = deskPair();
    const left = buildBodyEditor(pair.a).editor;
    mount(left);
    left.commands.insertContentAt(1, 'Last words');
    pair.a.destroy();
    await written();
    expect(bodyText(pair.b.doc)).toBe('Last words');
    pair.b.destroy();
  });

  it('redraws for others’ carets, not for a change of one’s own', async () => {
    const { pair, left } = leftOnDesk();
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
