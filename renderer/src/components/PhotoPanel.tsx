import { useState, type DragEvent } from 'react';
import type { Photo } from '../../../core/article/photo';
import { acceptedFormatsText } from '../../../core/photo/image-format';
import type { AttachedPhoto } from '../../../electron/ipc/contract';
import { call, errorMessage } from '../api/newsroom';
import { mergeAttachedPhoto } from '../core/photo-merge';
import { FileHeadline } from '../photo/FileHeadline';
import { PhotoFields } from './PhotoFields';
import { PhotoImage } from './PhotoImage';

interface PhotoPanelProps {
  articleId: string;
  photo: Photo | null;
  readOnly?: boolean;
  /** The desk's recent credits, for the Credit field. */
  credits: string[];
  onChange(photo: Photo | null): void;
}

/** The lead photo: attach (dialog or drop), preview, and its caption, credit and rights. */
export function PhotoPanel({
  articleId,
  photo,
  readOnly = false,
  credits,
  onChange,
}: PhotoPanelProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [embedded, setEmbedded] = useState<AttachedPhoto['embedded'] | null>(null);

  const attached = (result: AttachedPhoto | null) => {
    if (!result) return;
    setEmbedded(result.embedded);
    onChange(mergeAttachedPhoto(photo, result.photo));
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
          <PhotoImage articleId={articleId} photo={photo} alt={photo.altText} />
          <figcaption>
            {photo.file}
            {photo.width && photo.height ? ` · ${photo.width} × ${photo.height}` : ''}
          </figcaption>
          <FileHeadline embedded={embedded} />
        </figure>
      ) : (
        <div className="drop-zone">
          <p>Drop an image here</p>
          <p className="muted">{acceptedFormatsText}</p>
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
              onClick={() => {
                setEmbedded(null);
                onChange(null);
              }}
            >
              Remove photo
            </button>
          </div>
          <PhotoFields photo={photo} readOnly={readOnly} credits={credits} onChange={onChange} />
        </>
      )}
    </aside>
  );
}
