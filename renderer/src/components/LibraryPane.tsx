import type { ReactNode } from 'react';
import {
  Suspense,
  useEffect,
  useId,
  useMemo,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { DeskState, LibraryEntry, WorkspaceInfo } from '../../../electron/ipc/contract';
import { call } from '../api/newsroom';
import { dayRange, isFiltered, libraryView } from '../../../core/library/library-view';
import { useBatchExport } from '../hooks/use-batch-export';
import { BatchExportBar } from './BatchExportBar';
import {
  LibraryControls,
  defaultControlValues,
  type LibraryControlValues,
} from './LibraryControls';
import { LibraryList } from './lazy-library-list';

interface LibraryPaneProps {
  /** What the library says while its index is rebuilt (a progress bar), above the list. */
  indexing?: ReactNode;
  entries: LibraryEntry[];
  /** The first listing has not arrived yet: say nothing rather than "no articles". */
  loading?: boolean;
  error: string | null;
  workspace: WorkspaceInfo | null;
  /** The team desk the window works on (its articles are listed), or absent when solo. */
  desk?: DeskState;
  selectedId: string | null;
  filterRef: RefObject<HTMLInputElement | null>;
  onNew(): void;
  /** Import… (the file dialog is the main process's). */
  onImport?(): void;
  /** Files dropped onto the library, each imported as a new article. */
  onDropFiles?(files: File[]): void;
  onOpen(id: string): void;
  onDelete(entry: LibraryEntry): void;
  onSwitchWorkspace(): void;
  /** Opens Settings (connecting to a desk). */
  onSettings?(): void;
  /** Saves the open article before a batch export reads it from disk. */
  beforeExport(): Promise<void>;
}

// Full-text search waits for a pause in typing.
const SEARCH_DELAY_MS = 200;

const deskStatusText: Record<DeskState['status'], string> = {
  offline: 'offline',
  connecting: 'connecting…',
  syncing: 'online',
  synced: 'online',
};

function deskName(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function folderName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/** The workspace's articles: filter, open, create and delete. */
export function LibraryPane(props: LibraryPaneProps) {
  const { entries, error, workspace, desk, selectedId, filterRef } = props;
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<{ query: string; ids: ReadonlySet<string> } | null>(null);
  const [controls, setControls] = useState<LibraryControlValues>(defaultControlValues);
  const filterId = useId();
  const [selecting, setSelecting] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const batch = useBatchExport(props.beforeExport);
  const [dropping, setDropping] = useState(false);
  const canImport = !workspace?.readOnly && props.onDropFiles !== undefined;
  const dropProps = canImport
    ? {
        onDragOver: (event: DragEvent<HTMLElement>) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDropping(true);
        },
        onDragLeave: (event: DragEvent<HTMLElement>) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
        },
        onDrop: (event: DragEvent<HTMLElement>) => {
          event.preventDefault();
          setDropping(false);
          const files = [...event.dataTransfer.files];
          if (files.length) props.onDropFiles?.(files);
        },
      }
    : {};
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

  const libraryQuery = useMemo(
    () => ({
      text: query,
      ...(hits?.query === query ? { hits: hits.ids } : {}),
      status: controls.status,
      ...dayRange(controls.fromDay, controls.toDay),
      sort: controls.sort,
    }),
    [query, hits, controls],
  );
  const view = useMemo(() => libraryView(entries, libraryQuery), [entries, libraryQuery]);
  const visible = view.entries;
  const filtered = isFiltered(libraryQuery);
  // ArrowDown or PageDown in the filter moves to the list, where the keys page through it.
  const toList = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'PageDown') return;
    const first = event.currentTarget
      .closest('.library-pane')
      ?.querySelector<HTMLElement>('.library-list [data-index="0"] .entry-headline');
    if (!first) return;
    event.preventDefault();
    first.focus();
  };
  return (
    <nav
      className={dropping ? 'library-pane is-dropping' : 'library-pane'}
      aria-label="Library"
      {...dropProps}
    >
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
          {desk?.url && (
            <button
              type="button"
              className={`workspace-name desk-name is-${desk.status}`}
              title={`Team desk ${desk.url} — click for Settings`}
              onClick={props.onSettings}
            >
              {deskName(desk.url)} · {deskStatusText[desk.status]}
            </button>
          )}
          {props.onSettings && (
            <button
              type="button"
              className="link-button settings-button"
              onClick={props.onSettings}
            >
              Settings
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
        {props.onImport && (
          <button
            type="button"
            className="button import-article"
            onClick={props.onImport}
            disabled={workspace?.readOnly}
          >
            Import…
          </button>
        )}
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
          onKeyDown={toList}
        />
      </div>
      <LibraryControls values={controls} onChange={setControls} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {props.indexing}
      <div className="library-heading">
        <h2 className="pane-title">Articles</h2>
        <span className="library-total" role="status" aria-label="Articles shown">
          {props.loading
            ? ''
            : filtered
              ? `${view.shown.toLocaleString()} of ${view.total.toLocaleString()}`
              : view.total.toLocaleString()}
        </span>
        {!selecting && !desk && entries.length > 0 && (
          <button type="button" className="link-button" onClick={() => setSelecting(true)}>
            Select
          </button>
        )}
      </div>
      {/* The list's box is always there (a layout boundary), with what to say when it is empty at
          its top; the windowed list mounts in it once the first listing has arrived. */}
      <div className="library-scroll">
        {entries.length === 0 && !error && !props.loading && (
          <p className="library-empty">No articles yet. Start one with New article.</p>
        )}
        {entries.length > 0 && visible.length === 0 && (
          <p className="library-empty">
            {query.trim() ? `No article matches “${query}”` : 'No article matches'}
            {filtered && query.trim() === '' ? ' these filters' : ''}.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setQuery('');
                setControls(defaultControlValues);
              }}
            >
              Clear filters
            </button>
          </p>
        )}
        {!props.loading && (
          <Suspense fallback={null}>
            <LibraryList
              entries={visible}
              selectedId={selectedId}
              readOnly={(workspace?.readOnly ?? false) || desk !== undefined}
              idPrefix={filterId}
              selection={selecting ? { ids: selected, toggle } : null}
              onOpen={props.onOpen}
              onDelete={props.onDelete}
              counted={!desk}
            />
          </Suspense>
        )}
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
    </nav>
  );
}
