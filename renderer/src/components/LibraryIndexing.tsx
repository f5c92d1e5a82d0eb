import { useState } from 'react';
import { useNewsroomEvent } from '../hooks/use-newsroom-event';

/** A progress bar while the library index is rebuilt from the article folders; gone when done. */
export function LibraryIndexing() {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useNewsroomEvent('library:progress', (next) => setProgress(next.done < next.total ? next : null));
  if (!progress) return null;
  const { done, total } = progress;
  return (
    <div className="library-indexing" role="status">
      <label>
        Indexing articles… {done.toLocaleString()} of {total.toLocaleString()}
        <progress max={total} value={done} aria-label="Indexing articles" />
      </label>
    </div>
  );
}
