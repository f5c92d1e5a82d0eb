// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createArticle, type Article } from '../../../../core/article/article';
import type { BodyJSON } from '../../../../core/body/schema';
import type { Listing } from '../../../../renderer/src/api/listing';
import { useLibrary, type Library } from '../../../../renderer/src/hooks/use-library';
import { fakeIdle, type FakeIdle } from '../fake-idle';

let idle: FakeIdle;
let root: Root;
let library: Library;

function Probe({ initial = null }: { initial?: Listing | null }) {
  library = useLibrary(initial);
  return null;
}

const body = (text: string): BodyJSON => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

beforeEach(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  idle = fakeIdle();
  root = createRoot(document.createElement('div'));
  await act(async () => root.render(createElement(Probe)));
});

afterEach(async () => {
  await act(async () => root.unmount());
});

describe('useLibrary', () => {
  it('starts from the listing read at start-up, already loaded', async () => {
    expect(library.loaded).toBe(false);
    const entry = {
      id: 'a1',
      headline: 'Ferry strike ends',
      status: 'ready' as const,
      updated: '2026-11-27T10:00:00Z',
      words: 8,
    };
    // A fresh mount (the app's first render) takes the initial listing.
    await act(async () => root.unmount());
    root = createRoot(document.createElement('div'));
    await act(async () =>
      root.render(createElement(Probe, { initial: { entries: [entry], error: null } })),
    );
    expect(library.loaded).toBe(true);
    expect(library.entries).toEqual([entry]);
    expect(library.error).toBeNull();

    await act(async () => root.unmount());
    root = createRoot(document.createElement('div'));
    await act(async () =>
      root.render(
        createElement(Probe, {
          initial: { entries: [], error: 'Could not list the articles: disk gone' },
        }),
      ),
    );
    expect(library.loaded).toBe(true);
    expect(library.error).toBe('Could not list the articles: disk gone');
  });

  it('lists an autosaved article at the next idle moment, with the latest save', async () => {
    const article: Article = { ...createArticle({ headline: 'Tram' }), body: body('two words') };
    await act(async () => {
      library.saved(article, '2026-11-28T00:00:00.000Z');
      library.saved({ ...article, body: body('now three words') }, '2026-11-28T00:00:05.000Z');
    });
    expect(library.entries).toEqual([]);
    expect(idle.pending).toBe(1);
    await idle.becomeIdle();
    expect(library.entries).toEqual([
      {
        id: article.id,
        headline: 'Tram',
        status: article.status,
        updated: '2026-11-28T00:00:05.000Z',
        words: 3,
      },
    ]);
  });

  it('does not bring back an article removed before its save was listed', async () => {
    const kept = createArticle({ headline: 'Kept' });
    const deleted = createArticle({ headline: 'Deleted' });
    await act(async () => {
      library.upsert(kept);
      library.saved(deleted, '2026-11-28T00:00:00.000Z');
      library.remove(deleted.id);
    });
    await idle.becomeIdle();
    expect(library.entries.map((e) => e.headline)).toEqual(['Kept']);
  });
});
