import type { Node as PMNode } from '@tiptap/pm/model';
import { bodyNode, type BodyJSON } from './schema';

export interface TextCounts {
  words: number;
  characters: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/** Words and characters of plain text, the way a copy desk counts them. */
export function countText(text: string): TextCounts {
  return { words: text.match(wordPattern)?.length ?? 0, characters: [...text].length };
}

/** The body's plain text, one block per line (figures contribute nothing). */
export function bodyText(body: BodyJSON | PMNode): string {
  const node = 'textBetween' in body ? (body as PMNode) : bodyNode(body);
  return node.textBetween(0, node.content.size, '\n', '');
}

/** Word and character counts of a body. */
export function countBody(body: BodyJSON | PMNode): TextCounts {
  const text = bodyText(body);
  return { words: countText(text).words, characters: [...text.replace(/\n/g, '')].length };
}
