// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, createElement, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { LibraryPane } from '../../../../renderer/src/components/LibraryPane';

let root: Root;
let element: HTMLElement;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  element = document.createElement('div');
  document.body.append(element);
  root = createRoot(element);
});

afterEach(async () => {
  await act(async () => root.unmount());
  element.remove();
});

const render = (loading: boolean) =>
  act(async () =>
    root.render(
      createElement(LibraryPane, {
        entries: [],
        loading,
        error: null,
        workspace: null,
        selectedId: null,
        filterRef: createRef<HTMLInputElement>(),
        onNew: () => undefined,
        onOpen: () => undefined,
        onDelete: () => undefined,
        onSwitchWorkspace: () => undefined,
        beforeExport: async () => undefined,
      }),
    ),
  );

describe('LibraryPane', () => {
  it('says nothing about an empty workspace until the first listing has arrived', async () => {
    await render(true);
    expect(element.textContent).not.toContain('No articles yet');
    // No "0" next to the heading while the listing is on its way.
    expect(element.querySelector('.library-total')!.textContent).toBe('');
    await render(false);
    expect(element.textContent).toContain('No articles yet');
    expect(element.querySelector('.library-total')!.textContent).toBe('0');
  });

  it('draws the windowed list only once the first listing has arrived', async () => {
    await render(true);
    expect(element.querySelector('ul[aria-label="Articles"]')).toBeNull();
    await render(false);
    // Its code loads then, in a chunk of its own.
    await vi.waitFor(async () => {
      await act(async () => undefined);
      expect(element.querySelector('ul[aria-label="Articles"]')).not.toBeNull();
    });
  });
});
