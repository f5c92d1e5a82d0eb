import type { AttachedPhoto } from '../../../electron/ipc/contract';

/** The headline embedded in the photo just attached: context for the desk, not a photo field. */
export function FileHeadline({ embedded }: { embedded: AttachedPhoto['embedded'] | null }) {
  const headline = embedded?.headline?.trim();
  if (!headline) return null;
  return (
    <p className="file-headline">
      Headline in the file: <q>{headline}</q>
    </p>
  );
}
