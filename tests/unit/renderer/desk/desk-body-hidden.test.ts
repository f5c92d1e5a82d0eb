// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { buildBodyEditor } from '../../../../renderer/src/editor/body-editor';
import { bodyText, deskPair } from './desk-pair';

// Apart from desk-body-editor.test.ts: frames never come back in this file once stopped. The
// caret's publication (within 600 ms of typing) catches the document up.
afterEach(() => vi.unstubAllGlobals());

it('a window that draws no frames (hidden) still writes and sends what was typed', async () => {
  vi.stubGlobal('requestAnimationFrame', () => 0);
  const pair = deskPair();
  const { editor } = buildBodyEditor(pair.a);
  document.body.append(editor.view.dom);
  editor.commands.insertContentAt(1, 'Typed while hidden');
  await new Promise((done) => setTimeout(done, 700));
  expect(bodyText(pair.b.doc)).toBe('Typed while hidden');
  editor.destroy();
  pair.destroy();
});
