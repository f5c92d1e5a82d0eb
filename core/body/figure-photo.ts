import type { Photo } from '../article/photo';
import { blankPhoto } from '../article/photo-fields';
import { readFigureAttrs, type FigureAttrs } from './figure-attrs';

/** A body figure's attributes as a Photo, so the same fields edit lead and inline photos. */
export function figureToPhoto(attrs: Record<string, unknown>): Photo {
  const figure = readFigureAttrs(attrs);
  return {
    ...blankPhoto(figure.src || 'missing'),
    caption: figure.caption,
    credit: figure.credit,
    photographer: figure.photographer,
    copyright: figure.copyright,
    altText: figure.alt,
    width: figure.width,
    height: figure.height,
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
