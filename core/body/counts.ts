import type { Node as PMNode } from '@tiptap/pm/model';
import { sourceNode } from './body-json';
import { bodyNode, type BodyJSON, type BodyNodeJSON } from './schema';
import { TextCounter, type TextCounts } from './text-counter';

export { TextCounter, type TextCounts } from './text-counter';

/** Words and characters of plain text, the way a copy desk counts them. */
export function countText(text: string): TextCounts {
  const counter = new TextCounter();
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

/** Word and character counts of a body (line breaks between and inside blocks not counted). */
export function countBody(body: BodyJSON | PMNode): TextCounts {
  const counter = new TextCounter();
  counter.add(bodyText(body));
  return counter.counts(true);
}

/** `count`, remembered for each block object it is given. */
function remembered<B extends object>(count: (block: B) => TextCounts): (block: B) => TextCounts {
  const cache = new WeakMap<B, TextCounts>();
  return (block) => {
    let counts = cache.get(block);
    if (!counts) {
      counts = count(block);
      cache.set(block, counts);
    }
    return counts;
  };
}

/** The sum of the blocks' counts (blocks never share words: one per line). */
function sumCounts<B>(blocks: readonly B[], count: (block: B) => TextCounts): TextCounts {
  const total = { words: 0, characters: 0 };
  for (const block of blocks) {
    const counts = count(block);
    total.words += counts.words;
    total.characters += counts.characters;
  }
  return total;
}

// Counts of editor blocks, shared by every counter: a node never changes, and a new version of a
// document shares its unchanged blocks with the last one.
const countNode = remembered((block: PMNode) => countBody(block));

/**
 * countBody for bodies composed again and again while someone types (the library entry after every
 * save): each top-level block's counts are remembered by its JSON object, so a body from
 * createBodyJson is recounted for its changed blocks only, and a block the live counts have already
 * counted (countDoc) is not counted again.
 */
export function createBodyCounter(): (body: BodyJSON) => TextCounts {
  const countBlock = remembered((block: BodyNodeJSON) => {
    const node = sourceNode(block);
    return node ? countNode(node) : countBody({ type: 'doc', content: [block] });
  });
  return (body) => (body.content?.length ? sumCounts(body.content, countBlock) : countBody(body));
}

/**
 * countBody for the editor's document as it changes: each top-level block's counts are remembered
 * by its node (ProseMirror shares unchanged blocks between versions), so the live counts after a
 * pause in typing recount the changed blocks only.
 */
export function countDoc(doc: PMNode): TextCounts {
  return sumCounts(doc.content.content, countNode);
}
