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

/** A photo dimension: a positive integer, or a string of decimal digits naming one; anything else is none. */
export function figureSize(value: unknown): number | null {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : null;
}

/** Reads figure node attributes defensively: the schema does not type-check attribute values. */
export function readFigureAttrs(attrs: Record<string, unknown>): FigureAttrs {
  return {
    src: text(attrs.src),
    caption: text(attrs.caption),
    credit: text(attrs.credit),
    photographer: text(attrs.photographer),
    copyright: text(attrs.copyright),
    alt: text(attrs.alt),
    width: figureSize(attrs.width),
    height: figureSize(attrs.height),
  };
}
