import { fromDateTimeInput, toDateTimeInput } from '../core/date-time-input';
import { useAfterUserPause } from '../hooks/use-after-user-pause';

interface PublicationTimeInputProps {
  id: string;
  /** ISO date-time, or null for none. */
  value: string | null;
  readOnly: boolean;
  onChange(value: string | null): void;
}

/** Quiet time before the date-time input is drawn by itself. */
export const DATE_INPUT_QUIET_MS = 1000;

/**
 * The publication time as the native date-time input, drawn once the user pauses, or at once when
 * the box is clicked or tabbed into: the first such input loads the locale's date formats (40–90 ms
 * on a slow machine), which would otherwise hold up the body editor when an article opens, or a
 * keystroke just after. Until then a read-only text box of the same size shows the time.
 */
export function PublicationTimeInput({ id, value, readOnly, onChange }: PublicationTimeInputProps) {
  const [ready, now] = useAfterUserPause(DATE_INPUT_QUIET_MS);
  if (!ready)
    return (
      <input
        id={id}
        type="text"
        value={toDateTimeInput(value).replace('T', ' ')}
        readOnly
        aria-busy="true"
        onPointerDown={now}
        onFocus={now}
      />
    );
  return (
    <input
      id={id}
      type="datetime-local"
      value={toDateTimeInput(value)}
      readOnly={readOnly}
      onChange={(event) => onChange(fromDateTimeInput(event.target.value))}
    />
  );
}
