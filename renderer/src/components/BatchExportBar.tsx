import { useId, useState } from 'react';
import type { ExportFormat, LibraryEntry } from '../../../electron/ipc/contract';
import type { BatchExport } from '../hooks/use-batch-export';
import { useNewsroomEvent } from '../hooks/use-newsroom-event';
import { ExportProgress } from './ExportProgress';

const formats: { value: ExportFormat; label: string }[] = [
  { value: 'html', label: 'HTML (folder with photos)' },
  { value: 'html-single', label: 'HTML (single file)' },
  { value: 'html-fragment', label: 'HTML fragment for a CMS' },
  { value: 'ninjs', label: 'ninjs JSON' },
  { value: 'json', label: 'Newsroom JSON' },
  { value: 'newsml', label: 'NewsML-G2' },
  { value: 'nitf', label: 'NITF' },
];

interface BatchExportBarProps {
  selected: string[];
  entries: LibraryEntry[];
  batch: BatchExport;
  onSelectAll(): void;
  onDone(): void;
}

/** The library's selection mode footer: export the selected articles in one format, with progress. */
export function BatchExportBar({
  selected,
  entries,
  batch,
  onSelectAll,
  onDone,
}: BatchExportBarProps) {
  const [format, setFormat] = useState<ExportFormat>('html');
  const formatId = useId();
  const { state } = batch;
  useNewsroomEvent('export:progress', ({ done, total }) => batch.progress(done, total));
  const headline = (id: string) => entries.find((e) => e.id === id)?.headline || 'Untitled';
  return (
    <section className="batch-bar" role="region" aria-label="Export selected articles">
      <p className="batch-count">
        {selected.length} selected
        <button type="button" className="link-button" onClick={onSelectAll}>
          Select all
        </button>
      </p>
      <div className="field">
        <label htmlFor={formatId}>Format</label>
        <select
          id={formatId}
          value={format}
          onChange={(e) => setFormat(e.target.value as ExportFormat)}
        >
          {formats.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <div className="batch-actions">
        <button
          type="button"
          className="button primary"
          disabled={selected.length === 0 || state.kind === 'running'}
          onClick={() => void batch.run(selected, format)}
        >
          Export selected…
        </button>
        <button type="button" className="button subtle" onClick={onDone}>
          Done
        </button>
      </div>
      <div className="batch-status" role={state.kind === 'failed' ? 'alert' : 'status'}>
        {state.kind === 'running' && (
          <>
            <span>
              Exporting {state.done} of {state.total}…
            </span>
            <ExportProgress done={state.done} total={state.total} />
          </>
        )}
        {state.kind === 'done' && <span>Exported {state.written.length} articles.</span>}
        {state.kind === 'failed' && <span>Export failed: {state.message}</span>}
        {state.kind === 'blocked' && (
          <>
            <span>Not exported: some articles are not ready.</span>
            <ul className="findings">
              {state.blocked.map((b) => (
                <li key={b.id} className="finding is-blocker">
                  <strong>{headline(b.id)}</strong>:{' '}
                  {b.findings
                    .filter((f) => f.severity === 'blocker')
                    .map((f) => f.message)
                    .join('; ')}
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="button small danger"
              onClick={() => void batch.run(selected, format, true)}
            >
              Export anyway
            </button>
          </>
        )}
      </div>
    </section>
  );
}
