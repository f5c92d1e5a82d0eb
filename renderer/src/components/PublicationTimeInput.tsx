import { fromDateTimeInput, toDateTimeInput } from '../core/date-time-input';
import { useIdleValue } from '../hooks/use-idle-value';

interface PublicationTimeInputProps {
  id: string;
  /** ISO date-time, or null for none. */
  value: string | null;
  readOnly: boolean;
  onChange(value: string | null): void;
}

/**
 * The publication time as the native date-time input, drawn once the browser is idle: the first such
 * input loads the locale's date formats (50–90 ms on a slow machine), which would otherwise hold up
 * the body editor when an article opens. Until then an empty read-only box of the same size stands in.
 */
export function PublicationTimeInput({ id, value, readOnly, onChange }: PublicationTimeInputProps) {
  const ready = useIdleValue(true, false);
  if (!ready) return <input id={id} type="text" value="" readOnly aria-busy="true" />;
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
