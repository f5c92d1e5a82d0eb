import { useState } from 'react';
import { createPortal } from 'react-dom';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { figureToPhoto, photoToFigure } from '../../../core/body/figure-photo';
import { useArticleContext } from '../hooks/use-article-context';
import { Modal } from './Modal';
import { PhotoFields } from './PhotoFields';
import { PhotoImage } from './PhotoImage';

/** A photo inside the body: the image with its caption and credit, editable in a dialog. */
export function FigureView({
  node,
  updateAttributes,
  deleteNode,
  selected,
  editor,
}: ReactNodeViewProps) {
  const { articleId, credits } = useArticleContext();
  const [editing, setEditing] = useState(false);
  const photo = figureToPhoto(node.attrs);
  const editable = editor.isEditable;
  return (
    <NodeViewWrapper
      as="figure"
      className={selected ? 'body-figure is-selected' : 'body-figure'}
      data-drag-handle=""
    >
      <PhotoImage articleId={articleId} photo={photo} alt={photo.altText} />
      <figcaption>
        <span className={photo.caption ? 'figure-caption' : 'figure-caption is-missing'}>
          {photo.caption || 'No caption yet'}
        </span>{' '}
        {photo.credit && <span className="figure-credit">{photo.credit}</span>}
      </figcaption>
      {editable && (
        <div className="figure-actions">
          <button type="button" className="button small" onClick={() => setEditing(true)}>
            Edit inline photo
          </button>
          <button type="button" className="button small subtle" onClick={() => deleteNode()}>
            Delete inline photo
          </button>
        </div>
      )}
      {editing &&
        createPortal(
          <Modal
            title="Photo in the body"
            onClose={() => setEditing(false)}
            onSubmit={() => setEditing(false)}
          >
            <div className="figure-dialog">
              <PhotoImage articleId={articleId} photo={photo} alt={photo.altText} />
              <PhotoFields
                photo={photo}
                credits={credits}
                onChange={(next) => updateAttributes(photoToFigure(next))}
              />
            </div>
            <div className="modal-actions">
              <button type="submit" className="button primary">
                Done
              </button>
            </div>
          </Modal>,
          document.body,
        )}
    </NodeViewWrapper>
  );
}
