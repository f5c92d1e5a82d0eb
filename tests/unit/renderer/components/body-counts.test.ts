// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, createElement, Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Editor } from '@tiptap/core';
import { bodyExtensions } from '../../../../core/body/extensions';
import { BodyCounts } from '../../../../renderer/src/components/BodyCounts';
import { fakeIdle, type FakeIdle } from '../fake-idle';

let idle: FakeIdle;
let root: Root;
let element: HTMLElement;
let editor: Editor;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  idle = fakeIdle();
  element = document.createElement('div');
  root = createRoot(element);
  editor = new Editor({
    extensions: bodyExtensions,
    content: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Three short words' }] }],
    },
  });
});

afterEach(async () => {
  await act(async () => root.unmount());
  editor.destroy();
});

describe('BodyCounts', () => {
  it('counts the body once the browser is first idle, keeping its line in place until then', async () => {
    await act(async () => root.render(createElement(BodyCounts, { editor, language: 'en' })));
    expect(element.querySelector('.counts')!.textContent).toBe('\u00a0');
    await idle.becomeIdle();
    expect(element.querySelector('.counts')!.textContent).toBe('3 words17 characters');
  });

  it('writes the counts after a pause in typing without a React render', async () => {
    let commits = 0;
    const onRender = () => void commits++;
    await act(async () =>
      root.render(
        createElement(
          Profiler,
          { id: 'counts', onRender },
          createElement(BodyCounts, { editor, language: 'en' }),
        ),
      ),
    );
    await idle.becomeIdle();
    const counts = element.querySelector('.counts')!;
    const committed = commits;
    vi.useFakeTimers();
    try {
      editor.commands.insertContentAt(
        editor.state.doc.content.size - 1,
        ' and https://example.com',
      );
      expect(counts.textContent).toBe('3 words17 characters');
      await act(async () => vi.advanceTimersByTime(200));
    } finally {
      vi.useRealTimers();
    }
    expect(counts.textContent).toBe('5 words41 characters');
    expect(commits).toBe(committed);
  });
});
