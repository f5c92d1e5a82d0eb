import type { PlacedField } from '../../../core/import/recognise/placement';
import type { ImportReport } from '../hooks/use-paste-article';

const fieldNames: Record<PlacedField, string> = {
  kicker: 'Kicker',
  headline: 'Headline',
  standfirst: 'Standfirst',
  byline: 'Byline',
  dateline: 'Dateline',
  published: 'Published',
  photo: 'Photo',
  caption: 'Caption',
  credit: 'Credit',
  body: 'Body',
  dropped: 'Left out',
};

/** What went where after a paste or an import, with the one-click undo of a paste. */
export function ImportPanel({ report, onDismiss }: { report: ImportReport; onDismiss(): void }) {
  const kept = report.placements.filter((p) => p.field !== 'dropped');
  const dropped = report.placements.filter((p) => p.field === 'dropped');
  const paragraphs = kept.filter((p) => p.field === 'body').length;
  return (
    <section className="import-panel" aria-label="What went where">
      <header className="import-panel-header">
        <h2>{report.title}</h2>
        <p className="muted">
          {paragraphs} body paragraph{paragraphs === 1 ? '' : 's'}
          {dropped.length ? `, ${dropped.length} left out` : ''}
        </p>
        <div className="import-panel-actions">
          {report.undo && (
            <button type="button" className="button" onClick={report.undo}>
              Undo: paste as plain text
            </button>
          )}
          <button type="button" className="button subtle" onClick={onDismiss}>
            Done
          </button>
        </div>
      </header>
      {report.notes.map((note) => (
        <p className="import-note" key={note}>
          {note}
        </p>
      ))}
      <ul className="placements">
        {[...kept, ...dropped].map((placement, index) => (
          <li key={index} className={`placement is-${placement.field}`}>
            <span className="placement-field">{fieldNames[placement.field]}</span>
            <span className="placement-text" title={placement.text}>
              {placement.text}
            </span>
            <span className="placement-reason">{placement.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
