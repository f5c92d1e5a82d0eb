import { useEffect, useState } from 'react';
import type { Photo } from '../../../core/article/photo';
import { fileToLoad, previewThatFailed } from '../../../core/photo/preview';
import { mediaUrl } from '../core/media-url';

interface PhotoImageProps {
  articleId: string;
  photo: Pick<Photo, 'file' | 'width' | 'height'>;
  alt: string;
}

// A photo still on its way (a desk article's, fetched after it opened) is looked for again this often.
const RETRY_MS = [1000, 2000, 4000, 8000, 15000];

/** A workspace photo through the media protocol: its downscaled preview when one exists, else the file. */
export function PhotoImage({ articleId, photo, alt }: PhotoImageProps) {
  const [failed, setFailed] = useState<string | null>(null);
  // Retries belong to one photo: another file starts again from the first attempt.
  const key = `${articleId}/${photo.file}`;
  const [retry, setRetry] = useState({ key, attempt: 0, missing: false });
  const { attempt, missing } = retry.key === key ? retry : { attempt: 0, missing: false };
  const file = fileToLoad(photo, failed);
  useEffect(() => {
    if (!missing || attempt >= RETRY_MS.length) return;
    const timer = setTimeout(
      () => setRetry({ key, attempt: attempt + 1, missing: false }),
      RETRY_MS[attempt],
    );
    return () => clearTimeout(timer);
  }, [key, missing, attempt]);
  const src = mediaUrl(articleId, file);
  return (
    <img
      src={attempt === 0 ? src : `${src}?attempt=${attempt}`}
      alt={alt}
      width={photo.width ?? undefined}
      height={photo.height ?? undefined}
      decoding="async"
      onError={() => {
        const preview = previewThatFailed(photo, file);
        if (preview) setFailed(preview);
        else setRetry({ key, attempt, missing: true });
      }}
    />
  );
}
