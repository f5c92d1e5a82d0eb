import type { ReactNode } from 'react';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
  children?: ReactNode;
}

/** Asks before doing something the user may regret. */
export function ConfirmDialog({
  title,
  confirmLabel,
  danger,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  return (
    <Modal title={title} onClose={onCancel} onSubmit={onConfirm}>
      <div className="modal-body">{children}</div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={danger ? 'button danger' : 'button primary'} autoFocus>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
