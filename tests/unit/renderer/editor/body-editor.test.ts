// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import type { BodyJSON } from '../../../../core/body/schema';
import {
  claimBodyEditor,
  prepareBodyEditor,
  takeBodyEditor,
  type BodyEditorEvents,
} from '../../../../renderer/src/editor/body-editor';

const taken: Editor[] = [];
let changes = 0;

const events: BodyEditorEvents = {
  onChange: () => void (changes += 1),
  onBlur: () => undefined,
  onLinkShortcut: () => undefined,
  onImageFiles: () => undefined,
  onEditFigure: () => undefined,
};

const body: BodyJSON = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Tram line opens.' }] },
    {
      type: 'figure',
      attrs: { src: 'quay.jpg', caption: 'The quay.', credit: 'Staff', alt: 'Quay' },
    },
  ],
};

function take(articleId: string, content: BodyJSON = body): Editor {
  const editor = takeBodyEditor(content, { articleId, labelId: `${articleId}-label` }, events);
  taken.push(editor);
  return editor;
}

afterEach(() => {
  for (const editor of taken.splice(0)) editor.destroy();
  changes = 0;
});

describe('body editor', () => {
  it.each([
    ['built ahead of its article', true],
    ['built when taken', false],
  ])('%s: shows the article, labelled, with its photos, and reports edits', (_, prepared) => {
    if (prepared) prepareBodyEditor();
    const editor = take('a7');
    // Only the article: nothing of the keystroke rehearsed while it was being read.
    expect(editor.state.doc.textContent).toBe('Tram line opens.');
    const dom = editor.view.dom;
    expect(dom.getAttribute('aria-labelledby')).toBe('a7-label');
    expect(dom.getAttribute('role')).toBe('textbox');
    expect(dom.classList.contains('body-prose')).toBe(true);
    // The figure view reads the article it was given after the editor was built.
    expect(dom.querySelector('img')!.getAttribute('src')).toBe('media/a7/quay.jpg');
    expect(changes).toBe(0);
    editor.commands.insertContentAt(1, 'New ');
    expect(editor.getText()).toContain('New Tram line opens.');
    expect(changes).toBe(1);
  });

  it('starts the history at the article: undo never goes back to the empty document', () => {
    prepareBodyEditor();
    const editor = take('a1');
    expect(editor.can().undo()).toBe(false);
    editor.commands.insertContentAt(1, 'X');
    editor.commands.undo();
    expect(editor.getText()).toContain('Tram line opens.');
    expect(editor.can().undo()).toBe(false);
  });

  it('adds the paragraph after a final photo when the article goes in, not as an undoable step on the first click', () => {
    prepareBodyEditor();
    const editor = take('a3');
    expect(editor.state.doc.lastChild?.type.name).toBe('paragraph');
    // A click into the text only moves the selection: nothing to undo, nothing to save.
    editor.commands.setTextSelection(3);
    expect(editor.can().undo()).toBe(false);
    expect(changes).toBe(0);
    expect(editor.state.doc.childCount).toBe(3);
  });

  it('gives each article its own editor, the prepared one once', () => {
    prepareBodyEditor();
    const first = take('a1');
    const second = take('a2', { type: 'doc', content: [{ type: 'paragraph' }] });
    expect(second).not.toBe(first);
    expect(first.getText()).toContain('Tram line opens.');
    expect(second.isEmpty).toBe(true);
    expect(second.view.dom.getAttribute('aria-labelledby')).toBe('a2-label');
  });

  it('destroys an editor whose render React discarded once a later one is claimed', () => {
    const discarded = take('a1');
    const shown = take('a1');
    claimBodyEditor(shown);
    expect(discarded.isDestroyed).toBe(true);
    expect(shown.isDestroyed).toBe(false);
    // Claimed editors are left alone by later claims, and claiming twice (StrictMode) changes nothing.
    const next = take('a2');
    claimBodyEditor(next);
    claimBodyEditor(shown);
    expect(shown.isDestroyed).toBe(false);
    expect(next.isDestroyed).toBe(false);
  });
});
