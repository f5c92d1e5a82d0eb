import { useSyncExternalStore } from 'react';
import { spelling } from '../spelling/spelling-service';

/** A quiet line under the body when its language has no spelling dictionary (shown once known). */
export function SpellingNote({ language }: { language: string }) {
  const reason = useSyncExternalStore(
    (changed) => spelling.onNote(changed),
    () => spelling.notes.get(language) ?? null,
  );
  if (!reason) return null;
  return (
    <p className="spelling-note" role="note">
      Spelling is not checked: {reason}.
    </p>
  );
}
