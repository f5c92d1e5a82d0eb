// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { PublicationTimeInput } from '../../../../renderer/src/components/PublicationTimeInput';
import { fromDateTimeInput, toDateTimeInput } from '../../../../renderer/src/core/date-time-input';
import { fakeIdle, type FakeIdle } from '../fake-idle';

let idle: FakeIdle;
let root: Root;
let element: HTMLElement;
let changes: (string | null)[];

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  idle = fakeIdle();
  element = document.createElement('div');
  document.body.append(element);
  root = createRoot(element);
  changes = [];
});

afterEach(async () => {
  await act(async () => root.unmount());
  element.remove();
});

const render = (readOnly: boolean) =>
  act(async () =>
    root.render(
      createElement(PublicationTimeInput, {
        id: 'published',
        value: '2026-03-01T09:30:00Z',
        readOnly,
        onChange: (value) => changes.push(value),
      }),
    ),
  );

describe('PublicationTimeInput', () => {
  it('stands in with an empty read-only box until idle, then is the date-time input', async () => {
    await render(false);
    const pending = element.querySelector('input')!;
    expect(pending.type).toBe('text');
    expect(pending.readOnly).toBe(true);
    expect(pending.value).toBe('');

    await idle.becomeIdle();
    const input = element.querySelector('input')!;
    expect(input.id).toBe('published');
    expect(input.type).toBe('datetime-local');
    expect(input.readOnly).toBe(false);
    expect(input.value).toBe(toDateTimeInput('2026-03-01T09:30:00Z'));

    // An edit reaches the article as an ISO date-time with the local offset.
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    await act(async () => {
      setValue.call(input, '2026-04-02T08:15');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(changes).toEqual([fromDateTimeInput('2026-04-02T08:15')]);
  });

  it('stays read-only in a read-only workspace', async () => {
    await render(true);
    await idle.becomeIdle();
    expect(element.querySelector('input')!.readOnly).toBe(true);
  });
});
