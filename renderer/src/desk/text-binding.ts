import type * as Y from 'yjs';

/** A text control the binding drives: an <input> or a <textarea>. */
export type TextControl = HTMLInputElement | HTMLTextAreaElement;

export interface TextBindingOptions {
  /** Cleans what the user typed before it goes into the document (a headline keeps to one line). */
  normalize?: (value: string) => string;
  /** Called after every change the user made (not after remote ones). */
  onLocalChange?: () => void;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The one edit that turns `before` into `after`, found around the caret so repeated letters land where typed. */
export function textEdit(
  before: string,
  after: string,
  caret: number,
): { at: number; remove: number; insert: string } {
  let suffix = 0;
  const maxSuffix = Math.min(before.length, after.length, after.length - caret);
  while (
    suffix < maxSuffix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  let prefix = 0;
  const maxPrefix = Math.min(before.length, after.length) - suffix;
  while (prefix < maxPrefix && before[prefix] === after[prefix]) prefix += 1;
  // Never split a surrogate pair: Yjs counts UTF-16 units and half a pair would corrupt the text.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix -= 1;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix -= 1;
  return {
    at: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

/** Where a caret at `position` goes after a remote change; text inserted right at it stays after it. */
export function mapThroughDelta(position: number, delta: Y.YTextEvent['delta']): number {
  let index = 0;
  let mapped = position;
  for (const op of delta) {
    if (op.retain !== undefined) {
      index += op.retain;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (index < mapped) mapped += length;
      index += length;
    } else if (op.delete !== undefined) {
      if (index < mapped) mapped -= Math.min(op.delete, mapped - index);
    }
    if (index > mapped) break;
  }
  return mapped;
}

/**
 * Keeps `control` and `text` equal both ways: typing becomes a Y.Text edit (so two people in one
 * headline merge by character), and remote edits redraw the control with its caret and selection
 * kept on the same letters. Returns the function that unbinds.
 */
export function bindText(
  control: TextControl,
  text: Y.Text,
  options: TextBindingOptions = {},
): () => void {
  const origin = { binding: 'text' };
  control.value = text.toString();

  const onInput = () => {
    let value = control.value;
    const clean = options.normalize?.(value) ?? value;
    if (clean !== value) {
      const caret = control.selectionEnd ?? clean.length;
      control.value = clean;
      control.setSelectionRange(caret, caret);
      value = clean;
    }
    const before = text.toString();
    if (value === before) return;
    const edit = textEdit(before, value, control.selectionEnd ?? value.length);
    text.doc!.transact(() => {
      if (edit.remove > 0) text.delete(edit.at, edit.remove);
      if (edit.insert) text.insert(edit.at, edit.insert);
    }, origin);
    options.onLocalChange?.();
  };

  const onRemote = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return;
    const focused = control.ownerDocument.activeElement === control;
    const start = control.selectionStart ?? 0;
    const end = control.selectionEnd ?? 0;
    const direction = control.selectionDirection ?? 'none';
    control.value = text.toString();
    if (focused) {
      control.setSelectionRange(
        mapThroughDelta(start, event.delta),
        mapThroughDelta(end, event.delta),
        direction,
      );
    }
  };

  control.addEventListener('input', onInput);
  text.observe(onRemote);
  return () => {
    control.removeEventListener('input', onInput);
    text.unobserve(onRemote);
  };
}
