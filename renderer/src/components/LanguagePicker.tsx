import { useMemo, useState } from 'react';
import {
  languageChoice,
  languageChoices,
  matchLanguage,
} from '../../../core/language/language-choices';

interface LanguagePickerProps {
  id: string;
  /** BCP 47 tag. */
  value: string;
  readOnly?: boolean;
  /** The workspace's language, listed even when it is not a common one. */
  also?: string;
  onChange(tag: string): void;
}

/**
 * A language field: type a name (in English or in itself) or a tag and pick from the list; a name
 * that matches nothing is marked and not taken, so the article keeps a language someone chose.
 */
export function LanguagePicker({
  id,
  value,
  readOnly = false,
  also,
  onChange,
}: LanguagePickerProps) {
  const label = useMemo(() => languageChoice(value).label, [value]);
  const [text, setText] = useState(label);
  const [focused, setFocused] = useState(false);
  const [invalid, setInvalid] = useState(false);
  // The language changed from outside (picked, or another article): show its label.
  const [shown, setShown] = useState(label);
  if (shown !== label) {
    setShown(label);
    setText(label);
  }
  // The list is built when the field is first used, not when an article opens.
  const choices = useMemo(
    () => (focused ? languageChoices([value, ...(also ? [also] : [])]) : []),
    [focused, value, also],
  );

  const commit = (input: string, final: boolean) => {
    const tag = matchLanguage(input, choices.length ? choices : languageChoices([value]));
    if (tag) {
      setInvalid(false);
      if (tag !== value) onChange(tag);
      else if (final) setText(label);
    } else if (final) setInvalid(input.trim() !== '' && input !== label);
    return tag;
  };

  return (
    <>
      <input
        id={id}
        type="text"
        dir="auto"
        list={focused ? `${id}-list` : undefined}
        value={text}
        readOnly={readOnly}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onFocus={(event) => {
          setFocused(true);
          event.target.select();
        }}
        onChange={(event) => {
          setText(event.target.value);
          // Picking from the list puts a whole label in the box: take it at once.
          if (choices.some((c) => c.label === event.target.value)) commit(event.target.value, true);
          else setInvalid(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit(text, true);
          }
          if (event.key === 'Escape') {
            setText(label);
            setInvalid(false);
          }
        }}
        onBlur={() => {
          if (!commit(text, true) && !invalid && text.trim() === '') setText(label);
        }}
      />
      {focused && (
        <datalist id={`${id}-list`}>
          {choices.map((choice) => (
            <option key={choice.tag} value={choice.label} />
          ))}
        </datalist>
      )}
      {invalid && (
        <span className="field-error" id={`${id}-error`} role="alert">
          Not a language this list knows: type a name such as “Arabic” or a tag such as “ar”.
        </span>
      )}
    </>
  );
}
