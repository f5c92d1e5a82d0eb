// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  DATE_INPUT_QUIET_MS,
  PublicationTimeInput,
} from '../../../../renderer/src/components/PublicationTimeInput';
import { fromDateTimeInput, toDateTimeInput } from '../../../../renderer/src/core/date-time-input';
import { fakeIdle, type FakeIdle } from '../fake-idle';

let idle: FakeIdle;
let root: Root;
let element: HTMLElement;
let changes: (string | null)[];

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  idle = fakeIdle();
  element = document.createElement('div');
  document.body.append(element);
  root = createRoot(element);
  changes = [];
});

afterEach(async () => {
  await act(async () => root.unmount());
  element.remove();
  vi.useRealTimers();
});

/** The user leaves keys and mouse alone long enough, and the browser has an idle moment. */
const pause = async () => {
  await act(async () => vi.advanceTimersByTime(DATE_INPUT_QUIET_MS));
  await idle.becomeIdle();
};

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
  it('stands in with a read-only text box until the user pauses, then is the date-time input', async () => {
    await render(false);
    const pending = element.querySelector('input')!;
    expect(pending.type).toBe('text');
    expect(pending.readOnly).toBe(true);
    // The time shows meanwhile, as text: an empty box would read as "no publication time".
    expect(pending.value).toBe(toDateTimeInput('2026-03-01T09:30:00Z').replace('T', ' '));
    // Typing keeps it waiting.
    await act(async () => vi.advanceTimersByTime(DATE_INPUT_QUIET_MS - 100));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    await act(async () => vi.advanceTimersByTime(DATE_INPUT_QUIET_MS - 100));
    await idle.becomeIdle();
    expect(element.querySelector('input')!.type).toBe('text');

    await pause();
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

  it.each([
    [
      'a click',
      (input: HTMLInputElement) => input.dispatchEvent(new Event('pointerdown', { bubbles: true })),
    ],
    ['the keyboard', (input: HTMLInputElement) => input.focus()],
  ])('becomes the date-time input at once when reached with %s', async (_, reach) => {
    await render(false);
    await act(async () => reach(element.querySelector('input')!));
    expect(element.querySelector('input')!.type).toBe('datetime-local');
  });

  it('stays read-only in a read-only workspace', async () => {
    await render(true);
    await pause();
    expect(element.querySelector('input')!.readOnly).toBe(true);
  });
});
