// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createArticle } from '../../../../core/article/article';
import { ArticleFields } from '../../../../renderer/src/components/ArticleFields';
import { pickDraft, type ArticleDraft } from '../../../../renderer/src/hooks/use-article-draft';
import { fakeIdle } from '../fake-idle';

let root: Root;
let element: HTMLElement;
let patches: Partial<ArticleDraft>[];

const draft = pickDraft(createArticle({ headline: 'Tram line opens', byline: 'Ada Reporter' }));

const render = (readOnly: boolean) =>
  act(async () =>
    root.render(
      createElement(ArticleFields, {
        idPrefix: 'a1',
        draft,
        readOnly,
        fresh: false,
        onChange: (patch) => patches.push(patch),
      }),
    ),
  );

/** The control a visible label names, as a screen reader finds it. */
function labelled(text: string): HTMLElement {
  const label = [...element.querySelectorAll('label')].find((l) => l.textContent === text);
  return element.querySelector(`#${label!.htmlFor}`)!;
}

/** Types `value` into a text field the way the browser reports it to React. */
function type(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const prototype = Object.getPrototypeOf(field) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  fakeIdle();
  element = document.createElement('div');
  document.body.append(element);
  root = createRoot(element);
  patches = [];
});

afterEach(async () => {
  await act(async () => root.unmount());
  element.remove();
});

describe('ArticleFields', () => {
  it('names every field with a visible label and shows the draft', async () => {
    await render(false);
    for (const name of [
      'Kicker',
      'Headline',
      'Standfirst',
      'Byline',
      'Dateline',
      'Status',
      'Keywords',
    ])
      expect(labelled(name)).toBeTruthy();
    expect((labelled('Headline') as HTMLTextAreaElement).value).toBe('Tram line opens');
    expect((labelled('Byline') as HTMLInputElement).value).toBe('Ada Reporter');
  });

  it('keeps the headline on one line: Enter moves on to the standfirst, a pasted break becomes a space', async () => {
    await render(false);
    const headlineField = labelled('Headline') as HTMLTextAreaElement;
    headlineField.focus();
    await act(async () =>
      headlineField.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })),
    );
    expect(document.activeElement).toBe(labelled('Standfirst'));
    await act(async () => type(headlineField, 'Tram line\nopens today'));
    expect(patches).toEqual([{ headline: 'Tram line opens today' }]);
  });

  it('reports each field by name', async () => {
    await render(false);
    await act(async () => type(labelled('Dateline') as HTMLInputElement, 'Lyon'));
    await act(async () => type(labelled('Kicker') as HTMLInputElement, 'Transport'));
    expect(patches).toEqual([{ dateline: 'Lyon' }, { kicker: 'Transport' }]);
  });

  it('keywords: typed with commas, reported as a clean list, the line kept as typed', async () => {
    await render(false);
    const field = labelled('Keywords') as HTMLInputElement;
    await act(async () => type(field, 'floods, Oslo ,, floods,'));
    expect(patches).toEqual([{ keywords: ['floods', 'Oslo'] }]);
    const withKeywords = (keywords: string[]) =>
      act(async () =>
        root.render(
          createElement(ArticleFields, {
            idPrefix: 'a1',
            draft: { ...draft, keywords },
            readOnly: false,
            fresh: false,
            onChange: (patch) => patches.push(patch),
          }),
        ),
      );
    await withKeywords(['floods', 'Oslo']);
    expect(field.value).toBe('floods, Oslo ,, floods,');
    // Keywords changed elsewhere (undo, another window) replace the line.
    await withKeywords(['rail']);
    expect(field.value).toBe('rail');
  });

  it('read-only: nothing can be edited', async () => {
    await render(true);
    for (const name of ['Kicker', 'Headline', 'Standfirst', 'Byline', 'Dateline', 'Keywords'])
      expect((labelled(name) as HTMLInputElement).readOnly).toBe(true);
    expect((labelled('Status') as HTMLSelectElement).disabled).toBe(true);
  });
});
