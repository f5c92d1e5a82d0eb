import { bodySchema, type BodyJSON, type BodyNodeJSON } from '../../body/schema';

type Attrs = Record<string, unknown>;
type MarkJSON = NonNullable<BodyNodeJSON['marks']>[number];

/** A node being built: its content grows until it is closed. */
interface Open {
  type: string;
  attrs: Attrs | undefined;
  content: BodyNodeJSON[];
  /** Where its JSON goes once closed. */
  parent: Open | null;
}

const textblocks = new Set(['paragraph', 'heading']);
const lists = new Set(['bulletList', 'orderedList']);

// Hot paths below avoid closures: the walk visits every text node of every imported body.
const isSpace = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
/**
 * Runs of HTML white space to fold to one space, except a lone space: that is already what folding
 * gives, and replacing each one rebuilds the whole string (most of the cost of folding a paragraph).
 */
export const htmlSpaceRuns = /[\t\r\n\f][ \t\r\n\f]*| [ \t\r\n\f]+/g;

/**
 * Builds body JSON that fits the body schema from a walk of source markup: text goes into a
 * paragraph (and a list item) when it stands outside one, a block closes the paragraph it
 * interrupts, and what the schema requires (a list item's first paragraph) is filled in. Outside
 * `exact` mode white space is folded as a browser shows it (and ProseMirror's parser reads it).
 */
export class BodyBuilder {
  private readonly stack: Open[] = [{ type: 'doc', attrs: undefined, content: [], parent: null }];
  private marks: MarkJSON[] = [];

  constructor(private readonly exact: boolean) {}

  private get top(): Open {
    return this.stack[this.stack.length - 1]!;
  }

  /** Opens a node the source names; returns the handle `close` takes. */
  open(type: string, attrs?: Attrs): Open {
    this.placeBlock(type);
    return this.push(type, attrs);
  }

  /** Closes a node opened by `open` and everything opened inside it (if it is still open). */
  close(opened: Open): void {
    const at = this.stack.lastIndexOf(opened);
    if (at > 0) while (this.stack.length > at) this.pop();
  }

  /** A block without content (a figure). */
  leaf(type: string, attrs?: Attrs): void {
    this.placeBlock(type);
    this.top.content.push(nodeJson(type, attrs, undefined));
  }

  /** Marks added to the text that follows, until `restoreMarks` with what this returns. */
  addMark(type: string, attrs: Attrs | undefined): MarkJSON[] {
    const before = this.marks;
    const mark: MarkJSON = attrs
      ? { type, attrs: bodySchema().marks[type]!.create(attrs).attrs }
      : { type };
    const rank = markRank(type);
    const next: MarkJSON[] = [];
    let placed = false;
    // A link inside a link replaces it; marks keep the schema's order, as ProseMirror keeps them.
    for (const existing of before) {
      if (existing.type === type) continue;
      if (!placed && markRank(existing.type) > rank) {
        next.push(mark);
        placed = true;
      }
      next.push(existing);
    }
    if (!placed) next.push(mark);
    this.marks = next;
    return before;
  }

  restoreMarks(marks: MarkJSON[]): void {
    this.marks = marks;
  }

  text(value: string): void {
    if (!value) return;
    if (!textblocks.has(this.top.type) && !hasVisible(value)) return;
    this.placeInline();
    const content = this.top.content;
    const last = content[content.length - 1];
    if (!this.exact) {
      value = value.replace(htmlSpaceRuns, ' ');
      if (
        value.charCodeAt(0) === 32 &&
        (!last || last.type === 'hardBreak' || (last.text !== undefined && last.text.endsWith(' ')))
      )
        value = value.slice(1);
      if (!value) return;
    }
    if (last?.text !== undefined && sameMarks(last.marks, this.marks)) last.text += value;
    else
      content.push(
        this.marks.length
          ? { type: 'text', marks: this.marks, text: value }
          : { type: 'text', text: value },
      );
  }

  hardBreak(): void {
    this.placeInline();
    this.top.content.push(
      this.marks.length ? { type: 'hardBreak', marks: this.marks } : { type: 'hardBreak' },
    );
  }

  /** The body, every open node closed. */
  finish(): BodyJSON {
    while (this.stack.length > 1) this.pop();
    const doc = this.stack[0]!;
    if (!doc.content.length) doc.content.push({ type: 'paragraph' });
    return { type: 'doc', content: doc.content };
  }

  private push(type: string, attrs: Attrs | undefined): Open {
    const opened: Open = { type, attrs, content: [], parent: this.top };
    this.stack.push(opened);
    return opened;
  }

  /** Closes the top node: trailing spaces trimmed, required content filled in, JSON written. */
  private pop(): void {
    const { type, attrs, content, parent } = this.stack.pop()!;
    if (!this.exact && textblocks.has(type)) trimEnd(content);
    if (type === 'listItem' && content[0]?.type !== 'paragraph')
      content.unshift({ type: 'paragraph' });
    if (type === 'blockquote' && !content.length) content.push({ type: 'paragraph' });
    if (lists.has(type) && !content.length)
      content.push({ type: 'listItem', content: [{ type: 'paragraph' }] });
    parent!.content.push(nodeJson(type, attrs, content));
  }

  /** Makes the top a node that takes a block of this type. */
  private placeBlock(type: string): void {
    while (textblocks.has(this.top.type)) this.pop();
    const top = this.top.type;
    if (type === 'listItem') {
      if (!lists.has(top)) this.push('bulletList', undefined);
    } else if (lists.has(top)) this.push('listItem', undefined);
  }

  /** Makes the top a node that takes text. */
  private placeInline(): void {
    const top = this.top.type;
    if (textblocks.has(top)) return;
    if (lists.has(top)) this.push('listItem', undefined);
    this.push('paragraph', undefined);
  }
}

function hasVisible(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (!isSpace(value.charCodeAt(i))) return true;
  return false;
}

function trimEnd(content: BodyNodeJSON[]): void {
  const last = content[content.length - 1];
  if (last?.text === undefined) return;
  let end = last.text.length;
  while (end > 0 && isSpace(last.text.charCodeAt(end - 1))) end--;
  if (end === 0) content.pop();
  else if (end < last.text.length) last.text = last.text.slice(0, end);
}

// A node as ProseMirror writes it: type, every attribute (defaults filled in, in the schema's
// order), then content when there is some.
function nodeJson(
  type: string,
  attrs: Attrs | undefined,
  content: BodyNodeJSON[] | undefined,
): BodyNodeJSON {
  const defaults = attrDefaults(type);
  let all: Attrs | undefined;
  if (defaults) {
    all = {};
    for (const [name, value] of defaults) all[name] = attrs && name in attrs ? attrs[name] : value;
  }
  if (all) return content?.length ? { type, attrs: all, content } : { type, attrs: all };
  return content?.length ? { type, content } : { type };
}

// Each node type's attributes and defaults, read from the schema's spec once, not per node.
const defaultsByType = new Map<string, [string, unknown][] | null>();
function attrDefaults(type: string): [string, unknown][] | null {
  let defaults = defaultsByType.get(type);
  if (defaults === undefined) {
    const spec = bodySchema().nodes[type]!.spec.attrs;
    const entries = spec
      ? Object.keys(spec).map((name): [string, unknown] => [name, spec[name]!.default])
      : [];
    defaults = entries.length ? entries : null;
    defaultsByType.set(type, defaults);
  }
  return defaults;
}

let markOrder: string[] | undefined;
const markRank = (type: string) => (markOrder ??= Object.keys(bodySchema().marks)).indexOf(type);

function sameMarks(a: MarkJSON[] | undefined, b: MarkJSON[]): boolean {
  const left = a ?? [];
  if (left === b) return true;
  if (left.length !== b.length) return false;
  for (let i = 0; i < b.length; i++)
    if (
      left[i]!.type !== b[i]!.type ||
      JSON.stringify(left[i]!.attrs) !== JSON.stringify(b[i]!.attrs)
    )
      return false;
  return true;
}
