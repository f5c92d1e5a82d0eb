// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import type { BodyJSON } from '../../../../core/body/schema';
import type { BodyEditorEvents } from '../../../../renderer/src/editor/body-editor';
import { BodyEditorPool } from '../../../../renderer/src/editor/body-editor-pool';

const taken: Editor[] = [];
let pool: BodyEditorPool;
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
  const editor = pool.take(
    content,
    { articleId, labelId: `${articleId}-label`, language: 'en' },
    events,
  );
  taken.push(editor);
  return editor;
}

beforeEach(() => {
  pool = new BodyEditorPool();
});

afterEach(() => {
  pool.reset();
  for (const editor of taken.splice(0)) editor.destroy();
  changes = 0;
});

describe('body editor', () => {
  it.each([
    ['built ahead of its article', true],
    ['built when taken', false],
  ])('%s: shows the article, labelled, with its photos, and reports edits', (_, prepared) => {
    if (prepared) pool.prepare();
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
    pool.prepare();
    const editor = take('a1');
    expect(editor.can().undo()).toBe(false);
    editor.commands.insertContentAt(1, 'X');
    editor.commands.undo();
    expect(editor.getText()).toContain('Tram line opens.');
    expect(editor.can().undo()).toBe(false);
  });

  it('adds the paragraph after a final photo when the article goes in, not as an undoable step on the first click', () => {
    pool.prepare();
    const editor = take('a3');
    expect(editor.state.doc.lastChild?.type.name).toBe('paragraph');
    // A click into the text only moves the selection: nothing to undo, nothing to save.
    editor.commands.setTextSelection(3);
    expect(editor.can().undo()).toBe(false);
    expect(changes).toBe(0);
    expect(editor.state.doc.childCount).toBe(3);
  });

  it('gives each article its own editor, the prepared one once', () => {
    pool.prepare();
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
    pool.claim(shown);
    expect(discarded.isDestroyed).toBe(true);
    expect(shown.isDestroyed).toBe(false);
    // Claimed editors are left alone by later claims, and claiming twice (StrictMode) changes nothing.
    const next = take('a2');
    pool.claim(next);
    pool.claim(shown);
    expect(shown.isDestroyed).toBe(false);
    expect(next.isDestroyed).toBe(false);
  });

  it('resets: destroys the editors never claimed and builds the next one afresh', () => {
    const claimed = take('a1');
    pool.claim(claimed);
    const unclaimed = take('a2');
    pool.prepare();
    pool.reset();
    expect(unclaimed.isDestroyed).toBe(true);
    // A view that has mounted owns its editor: the pool leaves it alone.
    expect(claimed.isDestroyed).toBe(false);
    // The prepared editor went with the reset: the next one is a live, new editor.
    const next = take('a3');
    expect(next.isDestroyed).toBe(false);
    expect(next.state.doc.textContent).toBe('Tram line opens.');
  });
});
