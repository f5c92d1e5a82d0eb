import { useCallback, useId, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { photoTextFields, type PhotoTextField } from '../../../core/article/photo-fields';
import { deskLeadPhoto } from '../../../core/desk/desk-layout';
import { setLeadPhoto } from '../../../core/desk/field-edits';
import { textDirection } from '../../../core/language/text-direction';
import { call, errorMessage } from '../api/newsroom';
import { mergeAttachedPhoto } from '../core/photo-merge';
import { deskPhotoText, markTyped, readDeskPhoto } from '../desk/desk-photo';
import { useTextBinding } from '../hooks/use-text-binding';
import { PhotoImage } from './PhotoImage';

const fieldLabels: Record<PhotoTextField, string> = {
  caption: 'Caption',
  credit: 'Credit',
  photographer: 'Photographer',
  copyright: 'Copyright',
  altText: 'Alt text',
};

function PhotoTextInput(props: {
  id: string;
  field: PhotoTextField;
  text: Y.Text;
  map: Y.Map<unknown>;
  language: string;
}) {
  const { field, map, language } = props;
  const ref = useTextBinding(props.text, { onLocalChange: () => markTyped(map, field) });
  return field === 'caption' || field === 'altText' ? (
    <textarea
      ref={ref}
      id={props.id}
      lang={language}
      dir={textDirection(language)}
      rows={field === 'caption' ? 4 : 2}
    />
  ) : (
    // Names and credits are often in another script than the caption: each finds its own.
    <input ref={ref} id={props.id} type="text" lang={language} dir="auto" />
  );
}

/** Re-renders on any change of the photo map itself (not of the texts inside it). */
function usePhotoMap(doc: Y.Doc, map: Y.Map<unknown>): string {
  const subscribe = useCallback(
    (notify: () => void) => {
      map.observe(notify);
      return () => map.unobserve(notify);
    },
    [map],
  );
  // A key that changes with the file, the size and which Y.Text each field is.
  return useSyncExternalStore(subscribe, () => {
    const photo = readDeskPhoto(doc);
    if (!photo) return '';
    const texts = photoTextFields.map((field) => (deskPhotoText(map, field) ? 1 : 0)).join('');
    return `${photo.file}|${photo.width}|${photo.height}|${photo.fromFile.join(',')}|${texts}`;
  });
}

/** The lead photo of a desk article: attach through the desk, and its texts bound to the document. */
export function DeskPhotoPanel({
  articleId,
  doc,
  language,
}: {
  articleId: string;
  doc: Y.Doc;
  /** The article's language: the caption and alt text are written in it. */
  language: string;
}) {
  const map = deskLeadPhoto(doc);
  usePhotoMap(doc, map);
  const photo = readDeskPhoto(doc);
  const baseId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The photo goes to this computer's cache and the desk; the document then names it by SHA-256.
  const attach = async () => {
    setError(null);
    setBusy(true);
    try {
      const result = await call('desk:photo-attach', { id: articleId });
      if (result) setLeadPhoto(doc, mergeAttachedPhoto(readDeskPhoto(doc), result.photo));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside className="photo-pane" aria-label="Lead photo">
      <h2 className="pane-title">Lead photo</h2>
      {photo ? (
        <figure className="photo-preview">
          <PhotoImage articleId={articleId} photo={photo} alt={photo.altText} />
          <figcaption>
            {photo.width && photo.height ? `${photo.width} × ${photo.height}` : photo.file}
          </figcaption>
        </figure>
      ) : (
        <div className="drop-zone">
          <button type="button" className="button primary" disabled={busy} onClick={attach}>
            Attach photo
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {photo && (
        <>
          <div className="photo-actions">
            <button type="button" className="button" disabled={busy} onClick={attach}>
              Replace photo
            </button>
            <button type="button" className="button subtle" onClick={() => setLeadPhoto(doc, null)}>
              Remove photo
            </button>
          </div>
          <div className="photo-fields">
            {photoTextFields.map((field) => {
              const text = deskPhotoText(map, field);
              const id = `${baseId}-${field}`;
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
                  {text && (
                    <PhotoTextInput
                      id={id}
                      field={field}
                      text={text}
                      map={map}
                      language={language}
                    />
                  )}
                </div>
              );
            })}
          </div>
        </>
      )}
    </aside>
  );
}
