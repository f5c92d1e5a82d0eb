import type { Element, Node } from 'happy-dom';

/**
 * A block's nodes in the parsed source, which the body reads as they are (never serialised and
 * parsed again): an element, or the loose inline nodes of a paragraph the markup leaves unmarked.
 */
export type SourceNodes = { element: Element } | { paragraph: readonly Node[] };

/** One block of the source (a line or paragraph of text, or an element of HTML) before it is placed. */
export interface SourceBlock {
  /** The visible text, white space collapsed. */
  text: string;
  /** The block's markup for the body, sanitised as the body reads it (HTML sources only). */
  markup?: SourceNodes;
  /** What the markup says it is: its tag, and the class, id and itemprop names of it and its ancestors. */
  tag?: string;
  hint?: string;
  /** A photo in the source: the figure's image, or a lone image. */
  image?: { src: string; alt: string };
  /** A photo the source already places in the text (a Word picture): kept in the body as a figure. */
  figure?: { src: string; caption: string; credit: string; alt: string };
  /** Only ever body text (a Word table or footnotes), never a headline or standfirst. */
  bodyOnly?: boolean;
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** How many words a text has. */
export const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
