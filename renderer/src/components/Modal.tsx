import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  onClose(): void;
  onSubmit?(event: FormEvent<HTMLFormElement>): void;
  /** Extra class on the <dialog>, e.g. "modal-wide". */
  className?: string;
  children: ReactNode;
}

/** A modal <dialog> (focus trapped by the browser, Escape closes) holding a form. */
export function Modal({ title, onClose, onSubmit, className, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit?.(event);
        }}
      >
        <h2 className="modal-title">{title}</h2>
        {children}
      </form>
    </dialog>
  );
}

/** The only action of a dialog that needs nothing but closing: it submits the dialog's form. */
export function ModalCloseButton({ label, primary }: { label: string; primary?: boolean }) {
  return (
    <div className="modal-actions">
      <button type="submit" className={primary ? 'button primary' : 'button'}>
        {label}
      </button>
    </div>
  );
}
