// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { State, tokenize } from 'linkifyjs';
import { bodyExtensions } from '../../../../core/body/extensions';

const editors: Editor[] = [];

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function open(): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: bodyExtensions,
    content: { type: 'doc', content: [{ type: 'paragraph' }] },
  });
  editors.push(editor);
  return editor;
}

/** Types `words` then a space at the end of the body, the way keystrokes reach the editor. */
function type(editor: Editor, words: string): void {
  for (const text of [words, ' ']) {
    const { view } = editor;
    view.dispatch(view.state.tr.insertText(text, view.state.doc.content.size - 1));
  }
}

const links = (editor: Editor) =>
  [...editor.view.dom.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);

describe('body links', () => {
  it("keeps linkify's scanner when an editor is destroyed, and still links as the next one types", () => {
    const first = open();
    type(first, 'see https://example.org');
    expect(links(first)).toEqual([['https://example.org', 'https://example.org']]);
    tokenize('example.org');
    const scanner = State.groups;
    first.destroy();

    const next = open();
    type(next, 'read https://example.org/report');
    expect(links(next)).toEqual([['https://example.org/report', 'https://example.org/report']]);
    expect(State.groups).toBe(scanner);
  });

  it('links only safe addresses as one types', () => {
    const editor = open();
    type(
      editor,
      'example.org javascript:alert(1) data:text/html,x file:///etc/passwd mailto:desk@example.org',
    );
    expect(links(editor)).toEqual([['mailto:desk@example.org', 'mailto:desk@example.org']]);
  });
});
