import { useState } from 'react';
import type { Photo } from '../../../core/article/photo';
import { displayFileName } from '../../../core/photo/preview';
import { mediaUrl } from '../core/media-url';

interface PhotoImageProps {
  articleId: string;
  photo: Pick<Photo, 'file' | 'width' | 'height'>;
  alt: string;
}

/** A workspace photo through the media protocol: its downscaled preview when one exists, else the file. */
export function PhotoImage({ articleId, photo, alt }: PhotoImageProps) {
  const preferred = displayFileName(photo);
  // A preview may be missing (older articles, imports): fall back to the file itself once.
  const [failed, setFailed] = useState<string | null>(null);
  const file = failed === preferred ? photo.file : preferred;
  return (
    <img
      src={mediaUrl(articleId, file)}
      alt={alt}
      width={photo.width ?? undefined}
      height={photo.height ?? undefined}
      decoding="async"
      onError={() => {
        if (file !== photo.file) setFailed(preferred);
      }}
    />
  );
}
