import { useId, useState, type DragEvent } from 'react';
import type { Photo } from '../../../core/article/photo';
import { acceptedFormatsText } from '../../../core/photo/image-format';
import type { AttachedPhoto } from '../../../electron/ipc/contract';
import { call, errorMessage } from '../api/newsroom';
import type { PendingPhotoText } from '../hooks/use-paste-article';
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
  /** The article's language, for spelling in the caption. */
  language?: string;
  onChange(photo: Photo | null): void;
  /** A pasted article's caption and credit, waiting for its photo to be attached. */
  pending?: PendingPhotoText | null;
  onPendingChange?(pending: PendingPhotoText): void;
}

/** The lead photo: attach (dialog or drop), preview, and its caption, credit and rights. */
export function PhotoPanel({
  articleId,
  photo,
  readOnly = false,
  credits,
  language,
  onChange,
  pending = null,
  onPendingChange,
}: PhotoPanelProps) {
  const pendingId = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [embedded, setEmbedded] = useState<AttachedPhoto['embedded'] | null>(null);

  /** Shows `status` while `read` gets the photo (null: the user cancelled), then takes it in. */
  const attach = async (status: string, read: () => Promise<AttachedPhoto | null>) => {
    setError(null);
    setBusy(status);
    try {
      const result = await read();
      if (!result) return;
      setEmbedded(result.embedded);
      onChange(mergeAttachedPhoto(photo, result.photo));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const pick = () => attach('Reading photo…', () => call('photo:attach', { id: articleId }));

  const drop = async (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    await attach(`Reading ${file.name}…`, async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return call('photo:import', { id: articleId, name: file.name, bytes });
    });
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
  const pickButton = (label: string, className: string) => (
    <button type="button" className={className} disabled={busy !== null || readOnly} onClick={pick}>
      {label}
    </button>
  );

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
          {pickButton('Attach photo', 'button primary')}
        </div>
      )}
      {!photo && pending && (
        <div className="pending-photo-text">
          <p className="hint">From the pasted article: attach its photo to keep them.</p>
          <div className="field">
            <label htmlFor={`${pendingId}-caption`}>Caption</label>
            <textarea
              id={`${pendingId}-caption`}
              rows={4}
              value={pending.caption}
              readOnly={readOnly}
              onChange={(event) => onPendingChange?.({ ...pending, caption: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${pendingId}-credit`}>Credit</label>
            <input
              id={`${pendingId}-credit`}
              type="text"
              value={pending.credit}
              readOnly={readOnly}
              onChange={(event) => onPendingChange?.({ ...pending, credit: event.target.value })}
            />
          </div>
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
            {pickButton('Replace photo', 'button')}
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
          <PhotoFields
            photo={photo}
            readOnly={readOnly}
            credits={credits}
            {...(language ? { language } : {})}
            onChange={onChange}
          />
        </>
      )}
    </aside>
  );
}
