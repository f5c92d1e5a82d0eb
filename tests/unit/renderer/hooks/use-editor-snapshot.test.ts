// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrictMode, act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Editor } from '@tiptap/core';
import { bodyExtensions } from '../../../../core/body/extensions';
import { afterNextPaint } from '../../../../renderer/src/core/after-paint';
import { useEditorSnapshot } from '../../../../renderer/src/hooks/use-editor-snapshot';

let root: Root;
let editor: Editor;
let renders: number;
let seen: boolean;

const bold = (e: Editor) => e.isActive('bold');

function Probe() {
  renders += 1;
  seen = useEditorSnapshot(editor, bold, (a, b) => a === b);
  return null;
}

const painted = () => act(() => new Promise<void>((done) => afterNextPaint(done)));

beforeEach(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  editor = new Editor({
    extensions: bodyExtensions,
    content: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Tram ' },
            { type: 'text', text: 'line', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    },
  });
  renders = 0;
  root = createRoot(document.createElement('div'));
  await act(async () => root.render(createElement(StrictMode, null, createElement(Probe))));
});

afterEach(async () => {
  await act(async () => root.unmount());
  editor.destroy();
});

describe('useEditorSnapshot', () => {
  it('redraws after the next frame, and only when the answer changes', async () => {
    expect(seen).toBe(false);
    const before = renders;
    await act(async () => {
      editor.commands.insertContentAt(1, 'The ');
      editor.commands.setTextSelection(3);
    });
    await painted();
    expect(renders).toBe(before);

    await act(async () => editor.commands.setTextSelection(12));
    expect(seen).toBe(false);
    await painted();
    expect(seen).toBe(true);
    expect(renders).toBeGreaterThan(before);
  });
});
