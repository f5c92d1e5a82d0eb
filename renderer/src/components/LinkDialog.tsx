import { useId, useState } from 'react';
import { parseLinkInput } from '../core/link-url';
import { Modal } from './Modal';

interface LinkDialogProps {
  initial: string;
  onApply(url: string): void;
  onRemove(): void;
  onCancel(): void;
}

/** Asks for a link target; refuses anything but http(s) and mailto. */
export function LinkDialog({ initial, onApply, onRemove, onCancel }: LinkDialogProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  return (
    <Modal
      title={initial ? 'Edit link' : 'Add link'}
      onClose={onCancel}
      onSubmit={() => {
        const parsed = parseLinkInput(value);
        if (parsed.ok) onApply(parsed.url);
        else setError(parsed.message);
      }}
    >
      <div className="field">
        <label htmlFor={inputId}>Link address</label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoFocus
          placeholder="https://…"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="modal-actions">
        {initial && (
          <button type="button" className="button subtle" onClick={onRemove}>
            Remove link
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          Apply
        </button>
      </div>
    </Modal>
  );
}
