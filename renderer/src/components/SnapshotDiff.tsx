import type { ArticleDiff, FieldDiff } from '../../../core/history/article-diff';
import type { DiffPart } from '../../../core/history/text-diff';

interface SnapshotDiffProps {
  diff: ArticleDiff;
  /** When the compared version was taken, as the user reads it. */
  takenLabel: string;
}

function Part({ part, replacing }: { part: DiffPart; replacing: boolean }) {
  // Screen readers do not announce <ins>/<del>, so each carries a hidden word saying what it is.
  if (part.change === 'added')
    return (
      <ins className={replacing ? 'diff-replacing' : undefined}>
        <span className="visually-hidden">[added: </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </ins>
    );
  if (part.change === 'removed')
    return (
      <del className={replacing ? 'diff-replacing' : undefined}>
        <span className="visually-hidden">[removed: </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </del>
    );
  return <>{part.text}</>;
}

function summary(field: FieldDiff): string {
  if (!field.changed) return 'No change';
  if (field.whole) return 'Rewritten';
  const added = field.wordsAdded;
  const removed = field.wordsRemoved;
  const words = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'word' : 'words'}`;
  if (added && removed) return `${words(added)} added, ${removed.toLocaleString()} removed`;
  if (added) return `${words(added)} added`;
  if (removed) return `${words(removed)} removed`;
  return 'Punctuation only';
}

/** What changed from an earlier version to the text in the editor, field by field, word by word. */
export function SnapshotDiff({ diff, takenLabel }: SnapshotDiffProps) {
  return (
    <section className="snapshot-diff" aria-label={`Changes since the version from ${takenLabel}`}>
      <p className="diff-intro">
        {diff.changed ? (
          <>
            From the version of {takenLabel} to now: <span className="diff-key-added">added</span>{' '}
            and <span className="diff-key-removed">removed</span> words are marked.
          </>
        ) : (
          <>This version is the same as the text now.</>
        )}
      </p>
      {diff.fields.map((field) => (
        <div key={field.field} className={`diff-field diff-${field.field}`}>
          <h3 className="diff-label">
            {field.label}
            <span className="diff-summary">{summary(field)}</span>
          </h3>
          {field.field === 'body' && !field.changed ? null : (
            <p className="diff-text">
              {field.parts.length === 0 ? (
                <span className="muted">(empty)</span>
              ) : (
                field.parts.map((part, index) => (
                  <Part
                    key={index}
                    part={part}
                    replacing={
                      part.change !== 'same' &&
                      field.parts[index - 1]?.change !== 'same' &&
                      index > 0
                    }
                  />
                ))
              )}
            </p>
          )}
        </div>
      ))}
      {diff.otherChanges.length > 0 && (
        <p className="diff-other">Also changed: {diff.otherChanges.join(', ')}.</p>
      )}
    </section>
  );
}
