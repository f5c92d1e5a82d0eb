import type { LibraryEntry } from '../../../electron/ipc/contract';
import { formatUpdated } from '../core/relative-time';
import { useLibraryWindow } from '../hooks/use-library-window';
import { useNow } from '../hooks/use-now';

interface LibraryListProps {
  /** The entries to list, already filtered and sorted. */
  entries: LibraryEntry[];
  selectedId: string | null;
  readOnly: boolean;
  /** Prefix of the rows' element ids (unique per pane). */
  idPrefix: string;
  /** Checkboxes for a batch export, when the user is selecting. */
  selection: { ids: ReadonlySet<string>; toggle(id: string): void } | null;
  onOpen(id: string): void;
  onDelete(entry: LibraryEntry): void;
  /** False where words are not counted (a desk's list). */
  counted?: boolean;
}

/**
 * The library's rows, windowed: only those in and near the viewport are drawn, and
 * aria-setsize/posinset give the whole list. Mounted once the first listing has arrived, because
 * the windowing measures the list, which would lay out the window at start-up before the editor is in
 * it. It fills the pane's `.library-scroll` box, a layout boundary (see library-pane.css).
 */
export function LibraryList({
  entries,
  selectedId,
  readOnly,
  idPrefix,
  selection,
  onOpen,
  onDelete,
  counted = true,
}: LibraryListProps) {
  const now = useNow(30_000);
  const selectedIndex = selectedId === null ? -1 : entries.findIndex((e) => e.id === selectedId);
  const { scrollRef, virtualizer, onKeyDown } = useLibraryWindow(
    entries.length,
    (index) => entries[index]!.id,
    selectedIndex < 0 ? null : { key: selectedId!, index: selectedIndex },
  );
  const rows = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const deleteButton = (entry: LibraryEntry) =>
    readOnly ? null : (
      <button
        type="button"
        className="entry-delete"
        title="Move to trash"
        onClick={() => onDelete(entry)}
      >
        {/* Named by its content, not aria-label, so label queries never match headline text. */}
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path
            d="M6 2h4M2.5 4h11M4 4l.7 9.2a1 1 0 0 0 1 .8h4.6a1 1 0 0 0 1-.8L12 4M6.5 6.5v5M9.5 6.5v5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.3"
            strokeLinecap="round"
          />
        </svg>
        <span className="visually-hidden">Delete “{entry.headline || 'Untitled'}”</span>
      </button>
    );

  return (
    <div className="library-scroller" ref={scrollRef}>
      <ul
        className="library-list"
        aria-label="Articles"
        onKeyDown={onKeyDown}
        style={{
          paddingTop: rows[0]?.start ?? 0,
          paddingBottom: rows.length > 0 ? total - rows[rows.length - 1]!.end : 0,
        }}
      >
        {rows.map(({ index }) => {
          const entry = entries[index]!;
          return (
            <li
              key={entry.id}
              ref={virtualizer.measureElement}
              data-index={index}
              aria-setsize={entries.length}
              aria-posinset={index + 1}
              className={[
                'entry',
                entry.error ? 'is-error' : '',
                entry.id === selectedId ? 'is-current' : '',
              ].join(' ')}
            >
              {entry.error ? (
                <div className="entry-main">
                  <span className="entry-headline">Cannot read this article</span>
                  <span className="entry-error">{entry.error}</span>
                  <span className="entry-meta">{deleteButton(entry)}</span>
                </div>
              ) : (
                <div className="entry-main">
                  {selection && (
                    <input
                      type="checkbox"
                      className="entry-check"
                      checked={selection.ids.has(entry.id)}
                      aria-labelledby={`${idPrefix}-${entry.id}`}
                      onChange={() => selection.toggle(entry.id)}
                    />
                  )}
                  <button
                    type="button"
                    id={`${idPrefix}-${entry.id}`}
                    className={entry.headline ? 'entry-headline' : 'entry-headline is-untitled'}
                    aria-current={entry.id === selectedId ? 'true' : undefined}
                    onClick={() => onOpen(entry.id)}
                  >
                    {entry.headline || 'Untitled'}
                  </button>
                  <span className="entry-meta">
                    <span className={`status-chip is-${entry.status}`}>
                      {entry.status === 'ready' ? 'Ready' : 'Draft'}
                    </span>
                    <time dateTime={entry.updated}>{formatUpdated(entry.updated, now)}</time>
                    {counted && (
                      <span>
                        {entry.words.toLocaleString()} {entry.words === 1 ? 'word' : 'words'}
                      </span>
                    )}
                    {deleteButton(entry)}
                  </span>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
