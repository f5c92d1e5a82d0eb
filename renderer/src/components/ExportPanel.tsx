import type { CheckFinding, ExportFormat } from '../../../electron/ipc/contract';
import { useNewsroomEvent } from '../hooks/use-newsroom-event';
import { ExportProgress } from './ExportProgress';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'checking'; format: ExportFormat }
  | { kind: 'blocked'; format: ExportFormat; findings: CheckFinding[] }
  | { kind: 'running'; format: ExportFormat; done: number; total: number; findings: CheckFinding[] }
  | { kind: 'done'; format: ExportFormat; written: string[]; findings: CheckFinding[] }
  | { kind: 'failed'; format: ExportFormat; message: string };

export const formatNames: Record<ExportFormat, string> = {
  html: 'HTML',
  'html-single': 'single-file HTML',
  'html-fragment': 'HTML fragment',
  ninjs: 'ninjs JSON',
  json: 'Newsroom JSON',
  newsml: 'NewsML-G2',
  nitf: 'NITF',
};

interface ExportPanelProps {
  state: ExportState;
  onProgress(done: number, total: number): void;
  onForce(format: ExportFormat): void;
  onDismiss(): void;
}

function Findings({ findings }: { findings: CheckFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings">
      {findings.map((finding, index) => (
        <li key={`${finding.code}-${index}`} className={`finding is-${finding.severity}`}>
          <span className="finding-severity">
            {finding.severity === 'blocker' ? 'Blocker' : 'Warning'}
          </span>{' '}
          {finding.message}
        </li>
      ))}
    </ul>
  );
}

/** Pre-export findings, progress and the result of the last export. */
export function ExportPanel({ state, onProgress, onForce, onDismiss }: ExportPanelProps) {
  useNewsroomEvent('export:progress', ({ done, total }) => onProgress(done, total));
  if (state.kind === 'idle') return null;
  const name = formatNames[state.format];
  return (
    <section className={`export-panel is-${state.kind}`} aria-label="Export" role="region">
      <div className="export-body" role={state.kind === 'failed' ? 'alert' : 'status'}>
        {state.kind === 'checking' && <p>Checking the article before export…</p>}
        {state.kind === 'blocked' && (
          <>
            <p>
              <strong>This article is not ready for {name} export.</strong>
            </p>
            <Findings findings={state.findings} />
          </>
        )}
        {state.kind === 'running' && (
          <>
            <p>
              Exporting as {name}… {state.total > 0 ? `${state.done} of ${state.total}` : ''}
            </p>
            <ExportProgress done={state.done} total={state.total} />
          </>
        )}
        {state.kind === 'done' && (
          <>
            <p>
              <strong>Exported as {name}</strong> to <code>{state.written[0] ?? ''}</code>
              {state.written.length > 1 ? ` and ${state.written.length - 1} more files` : ''}
            </p>
            <Findings findings={state.findings} />
          </>
        )}
        {state.kind === 'failed' && (
          <p>
            <strong>Export failed:</strong> {state.message}
          </p>
        )}
      </div>
      <div className="export-actions">
        {state.kind === 'blocked' && (
          <button type="button" className="button danger" onClick={() => onForce(state.format)}>
            Export anyway
          </button>
        )}
        {state.kind !== 'running' && state.kind !== 'checking' && (
          <button type="button" className="button subtle" onClick={onDismiss}>
            {state.kind === 'blocked' ? 'Cancel' : 'Close'}
          </button>
        )}
      </div>
    </section>
  );
}
