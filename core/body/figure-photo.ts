import type { Photo } from '../article/photo';
import { blankPhoto } from '../article/photo-fields';

/** Attributes of a figure node in the body (see core/body/figure.ts). */
// A type alias, not an interface, so it fits where TipTap expects Record<string, unknown>.
export type FigureAttrs = {
  src: string;
  caption: string;
  credit: string;
  photographer: string;
  copyright: string;
  alt: string;
  width: number | null;
  height: number | null;
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const size = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;

/** A body figure's attributes as a Photo, so the same fields edit lead and inline photos. */
export function figureToPhoto(attrs: Record<string, unknown>): Photo {
  return {
    ...blankPhoto(text(attrs.src) || 'missing'),
    caption: text(attrs.caption),
    credit: text(attrs.credit),
    photographer: text(attrs.photographer),
    copyright: text(attrs.copyright),
    altText: text(attrs.alt),
    width: size(attrs.width),
    height: size(attrs.height),
  };
}

/** The figure attributes holding a Photo. */
export function photoToFigure(photo: Photo): FigureAttrs {
  return {
    src: photo.file,
    caption: photo.caption,
    credit: photo.credit,
    photographer: photo.photographer,
    copyright: photo.copyright,
    alt: photo.altText,
    width: photo.width,
    height: photo.height,
  };
}
