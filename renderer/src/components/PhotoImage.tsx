import { useState } from 'react';
import type { Photo } from '../../../core/article/photo';
import { fileToLoad, previewThatFailed } from '../../../core/photo/preview';
import { mediaUrl } from '../core/media-url';

interface PhotoImageProps {
  articleId: string;
  photo: Pick<Photo, 'file' | 'width' | 'height'>;
  alt: string;
}

/** A workspace photo through the media protocol: its downscaled preview when one exists, else the file. */
export function PhotoImage({ articleId, photo, alt }: PhotoImageProps) {
  const [failed, setFailed] = useState<string | null>(null);
  const file = fileToLoad(photo, failed);
  return (
    <img
      src={mediaUrl(articleId, file)}
      alt={alt}
      width={photo.width ?? undefined}
      height={photo.height ?? undefined}
      decoding="async"
      onError={() => {
        const preview = previewThatFailed(photo, file);
        if (preview) setFailed(preview);
      }}
    />
  );
}
