// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import {
  applyLink,
  linkAtSelection,
  removeLink,
} from '../../../../renderer/src/editor/link-commands';
import { openBody } from './body-editor-fixture';

let editor: Editor;
let close: () => void;

// "Read the report here.": the paragraph opens at 1, so "report" runs from 10 to 16.
beforeEach(() => {
  ({ editor, close } = openBody('Read the report here.'));
});

afterEach(() => close());

const links = () =>
  [...editor.view.dom.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);

describe('link commands', () => {
  it('links the selected words, and reads the address back at a caret inside them', () => {
    expect(linkAtSelection(editor)).toBe('');
    editor.commands.setTextSelection({ from: 10, to: 16 });
    applyLink(editor, 'https://example.org/report');
    expect(links()).toEqual([['report', 'https://example.org/report']]);
    editor.commands.setTextSelection(12);
    expect(linkAtSelection(editor)).toBe('https://example.org/report');
  });

  it('changes the whole link the caret is in, not only a character of it', () => {
    editor.commands.setTextSelection({ from: 10, to: 16 });
    applyLink(editor, 'https://example.org/old');
    editor.commands.setTextSelection(12);
    applyLink(editor, 'https://example.org/new');
    expect(links()).toEqual([['report', 'https://example.org/new']]);
    expect(editor.getText()).toBe('Read the report here.');
  });

  it('with a caret outside any link, writes the address itself as the linked text', () => {
    editor.commands.setTextSelection(22);
    applyLink(editor, 'mailto:desk@example.org');
    expect(editor.getText()).toBe('Read the report here.mailto:desk@example.org');
    expect(links()).toEqual([['mailto:desk@example.org', 'mailto:desk@example.org']]);
  });

  it('removes the whole link at the caret and keeps its words', () => {
    editor.commands.setTextSelection({ from: 10, to: 16 });
    applyLink(editor, 'https://example.org/report');
    editor.commands.setTextSelection(11);
    removeLink(editor);
    expect(links()).toEqual([]);
    expect(editor.getText()).toBe('Read the report here.');
    expect(linkAtSelection(editor)).toBe('');
  });
});
