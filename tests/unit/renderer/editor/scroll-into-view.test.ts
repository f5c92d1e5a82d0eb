// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { bodySchema } from '../../../../core/body/schema';
import { scrollSelectionIntoView } from '../../../../renderer/src/editor/scroll-into-view';

// happy-dom has no layout: each box gets the rectangle the test gives it.
function box(element: HTMLElement, top: number, height: number): void {
  element.getBoundingClientRect = () =>
    ({ left: 0, right: 600, top, bottom: top + height, width: 600, height }) as DOMRect;
  Object.defineProperty(element, 'offsetWidth', { value: 600 });
  Object.defineProperty(element, 'offsetHeight', { value: height });
  Object.defineProperty(element, 'clientWidth', { value: 600 });
  Object.defineProperty(element, 'clientHeight', { value: height });
}

function setup() {
  const pane = document.createElement('main');
  pane.style.overflowY = 'auto';
  const frame = document.createElement('div');
  pane.append(frame);
  document.body.append(pane);
  box(pane, 100, 400);
  box(frame, 0, 5000);
  const schema = bodySchema();
  const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('Tram')])]);
  const view = new EditorView(frame, {
    state: EditorState.create({ doc, selection: TextSelection.create(doc, 3) }),
  });
  // The caret is 700 px down the window, below the pane's bottom edge at 500.
  view.coordsAtPos = () => ({ left: 10, right: 11, top: 700, bottom: 720 });
  const frameMeasured = vi.spyOn(frame, 'getBoundingClientRect');
  return { pane, view, frameMeasured };
}

describe('scrollSelectionIntoView', () => {
  it('scrolls the pane as ProseMirror would, measuring only what can scroll', () => {
    const { pane, view, frameMeasured } = setup();
    window.scrollBy = () => undefined;
    expect(scrollSelectionIntoView(view)).toBe(true);
    // ProseMirror's rule: the caret's bottom 5 px above the pane's bottom edge.
    expect(pane.scrollTop).toBe(720 - 500 + 5);
    expect(frameMeasured).not.toHaveBeenCalled();
    view.destroy();
    pane.remove();
  });
});
