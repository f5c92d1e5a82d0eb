import type { Photo } from './photo';

// Kept apart from photo.ts (zod schemas) so the renderer can use them without bundling zod.

/** Metadata fields a photo carries, in the order the photo panel shows them. */
export const photoTextFields = [
  'caption',
  'credit',
  'photographer',
  'copyright',
  'altText',
] as const;
export type PhotoTextField = (typeof photoTextFields)[number];

/** A photo with empty metadata, for a file just attached. */
export function blankPhoto(file: string): Photo {
  return {
    file,
    caption: '',
    credit: '',
    photographer: '',
    copyright: '',
    altText: '',
    width: null,
    height: null,
    fromFile: [],
  };
}
