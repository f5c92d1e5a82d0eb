import { useEffect, useId, useMemo, useState, type RefObject } from 'react';
import type { LibraryEntry, WorkspaceInfo } from '../../../electron/ipc/contract';
import { call } from '../api/newsroom';
import { filterLibrary } from '../core/library-filter';
import { formatUpdated } from '../core/relative-time';
import { useBatchExport } from '../hooks/use-batch-export';
import { useLibraryWindow } from '../hooks/use-library-window';
import { useNow } from '../hooks/use-now';
import { BatchExportBar } from './BatchExportBar';

interface LibraryPaneProps {
  entries: LibraryEntry[];
  /** The first listing has not arrived yet: say nothing rather than "no articles". */
  loading?: boolean;
  error: string | null;
  workspace: WorkspaceInfo | null;
  selectedId: string | null;
  filterRef: RefObject<HTMLInputElement | null>;
  onNew(): void;
  onOpen(id: string): void;
  onDelete(entry: LibraryEntry): void;
  onSwitchWorkspace(): void;
  /** Saves the open article before a batch export reads it from disk. */
  beforeExport(): Promise<void>;
}

// Full-text search waits for a pause in typing.
const SEARCH_DELAY_MS = 200;

function folderName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/** The workspace's articles: filter, open, create and delete. */
export function LibraryPane(props: LibraryPaneProps) {
  const { entries, error, workspace, selectedId, filterRef } = props;
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<{ query: string; ids: ReadonlySet<string> } | null>(null);
  const filterId = useId();
  const [selecting, setSelecting] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const batch = useBatchExport(props.beforeExport);
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  useEffect(() => {
    if (query.trim() === '') return;
    const timer = setTimeout(() => {
      call('article:search', { query }).then(
        (ids) => setHits({ query, ids: new Set(ids) }),
        () => setHits(null),
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const visible = useMemo(
    () => filterLibrary(entries, query, hits?.query === query ? hits.ids : undefined),
    [entries, query, hits],
  );
  const now = useNow(30_000);
  const selectedIndex = selectedId === null ? -1 : visible.findIndex((e) => e.id === selectedId);
  const { scrollRef, virtualizer, onKeyDown } = useLibraryWindow(
    visible.length,
    (index) => visible[index]!.id,
    selectedIndex < 0 ? null : { key: selectedId!, index: selectedIndex },
  );
  const rows = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const deleteButton = (entry: LibraryEntry) =>
    workspace?.readOnly ? null : (
      <button
        type="button"
        className="entry-delete"
        title="Move to trash"
        onClick={() => props.onDelete(entry)}
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
    <nav className="library-pane" aria-label="Library">
      <header className="library-header">
        <div className="brand">
          <span className="brand-name">Newsroom</span>
          {workspace && (
            <button
              type="button"
              className="workspace-name"
              title={`${workspace.path} — click to open another workspace`}
              onClick={props.onSwitchWorkspace}
            >
              {folderName(workspace.path)}
            </button>
          )}
        </div>
        <button
          type="button"
          className="button primary new-article"
          onClick={props.onNew}
          disabled={workspace?.readOnly}
        >
          New article
        </button>
      </header>
      {workspace?.readOnly && (
        <p className="banner warning" role="status">
          Read-only: this workspace is open elsewhere
          {workspace.lockedBy ? ` (${workspace.lockedBy})` : ''}.
        </p>
      )}
      <div className="field library-filter">
        <label htmlFor={filterId}>Filter articles</label>
        <input
          id={filterId}
          ref={filterRef}
          type="search"
          placeholder="Headline, byline, text…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="library-heading">
        <h2>Articles</h2>
        <span className="library-total">
          {visible.length === entries.length
            ? entries.length
            : `${visible.length} of ${entries.length}`}
        </span>
        {!selecting && entries.length > 0 && (
          <button type="button" className="link-button" onClick={() => setSelecting(true)}>
            Select
          </button>
        )}
      </div>
      {/* Only the rows near the viewport are drawn; aria-setsize/posinset give the whole list. */}
      <div className="library-scroll">
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
              const entry = visible[index]!;
              return (
                <li
                  key={entry.id}
                  ref={virtualizer.measureElement}
                  data-index={index}
                  aria-setsize={visible.length}
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
                      {selecting && (
                        <input
                          type="checkbox"
                          className="entry-check"
                          checked={selected.has(entry.id)}
                          aria-labelledby={`${filterId}-${entry.id}`}
                          onChange={() => toggle(entry.id)}
                        />
                      )}
                      <button
                        type="button"
                        id={`${filterId}-${entry.id}`}
                        className={entry.headline ? 'entry-headline' : 'entry-headline is-untitled'}
                        aria-current={entry.id === selectedId ? 'true' : undefined}
                        onClick={() => props.onOpen(entry.id)}
                      >
                        {entry.headline || 'Untitled'}
                      </button>
                      <span className="entry-meta">
                        <span className={`status-chip is-${entry.status}`}>
                          {entry.status === 'ready' ? 'Ready' : 'Draft'}
                        </span>
                        <time dateTime={entry.updated}>{formatUpdated(entry.updated, now)}</time>
                        <span>
                          {entry.words.toLocaleString()} {entry.words === 1 ? 'word' : 'words'}
                        </span>
                        {deleteButton(entry)}
                      </span>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      {selecting && (
        <BatchExportBar
          selected={entries.filter((e) => selected.has(e.id) && !e.error).map((e) => e.id)}
          entries={entries}
          batch={batch}
          onSelectAll={() => setSelected(new Set(visible.filter((e) => !e.error).map((e) => e.id)))}
          onDone={() => {
            setSelecting(false);
            setSelected(new Set());
            batch.reset();
          }}
        />
      )}
      {entries.length === 0 && !error && !props.loading && (
        <p className="library-empty">No articles yet. Start one with New article.</p>
      )}
      {entries.length > 0 && visible.length === 0 && (
        <p className="library-empty">No article matches “{query}”.</p>
      )}
    </nav>
  );
}
