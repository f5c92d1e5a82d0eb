import { Suspense } from 'react';
import type { LibraryEntry } from '../../../electron/ipc/contract';
import { ConfirmDialog } from './lazy-dialogs';

interface DeleteConfirmProps {
  entry: LibraryEntry;
  onCancel(): void;
  onConfirm(): void;
}

/** Asks before an article moves to the workspace's trash. */
export function DeleteConfirm({ entry, onCancel, onConfirm }: DeleteConfirmProps) {
  return (
    <Suspense fallback={null}>
      <ConfirmDialog
        title="Move to trash?"
        confirmLabel="Move to trash"
        danger
        onCancel={onCancel}
        onConfirm={onConfirm}
      >
        <p>
          “{entry.headline || 'Untitled'}” will be moved to the workspace’s trash folder. Its files
          stay there until you empty it.
        </p>
      </ConfirmDialog>
    </Suspense>
  );
}
