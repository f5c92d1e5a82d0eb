// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrictMode, act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Editor } from '@tiptap/core';
import { bodyEditors } from '../../../../renderer/src/editor/body-editor-pool';
import { useBodyEditor } from '../../../../renderer/src/hooks/use-body-editor';

let root: Root;
let editor: Editor;
let changes: number;

function Probe() {
  editor = useBodyEditor(
    { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tram' }] }] },
    { labelId: 'body-label', articleId: 'a1', language: 'en' },
    {
      onChange: () => void (changes += 1),
      onBlur: () => undefined,
      onLinkShortcut: () => undefined,
      onImageFiles: () => undefined,
      onEditFigure: () => undefined,
    },
  );
  return null;
}

const tick = () => act(() => new Promise((done) => setTimeout(done, 5)));

beforeEach(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  changes = 0;
  root = createRoot(document.createElement('div'));
  await act(async () => root.render(createElement(StrictMode, null, createElement(Probe))));
});

afterEach(async () => {
  await act(async () => root.unmount());
  bodyEditors.reset();
});

describe('useBodyEditor', () => {
  it('reports each document change, without TipTap tracking deletions after every keystroke', async () => {
    // Nothing listens to "delete" events; the extension set a timer and mapped each transaction's steps.
    expect(editor.extensionManager.extensions.map((e) => e.name)).not.toContain('delete');
    await act(async () => {
      editor.commands.insertContentAt(5, ' line');
      editor.commands.setTextSelection(1);
    });
    expect(editor.getText()).toBe('Tram line');
    expect(changes).toBe(1);
  });

  it('keeps its editor through StrictMode remounting and destroys it once the view is gone', async () => {
    await tick();
    expect(editor.isDestroyed).toBe(false);
    const used = editor;
    await act(async () => root.unmount());
    await tick();
    expect(used.isDestroyed).toBe(true);
    root = createRoot(document.createElement('div'));
  });
});
