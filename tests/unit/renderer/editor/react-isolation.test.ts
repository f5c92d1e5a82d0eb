// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import {
  ReactIsolation,
  TYPING_EVENTS,
  hideEditableFromReact,
} from '../../../../renderer/src/editor/react-isolation';

let root: Root | null = null;
let bump: () => void = () => undefined;

function Counter() {
  const [count, setCount] = useState(0);
  bump = () => setCount((c) => c + 1);
  return createElement('span', null, String(count));
}

/** A focused editable with the caret inside it, next to a React root. */
async function focusedEditable(): Promise<HTMLElement> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const editable = document.createElement('div');
  editable.setAttribute('contenteditable', 'true');
  editable.textContent = 'The tram line opens in spring';
  document.body.append(editable);
  editable.focus();
  getSelection()!.collapse(editable.firstChild!, 4);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(createElement(Counter)));
  return editable;
}

async function commitReadsSelection(): Promise<boolean> {
  const spy = vi.spyOn(window, 'getSelection');
  await act(async () => bump());
  const read = spy.mock.calls.length > 0;
  spy.mockRestore();
  return read;
}

afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  root = null;
  document.body.replaceChildren();
});

describe('hideEditableFromReact', () => {
  it('stops React from reading the caret of the focused editable on every commit', async () => {
    const editable = await focusedEditable();
    // React walks the editable's text to save the caret (what this is about), so it reads the selection.
    expect(await commitReadsSelection()).toBe(true);
    hideEditableFromReact(editable);
    expect(await commitReadsSelection()).toBe(false);
    expect(document.activeElement).toBe(editable);
  });

  it('leaves the attribute, editing and read-only state as they are', () => {
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    hideEditableFromReact(editable);
    expect(editable.contentEditable).toBe('inherit');
    expect(editable.getAttribute('contenteditable')).toBe('true');
    editable.contentEditable = 'false';
    expect(editable.getAttribute('contenteditable')).toBe('false');
    expect(editable.contentEditable).toBe('false');
  });
});

describe('ReactIsolation', () => {
  const editorIn = (host: HTMLElement) =>
    new Editor({
      element: host,
      extensions: [StarterKit, ReactIsolation],
      content: '<p>Tram</p>',
    });

  it("applies to the editor's body, editable or read-only", () => {
    const editor = editorIn(document.createElement('div'));
    const dom = editor.view.dom;
    expect(dom.getAttribute('contenteditable')).toBe('true');
    expect(dom.contentEditable).toBe('inherit');
    editor.setEditable(false);
    expect(dom.contentEditable).toBe('false');
    editor.destroy();
  });

  it('keeps the events of typing inside the body, where ProseMirror hears them; keydown goes on', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const editor = editorIn(host);
    const heard: string[] = [];
    const above: string[] = [];
    for (const type of [...TYPING_EVENTS, 'keydown']) {
      editor.view.dom.addEventListener(type, () => heard.push(type));
      host.addEventListener(type, () => above.push(type));
    }
    for (const type of [...TYPING_EVENTS, 'keydown'])
      editor.view.dom.dispatchEvent(new Event(type, { bubbles: true }));
    expect(heard).toEqual([...TYPING_EVENTS, 'keydown']);
    expect(above).toEqual(['keydown']);
    editor.destroy();
  });
});
