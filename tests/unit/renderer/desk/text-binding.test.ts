// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  bindText,
  mapThroughDelta,
  textEdit,
  type TextControl,
} from '../../../../renderer/src/desk/text-binding';
import { deskPair } from './desk-pair';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  document.body.replaceChildren();
});

function control(kind: 'input' | 'textarea' = 'input'): TextControl {
  const element = document.createElement(kind);
  document.body.append(element);
  return element;
}

/** Types `typed` at the caret as a browser does: the value changes, then an input event. */
function type(element: TextControl, typed: string): void {
  for (const letter of typed) {
    const at = element.selectionStart ?? element.value.length;
    const end = element.selectionEnd ?? at;
    element.value = element.value.slice(0, at) + letter + element.value.slice(end);
    element.setSelectionRange(at + 1, at + 1);
    element.dispatchEvent(new Event('input'));
  }
}

describe('textEdit', () => {
  it('finds a repeated letter where the caret says it was typed', () => {
    expect(textEdit('aa', 'aaa', 1)).toEqual({ at: 0, remove: 0, insert: 'a' });
    expect(textEdit('aa', 'aaa', 3)).toEqual({ at: 2, remove: 0, insert: 'a' });
  });

  it('never splits a surrogate pair', () => {
    // 📷 and 📸 share their high surrogate: the edit must replace the whole character.
    expect(textEdit('a📷', 'a📸', 3)).toEqual({ at: 1, remove: 2, insert: '📸' });
  });

  it('turns a replaced selection into one delete and one insert', () => {
    expect(textEdit('Tram line opens', 'Tram route opens', 10)).toEqual({
      at: 5,
      remove: 4,
      insert: 'route',
    });
  });
});

describe('mapThroughDelta', () => {
  it('moves a caret after text inserted before it and keeps it before text inserted at it', () => {
    expect(mapThroughDelta(5, [{ retain: 2 }, { insert: 'abc' }])).toBe(8);
    expect(mapThroughDelta(5, [{ retain: 5 }, { insert: 'abc' }])).toBe(5);
    expect(mapThroughDelta(5, [{ retain: 1 }, { delete: 2 }])).toBe(3);
    expect(mapThroughDelta(5, [{ retain: 3 }, { delete: 10 }])).toBe(3);
  });
});

describe('bindText', () => {
  it('merges two people typing in one headline by character, every word kept', async () => {
    // Each copy sends at the end of the task that changed it.
    const sent = () => new Promise((done) => setTimeout(done));
    const pair = deskPair();
    cleanups.push(pair.destroy);
    const textA = pair.a.doc.getText('headline');
    textA.insert(0, 'Tram opens');
    const left = control('textarea');
    const right = control('textarea');
    cleanups.push(bindText(left, textA), bindText(right, pair.b.doc.getText('headline')));
    await sent();
    expect(right.value).toBe('Tram opens');

    left.focus();
    left.setSelectionRange(4, 4);
    right.setSelectionRange(10, 10);
    // Interleaved keystrokes, as two people typing at once: each pair crosses on the way.
    const words = [' line', ' today'];
    for (let i = 0; i < 6; i += 1) {
      type(left, words[0]!.charAt(i));
      type(right, words[1]!.charAt(i));
      await sent();
    }
    expect(left.value).toBe('Tram line opens today');
    expect(right.value).toBe(left.value);
    // The focused field kept its caret right after what its user typed.
    expect(left.selectionStart).toBe(9);
  });

  it('keeps a selection on the same letters while remote text arrives before it', () => {
    const doc = new Y.Doc();
    const text = doc.getText('standfirst');
    text.insert(0, 'The council voted.');
    const element = control();
    cleanups.push(bindText(element, text));
    element.focus();
    element.setSelectionRange(4, 11);
    doc.transact(() => text.insert(0, 'Late: '), 'remote');
    expect(element.value).toBe('Late: The council voted.');
    expect(element.value.slice(element.selectionStart!, element.selectionEnd!)).toBe('council');
  });

  it('keeps a headline on one line', () => {
    const doc = new Y.Doc();
    const text = doc.getText('headline');
    const element = control('textarea');
    let changes = 0;
    cleanups.push(
      bindText(element, text, {
        normalize: (value) => value.replace(/\n/g, ' '),
        onLocalChange: () => (changes += 1),
      }),
    );
    element.focus();
    type(element, 'a\nb');
    expect(text.toString()).toBe('a b');
    expect(changes).toBe(3);
  });
});
