import { useState } from 'react';
import { cleanKeywords } from '../../../core/article/keywords';

interface KeywordsFieldProps {
  id: string;
  value: string[];
  readOnly: boolean;
  lang: string;
  dir: string;
  onChange(keywords: string[]): void;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/** The labelled Keywords field: one line, keywords separated by commas, the way a desk writes tags. */
export function KeywordsField({ id, value, readOnly, lang, dir, onChange }: KeywordsFieldProps) {
  const [typed, setTyped] = useState(() => value.join(', '));
  // The line stays as typed ("floods, ") while it says the same keywords; another value replaces it.
  const shown = same(cleanKeywords([typed]), value) ? typed : value.join(', ');
  return (
    <div className="field field-keywords">
      <label htmlFor={id}>Keywords</label>
      <input
        id={id}
        type="text"
        lang={lang}
        dir={dir}
        value={shown}
        readOnly={readOnly}
        placeholder="floods, Oslo, transport"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setTyped(event.target.value);
          const keywords = cleanKeywords([event.target.value]);
          if (!same(keywords, value)) onChange(keywords);
        }}
      />
      <small id={`${id}-hint`} className="hint">
        Separated by commas
      </small>
    </div>
  );
}
