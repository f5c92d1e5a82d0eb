import { useCallback, useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { bindText, type TextBindingOptions, type TextControl } from '../desk/text-binding';

/**
 * A ref for an <input> or <textarea> that keeps it equal to `text` both ways (see bindText). The
 * control is uncontrolled: React never writes its value, so remote edits keep the caret.
 */
export function useTextBinding(
  text: Y.Text,
  options?: TextBindingOptions,
): (control: TextControl | null) => void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  return useCallback(
    (control: TextControl | null) => {
      if (!control) return;
      const unbind = bindText(control, text, {
        normalize: (value) => latest.current?.normalize?.(value) ?? value,
        onLocalChange: () => latest.current?.onLocalChange?.(),
      });
      return unbind;
    },
    [text],
  );
}
