import type { ExportFormat } from '../../../electron/ipc/contract';
import type { SaveSession } from '../core/save-session';
import type { ExportControls } from '../hooks/use-export';
import { MoreFormats } from './MoreFormats';
import { SaveIndicator } from './SaveIndicator';

interface ArticleBarProps {
  session: SaveSession;
  readOnly: boolean;
  exporter: ExportControls;
  onHistory(): void;
}

/** The bar above the article: save status, read-only badge, History and the export buttons. */
export function ArticleBar({ session, readOnly, exporter, onHistory }: ArticleBarProps) {
  const busy = exporter.state.kind === 'checking' || exporter.state.kind === 'running';
  const exportButton = (format: ExportFormat, label: string, chosen?: () => void) => (
    <button
      type="button"
      className="button"
      disabled={busy}
      onClick={() => {
        chosen?.();
        void exporter.start(format);
      }}
    >
      {label}
    </button>
  );
  return (
    <header className="editor-bar">
      <SaveIndicator session={session} />
      {readOnly && <p className="read-only-badge">Read-only</p>}
      <div className="editor-bar-actions">
        <button type="button" className="button subtle" onClick={onHistory}>
          History
        </button>
        {exportButton('html', 'Export as HTML')}
        {exportButton('ninjs', 'Export as ninjs JSON')}
        <MoreFormats>
          {(close) => (
            <>
              {exportButton('html-single', 'Single-file HTML', close)}
              {exportButton('html-fragment', 'HTML fragment for a CMS', close)}
              {exportButton('json', 'Newsroom JSON', close)}
              {exportButton('newsml', 'NewsML-G2 (agency XML)', close)}
              {exportButton('nitf', 'NITF (agency XML)', close)}
            </>
          )}
        </MoreFormats>
      </div>
    </header>
  );
}
