// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrictMode, act, createElement, useCallback } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createArticle, type Article } from '../../../../core/article/article';
import type { SaveResult } from '../../../../electron/ipc/contract';
import type { SaveSession } from '../../../../renderer/src/core/save-session';
import {
  useArticleDraft,
  type ArticleDraftState,
} from '../../../../renderer/src/hooks/use-article-draft';
import { useArticleSession } from '../../../../renderer/src/hooks/use-article-session';

const article = createArticle({ headline: 'Harbour vote' });
let root: Root;
let written: Article[];
let savedHeadlines: string[];
let handedOver: (SaveSession | null)[];
let fields: ArticleDraftState;
let session: SaveSession;

/** The article view's use of the two hooks: the draft's changes go through its session. */
function View({ unsaved }: { unsaved: boolean }) {
  session = useArticleSession(
    {
      revision: 'r1',
      save: async (next): Promise<SaveResult> => {
        written.push(next);
        return { ok: true, revision: `r${written.length + 1}`, updated: '2026-12-01T10:00:00Z' };
      },
      // Saves only on a flush (blur, the app): no timer races the test.
      delayMs: 60_000,
    },
    {
      unsaved,
      compose: () => ({ ...article, ...fields.current() }),
      onSaved: (saved) => savedHeadlines.push(saved.headline),
      onSession: (handed) => handedOver.push(handed),
    },
  );
  const changed = useCallback(() => session.changed(), []);
  fields = useArticleDraft(article, changed);
  return createElement('p', null, fields.draft.headline);
}

async function mount(unsaved = false): Promise<HTMLElement> {
  const element = document.createElement('div');
  root = createRoot(element);
  await act(async () =>
    root.render(createElement(StrictMode, null, createElement(View, { unsaved }))),
  );
  return element;
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  written = [];
  savedHeadlines = [];
  handedOver = [];
});

afterEach(async () => {
  await act(async () => root.unmount());
});

describe('useArticleSession with useArticleDraft', () => {
  it('hands its session to the app while mounted, through StrictMode remounting, and stops saving once gone', async () => {
    await mount();
    expect(handedOver.at(-1)).toBe(session);
    const used = session;
    await act(async () => root.unmount());
    expect(handedOver.at(-1)).toBeNull();
    used.changed();
    expect(used.hasUnsavedChanges).toBe(false);
    root = createRoot(document.createElement('div'));
  });

  it('shows a field change and saves it, composed at once, when the window loses focus', async () => {
    const element = await mount();
    await act(async () => fields.update({ headline: 'Harbour vote passes' }));
    expect(element.textContent).toBe('Harbour vote passes');
    await act(async () => {
      fields.update({ standfirst: 'After six hours.' });
      // Composed before React renders the change: autosave reads the latest fields.
      expect(session.compose()).toMatchObject({
        headline: 'Harbour vote passes',
        standfirst: 'After six hours.',
      });
    });
    expect(written).toEqual([]);
    await act(async () => void window.dispatchEvent(new Event('blur')));
    expect(written.map((a) => [a.headline, a.standfirst])).toEqual([
      ['Harbour vote passes', 'After six hours.'],
    ]);
    expect(savedHeadlines).toEqual(['Harbour vote passes']);
    expect(session.status.kind).toBe('saved');
  });

  it('saves text restored from the recovery journal without an edit', async () => {
    await mount(true);
    await act(() => session.flush());
    // Once, though StrictMode's remount closes the first session on the way.
    expect(written.map((a) => a.headline)).toEqual(['Harbour vote']);
    expect(session.hasUnsavedChanges).toBe(false);
  });

  it('writes an edit not yet saved when the view goes away', async () => {
    await mount();
    await act(async () => fields.update({ headline: 'Typed while switching' }));
    expect(written).toEqual([]);
    await act(async () => root.unmount());
    expect(written.map((a) => a.headline)).toEqual(['Typed while switching']);
    root = createRoot(document.createElement('div'));
  });
});
