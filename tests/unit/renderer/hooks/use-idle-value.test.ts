// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useIdleValue } from '../../../../renderer/src/hooks/use-idle-value';
import { fakeIdle, type FakeIdle } from '../fake-idle';

let idle: FakeIdle;
let root: Root;
let element: HTMLElement;

function Shown({ value, initial }: { value: string; initial?: string }) {
  return createElement('p', null, useIdleValue(value, initial));
}

async function render(value: string): Promise<void> {
  await act(async () => root.render(createElement(Shown, { value })));
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  idle = fakeIdle();
  element = document.createElement('div');
  root = createRoot(element);
});

afterEach(async () => {
  await act(async () => root.unmount());
});

describe('useIdleValue', () => {
  it('shows the first value at once and later values once the browser is idle', async () => {
    await render('empty');
    expect(element.textContent).toBe('empty');
    await render('ten articles');
    expect(element.textContent).toBe('empty');
    await idle.becomeIdle();
    expect(element.textContent).toBe('ten articles');
  });

  it('skips values replaced before the browser was idle', async () => {
    await render('a');
    await render('b');
    await render('c');
    expect(idle.pending).toBe(1);
    await idle.becomeIdle();
    expect(element.textContent).toBe('c');
    expect(idle.pending).toBe(0);
  });

  it('shows the initial value, when given, until the browser is first idle', async () => {
    await act(async () =>
      root.render(createElement(Shown, { value: 'date input', initial: 'placeholder' })),
    );
    expect(element.textContent).toBe('placeholder');
    await idle.becomeIdle();
    expect(element.textContent).toBe('date input');
  });
});
