import type { Node as PMNode } from '@tiptap/pm/model';
import { FALLBACK_LANGUAGE } from '../language/language-tag';
import { sourceNode } from './body-json';
import { bodyNode, type BodyJSON, type BodyNodeJSON } from './schema';
import { TextCounter, type TextCounts } from './text-counter';

export { TextCounter, type TextCounts } from './text-counter';

/** Words and characters of plain text in `language`, the way a copy desk counts them. */
export function countText(text: string, language?: string): TextCounts {
  const counter = new TextCounter(language);
  counter.add(text);
  return counter.counts(false);
}

// A line break inside a paragraph separates words as a new line does; figures add no text.
const leafText = (leaf: PMNode): string => (leaf.type.name === 'hardBreak' ? '\n' : '');

/** The body's plain text, one block per line, line breaks as new lines (figures contribute nothing). */
export function bodyText(body: BodyJSON | PMNode): string {
  const node = 'textBetween' in body ? (body as PMNode) : bodyNode(body);
  return node.textBetween(0, node.content.size, '\n', leafText);
}

/** Word and character counts of a body in `language` (line breaks between and inside blocks not counted). */
export function countBody(body: BodyJSON | PMNode, language?: string): TextCounts {
  const counter = new TextCounter(language);
  counter.add(bodyText(body));
  return counter.counts(true);
}

type BlockCount<B> = (block: B, language: string) => TextCounts;

/** `count`, remembered for each block object it is given (and the language it was counted in). */
function remembered<B extends object>(count: BlockCount<B>): BlockCount<B> {
  const cache = new WeakMap<B, { language: string; counts: TextCounts }>();
  return (block, language) => {
    let entry = cache.get(block);
    if (entry?.language !== language) {
      entry = { language, counts: count(block, language) };
      cache.set(block, entry);
    }
    return entry.counts;
  };
}

/** The sum of the blocks' counts (blocks never share words: one per line). */
function sumCounts<B>(blocks: readonly B[], count: BlockCount<B>, language: string): TextCounts {
  const total = { words: 0, characters: 0 };
  for (const block of blocks) {
    const counts = count(block, language);
    total.words += counts.words;
    total.characters += counts.characters;
  }
  return total;
}

// Counts of editor blocks, shared by every counter: a node never changes, and a new version of a
// document shares its unchanged blocks with the last one.
const countNode = remembered((block: PMNode, language) => countBody(block, language));

/**
 * countBody for bodies composed again and again while someone types (the library entry after every
 * save): each top-level block's counts are remembered by its JSON object, so a body from
 * createBodyJson is recounted for its changed blocks only, and a block the live counts have already
 * counted (countDoc) is not counted again.
 */
export function createBodyCounter(): (body: BodyJSON, language?: string) => TextCounts {
  const countBlock = remembered((block: BodyNodeJSON, language) => {
    const node = sourceNode(block);
    return node
      ? countNode(node, language)
      : countBody({ type: 'doc', content: [block] }, language);
  });
  return (body, language = FALLBACK_LANGUAGE) =>
    body.content?.length
      ? sumCounts(body.content, countBlock, language)
      : countBody(body, language);
}

/**
 * countBody for the editor's document as it changes: each top-level block's counts are remembered
 * by its node (ProseMirror shares unchanged blocks between versions), so the live counts after a
 * pause in typing recount the changed blocks only.
 */
export function countDoc(doc: PMNode, language: string = FALLBACK_LANGUAGE): TextCounts {
  return sumCounts(doc.content.content, countNode, language);
}
