import { useState } from 'react';
import type { FigureEditRequest } from '../editor/figure-node-view';
import { Modal, ModalCloseButton } from './Modal';
import { PhotoFields } from './PhotoFields';
import { PhotoImage } from './PhotoImage';

interface FigureDialogProps {
  articleId: string;
  /** The desk's recent credits, for the Credit field. */
  credits: string[];
  request: FigureEditRequest;
  onClose(): void;
}

/** Edits the caption, credit and other metadata of a photo in the body; every change goes straight into the figure. */
export function FigureDialog({ articleId, credits, request, onClose }: FigureDialogProps) {
  const [photo, setPhoto] = useState(() => request.photo());
  return (
    <Modal title="Photo in the body" onClose={onClose} onSubmit={onClose}>
      <div className="figure-dialog">
        <PhotoImage articleId={articleId} photo={photo} alt={photo.altText} />
        <PhotoFields
          photo={photo}
          credits={credits}
          onChange={(next) => {
            request.apply(next);
            setPhoto(request.photo());
          }}
        />
      </div>
      <ModalCloseButton label="Done" primary />
    </Modal>
  );
}
