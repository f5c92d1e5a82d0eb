import { useEffect, useId, useState, type DragEvent } from 'react';
import type { Photo, PhotoTextField } from '../../../core/article/photo';
import type { AttachedPhoto } from '../../../electron/ipc/contract';
import { call, errorMessage } from '../api/newsroom';
import { editPhotoField, mergeAttachedPhoto } from '../core/photo-merge';

interface PhotoPanelProps {
  articleId: string;
  photo: Photo | null;
  readOnly?: boolean;
  onChange(photo: Photo | null): void;
}

const fieldLabels: Record<PhotoTextField, string> = {
  caption: 'Caption',
  credit: 'Credit',
  photographer: 'Photographer',
  copyright: 'Copyright',
  altText: 'Alt text',
};

const multiline: ReadonlySet<PhotoTextField> = new Set(['caption', 'altText']);

const hints: Partial<Record<PhotoTextField, string>> = {
  credit: 'Agency or staff, e.g. “AFP/Kiril Kudryatsev”',
  altText: 'What the photo shows, for readers who cannot see it',
};

/** The lead photo: attach (dialog or drop), preview, and its caption, credit and rights. */
export function PhotoPanel({ articleId, photo, readOnly = false, onChange }: PhotoPanelProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [credits, setCredits] = useState<string[]>([]);
  const creditsId = useId();
  const baseId = useId();

  useEffect(() => {
    call('credits:recent').then(setCredits, () => setCredits([]));
  }, [articleId]);

  const attached = (result: AttachedPhoto | null) => {
    if (result) onChange(mergeAttachedPhoto(photo, result.photo));
  };

  const pick = async () => {
    setError(null);
    setBusy('Reading photo…');
    try {
      attached(await call('photo:attach', { id: articleId }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const drop = async (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    setError(null);
    setBusy(`Reading ${file.name}…`);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      attached(await call('photo:import', { id: articleId, name: file.name, bytes }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const dragProps = {
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: drop,
  };
  const dropProps = readOnly ? {} : dragProps;

  return (
    <aside
      className={dragging ? 'photo-pane is-dragging' : 'photo-pane'}
      aria-label="Lead photo"
      {...dropProps}
    >
      <h2 className="pane-title">Lead photo</h2>
      {photo ? (
        <figure className="photo-preview">
          <img
            src={`media/${articleId}/${encodeURIComponent(photo.file)}`}
            alt={photo.altText}
            width={photo.width ?? undefined}
            height={photo.height ?? undefined}
          />
          <figcaption>
            {photo.file}
            {photo.width && photo.height ? ` · ${photo.width} × ${photo.height}` : ''}
          </figcaption>
        </figure>
      ) : (
        <div className="drop-zone">
          <p>Drop an image here</p>
          <p className="muted">JPEG, PNG, WebP, GIF or TIFF</p>
          <button
            type="button"
            className="button primary"
            disabled={busy !== null || readOnly}
            onClick={pick}
          >
            Attach photo
          </button>
        </div>
      )}
      {busy && (
        <p className="photo-busy" role="status">
          {busy}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {photo && (
        <>
          <div className="photo-actions">
            <button
              type="button"
              className="button"
              disabled={busy !== null || readOnly}
              onClick={pick}
            >
              Replace photo
            </button>
            <button
              type="button"
              className="button subtle"
              disabled={readOnly}
              onClick={() => onChange(null)}
            >
              Remove photo
            </button>
          </div>
          <div className="photo-fields">
            {(Object.keys(fieldLabels) as PhotoTextField[]).map((field) => {
              const id = `${baseId}-${field}`;
              const common = {
                id,
                value: photo[field],
                readOnly,
                maxLength: field === 'caption' ? 10_000 : field === 'altText' ? 2_000 : 1_000,
                onChange: (event: { target: { value: string } }) =>
                  onChange(editPhotoField(photo, field, event.target.value)),
              };
              return (
                <div className="field" key={field}>
                  <label htmlFor={id}>
                    {fieldLabels[field]}
                    {photo.fromFile.includes(field) && (
                      <span
                        className="from-file"
                        title="Read from the metadata embedded in the photo"
                      >
                        from file
                      </span>
                    )}
                  </label>
                  {multiline.has(field) ? (
                    <textarea rows={field === 'caption' ? 4 : 2} {...common} />
                  ) : (
                    <input
                      type="text"
                      list={field === 'credit' ? creditsId : undefined}
                      {...common}
                    />
                  )}
                  {hints[field] && <p className="hint">{hints[field]}</p>}
                </div>
              );
            })}
            <datalist id={creditsId}>
              {credits.map((credit) => (
                <option key={credit} value={credit} />
              ))}
            </datalist>
          </div>
        </>
      )}
    </aside>
  );
}
