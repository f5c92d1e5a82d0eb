import { useEffect, useRef } from 'react';
import { FieldSpelling } from '../spelling/field-spelling';
import { spelling } from '../spelling/spelling-service';

/** Underlines misspelled words in the text field with this id, checked in `language`. */
export function useFieldSpelling(id: string, value: string, language: string): void {
  const field = useRef<FieldSpelling | null>(null);
  useEffect(() => {
    const element = document.getElementById(id);
    if (!(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) return;
    const checker = new FieldSpelling(element, spelling, language);
    field.current = checker;
    return () => {
      field.current = null;
      checker.destroy();
    };
    // The language only matters for checks, which update() passes on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  useEffect(() => field.current?.update(language), [value, language]);
}
