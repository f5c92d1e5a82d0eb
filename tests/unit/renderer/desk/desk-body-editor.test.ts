// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
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
});
