import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  Plugin,
  PluginKey,
  TextSelection,
  type EditorState,
  type Transaction,
} from '@tiptap/pm/state';
import {
  AddMarkStep,
  AddNodeMarkStep,
  AttrStep,
  type Mapping,
  RemoveMarkStep,
  RemoveNodeMarkStep,
} from '@tiptap/pm/transform';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { showSpellingMenu } from './spelling-menu-at';
import type { SpellingChecks } from '../spelling/spelling-service';
import type { CheckBlock } from '../spelling/worker-protocol';

/** Class of a misspelled word in the body (styles/spelling.css underlines it). */
export const MISSPELLED_CLASS = 'misspelled';
/** Quiet time after the last edit before the changed blocks are checked again. */
export const RECHECK_DELAY_MS = 300;

type Range = [number, number];

interface SpellingState {
  /**
   * Misspelled [from, to) offsets into the text of each textblock checked, by its node: a node never
   * changes, so an edited textblock (a new node) has none until it is checked again, and an answer
   * costs the blocks it names, never the article.
   */
  verdicts: WeakMap<ProseMirrorNode, number[]>;
  /** The underlines drawn: those within `window`, so a keystroke maps and redraws few. */
  shown: DecorationSet;
  /** The document range around what the page shows, measured on scroll and resize. */
  window: Range;
  /** Document ranges changed since they were last sent to the checker. */
  dirty: Range[];
  /** End of the word left unmarked because the caret was typing it. */
  skipAt: number | null;
  /** The language set since the editor was loaded, over the one it was loaded with. */
  language: string | null;
}

/** A textblock sent for checking, and its misspelled [from, to) pairs. */
export interface CheckedTextblock {
  node: ProseMirrorNode;
  ranges: number[];
}

type Meta =
  | { type: 'sent'; skipAt: number | null }
  | { type: 'checked'; blocks: CheckedTextblock[] }
  | { type: 'recheck'; language?: string }
  | { type: 'window'; window: Range }
  | { type: 'clear' };

export const spellingKey = new PluginKey<SpellingState>('spelling');

const everything = (doc: ProseMirrorNode): Range[] => [[0, doc.content.size]];

/** Document positions drawn beyond what the page shows, each way (about a thousand words). */
export const WINDOW_SLACK = 6000;

/** The underlines of the checked textblocks within `[from, to)`: work in the size of the window. */
function shownIn(
  verdicts: WeakMap<ProseMirrorNode, number[]>,
  doc: ProseMirrorNode,
  [from, to]: Range,
): DecorationSet {
  const decorations: Decoration[] = [];
  const size = doc.content.size;
  doc.nodesBetween(Math.min(from, size), Math.min(to, size), (node, pos) => {
    if (!node.isTextblock) return true;
    const ranges = verdicts.get(node);
    const start = pos + 1;
    for (let i = 0; ranges && i < ranges.length; i += 2)
      decorations.push(
        Decoration.inline(start + ranges[i]!, start + ranges[i + 1]!, { class: MISSPELLED_CLASS }),
      );
    return false;
  });
  return decorations.length === 0 ? DecorationSet.empty : DecorationSet.create(doc, decorations);
}

/**
 * What one frame draws, counted as one per textblock plus one per underline: the first answer for a
 * window (some forty paragraphs at once) took one frame of about 50 ms, and six paragraphs of
 * thirty underlines each (the bench's invented words) still made frames of 50–70 ms.
 */
export const DRAWN_PER_FRAME = 40;

/** A textblock's share of a frame's drawing. */
export const drawingCost = ({ ranges }: CheckedTextblock): number => 1 + ranges.length / 2;

/** True when `drawn` are exactly the underlines of `ranges` (offsets from `start`). */
function sameUnderlines(drawn: Decoration[], ranges: number[], start: number): boolean {
  if (drawn.length * 2 !== ranges.length) return false;
  const sorted = [...drawn].sort((a, b) => a.from - b.from);
  return sorted.every(
    (d, i) => d.from === start + ranges[2 * i]! && d.to === start + ranges[2 * i + 1]!,
  );
}

/**
 * `shown` with the underlines of the answered textblocks in the window replaced: a small answer
 * (the paragraph just typed) costs its blocks, not every underline in the window. An answer that
 * changes nothing returns `shown` itself, so ProseMirror leaves the page and the caret alone.
 */
function withAnswers(
  shown: DecorationSet,
  answered: CheckedTextblock[],
  doc: ProseMirrorNode,
  [from, to]: Range,
): DecorationSet {
  const byNode = new Map(answered.map(({ node, ranges }) => [node, ranges]));
  const stale: Decoration[] = [];
  const fresh: Decoration[] = [];
  const size = doc.content.size;
  doc.nodesBetween(Math.min(from, size), Math.min(to, size), (node, pos) => {
    if (!node.isTextblock) return true;
    const ranges = byNode.get(node);
    if (!ranges) return false;
    const start = pos + 1;
    const drawn = shown.find(start, start + node.content.size);
    if (sameUnderlines(drawn, ranges, start)) return false;
    stale.push(...drawn);
    for (let i = 0; i < ranges.length; i += 2)
      fresh.push(
        Decoration.inline(start + ranges[i]!, start + ranges[i + 1]!, { class: MISSPELLED_CLASS }),
      );
    return false;
  });
  return shown.remove(stale).add(doc, fresh);
}

/** The dirty ranges after a transaction, with its changes added, in order and merged. */
function changedRanges(tr: Transaction, dirty: Range[]): Range[] {
  const next: Range[] = dirty.map(([from, to]) => [
    tr.mapping.map(from, -1),
    tr.mapping.map(to, 1),
  ]);
  tr.steps.forEach((step, i) => {
    const rest = tr.mapping.slice(i + 1);
    const add = (from: number, to: number) => next.push([rest.map(from, -1), rest.map(to, 1)]);
    tr.mapping.maps[i]!.forEach((_oldStart, _oldEnd, newStart, newEnd) => add(newStart, newEnd));
    // These make new textblock nodes without moving a position: their blocks lose their verdicts.
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) add(step.from, step.to);
    else if (
      step instanceof AttrStep ||
      step instanceof AddNodeMarkStep ||
      step instanceof RemoveNodeMarkStep
    )
      add(step.pos, step.pos + 1);
  });
  return merged(next);
}

/** Ranges sorted and joined where they touch, so typing in one place keeps one range. */
function merged(ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Range[] = [ranges[0]!];
  for (let i = 1; i < ranges.length; i++) {
    const last = out[out.length - 1]!;
    const [from, to] = ranges[i]!;
    if (from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * Drops the underlines an edit touches (the word typed in, or joined to its neighbour); the next
 * check puts back what is still wrong. The paragraph's other underlines stay, so that check finds
 * them drawn and changes nothing: each redraw of the paragraph makes Chromium put the caret back.
 */
function withoutEditedWords(
  decorations: DecorationSet,
  mapping: Mapping,
  doc: ProseMirrorNode,
): DecorationSet {
  if (decorations === DecorationSet.empty) return decorations;
  const edited: Decoration[] = [];
  mapping.maps.forEach((map, i) => {
    const rest = mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const from = Math.min(rest.map(newStart, -1), doc.content.size);
      const to = Math.min(rest.map(newEnd, 1), doc.content.size);
      edited.push(...decorations.find(from, to));
    });
  });
  return edited.length === 0 ? decorations : decorations.remove(edited);
}

function apply(tr: Transaction, state: SpellingState, old: EditorState): SpellingState {
  const meta = tr.getMeta(spellingKey) as Meta | undefined;
  const { language } = state;
  let { verdicts, shown, window, dirty, skipAt } = state;
  if (tr.docChanged) {
    dirty = changedRanges(tr, dirty);
    if (skipAt !== null) skipAt = tr.mapping.map(skipAt);
    window = [tr.mapping.map(window[0], -1), tr.mapping.map(window[1], 1)];
    shown = withoutEditedWords(shown.map(tr.mapping, tr.doc), tr.mapping, tr.doc);
  } else if (skipAt !== null && !tr.selection.eq(old.selection) && tr.selection.head !== skipAt) {
    // The caret left the word it was typing: that word may be marked now.
    dirty = [...dirty, [skipAt, skipAt]];
    skipAt = null;
  }
  const kept = { verdicts, shown, window, dirty, skipAt, language };
  switch (meta?.type) {
    case undefined:
      return kept;
    case 'sent':
      return { ...kept, dirty: [], skipAt: meta.skipAt };
    case 'recheck':
      return { ...kept, dirty: everything(tr.doc), language: meta.language ?? language };
    case 'clear':
      verdicts = new WeakMap();
      return { ...kept, verdicts, shown: DecorationSet.empty, dirty: [], skipAt: null };
    case 'checked':
      // True of those nodes wherever they are: an answer for a block edited since names a node
      // the document no longer holds, and is never drawn.
      for (const { node, ranges } of meta.blocks) verdicts.set(node, ranges);
      return { ...kept, shown: withAnswers(shown, meta.blocks, tr.doc, window) };
    case 'window':
      return { ...kept, window: meta.window, shown: shownIn(verdicts, tr.doc, meta.window) };
  }
}

/**
 * An answer in the steps it is drawn in: the window's textblocks nearest the caret first, a few per
 * step, so that drawing a whole window's underlines never makes one long frame; those outside the
 * window are only kept (nothing is drawn for them), with the first step.
 */
export function drawingSteps(
  state: EditorState,
  answered: CheckedTextblock[],
): CheckedTextblock[][] {
  const spelling = spellingKey.getState(state);
  if (!spelling || answered.reduce((sum, b) => sum + drawingCost(b), 0) <= DRAWN_PER_FRAME)
    return [answered];
  const { doc, selection } = state;
  const size = doc.content.size;
  const [from, to] = spelling.window;
  // Each textblock in the window, by its distance from the caret.
  const distance = new Map<ProseMirrorNode, number>();
  doc.nodesBetween(Math.min(from, size), Math.min(to, size), (node, pos) => {
    if (!node.isTextblock) return true;
    const end = pos + node.nodeSize;
    distance.set(node, Math.max(0, pos - selection.head, selection.head - end));
    return false;
  });
  const outside = answered.filter(({ node }) => !distance.has(node));
  const inside = answered
    .filter(({ node }) => distance.has(node))
    .sort((a, b) => distance.get(a.node)! - distance.get(b.node)!);
  const steps: CheckedTextblock[][] = [[...outside]];
  let cost = 0;
  for (const block of inside) {
    // Every step draws at least one textblock, however many underlines it has.
    if (cost > 0 && cost + drawingCost(block) > DRAWN_PER_FRAME) {
      steps.push([]);
      cost = 0;
    }
    steps.at(-1)!.push(block);
    cost += drawingCost(block);
  }
  return steps;
}

/** The misspelled word at `pos` as the checker last saw it: [from, to), or null. */
export function misspellingAt(state: EditorState, pos: number): Range | null {
  const verdicts = spellingKey.getState(state)?.verdicts;
  const $pos = state.doc.resolve(pos);
  const ranges = $pos.parent.isTextblock ? verdicts?.get($pos.parent) : undefined;
  if (!ranges) return null;
  const start = $pos.start();
  const offset = pos - start;
  for (let i = 0; i < ranges.length; i += 2)
    if (ranges[i]! <= offset && offset <= ranges[i + 1]!)
      return [start + ranges[i]!, start + ranges[i + 1]!];
  return null;
}

/**
 * The document range to draw underlines in, around what the page shows of the editor, or null
 * when the current window still covers it. Reads layout: called on scroll and resize only.
 */
function measureWindow(view: EditorView, current: Range): Range | null {
  const win = view.dom.ownerDocument.defaultView;
  if (!win) return null;
  const rect = view.dom.getBoundingClientRect();
  const top = Math.max(rect.top, 0);
  const bottom = Math.min(rect.bottom, win.innerHeight);
  if (bottom <= top) return null;
  const left = rect.left + Math.min(rect.width / 2, 24);
  const size = view.state.doc.content.size;
  const first = view.posAtCoords({ left, top: top + 1 })?.pos ?? 0;
  const last = view.posAtCoords({ left, top: bottom - 1 })?.pos ?? size;
  const need: Range = [
    Math.max(0, first - WINDOW_SLACK / 2),
    Math.min(size, last + WINDOW_SLACK / 2),
  ];
  const covered = current[0] <= need[0] && need[1] <= current[1];
  // A window grown past twice what is needed (a whole document put in maps it to everything) is narrowed.
  if (covered && current[1] - current[0] <= 2 * (need[1] - need[0])) return null;
  return [Math.max(0, first - WINDOW_SLACK), Math.min(size, last + WINDOW_SLACK)];
}

/** A textblock's text, one character per inline leaf (as `textBetween(…, '', '\uFFFC')` gives it). */
function textblockText(node: ProseMirrorNode): string {
  const only = node.childCount === 1 ? node.firstChild! : null;
  if (only?.isText) return only.text!;
  let text = '';
  node.forEach((child) => {
    text += child.isText ? child.text! : child.isLeaf ? '\uFFFC' : textblockText(child);
  });
  return text;
}

/** A textblock to check: its node, where its text starts, and its text. */
export interface TextblockToCheck {
  node: ProseMirrorNode;
  start: number;
  text: string;
}

/** The textblocks touching the dirty ranges, each with its text (one character per inline leaf). */
export function textblocksIn(doc: ProseMirrorNode, ranges: Range[]): TextblockToCheck[] {
  const seen = new Set<number>();
  const blocks: TextblockToCheck[] = [];
  const size = doc.content.size;
  for (const [a, b] of ranges) {
    const from = Math.max(0, Math.min(a, size));
    const to = Math.max(from, Math.min(b, size));
    doc.nodesBetween(from, to === from ? Math.min(size, to + 1) : to, (node, pos) => {
      if (!node.isTextblock) return true;
      if (!seen.has(pos)) {
        seen.add(pos);
        blocks.push({ node, start: pos + 1, text: textblockText(node) });
      }
      return false;
    });
  }
  return blocks;
}

/** The caret's offset in a block when it sits in a word being typed there. */
function typingOffset(
  view: EditorView,
  block: TextblockToCheck,
  dirty: Range[],
): number | undefined {
  const { selection } = view.state;
  const head = selection.head;
  if (!selection.empty || head < block.start || head > block.start + block.text.length)
    return undefined;
  if (!dirty.some(([from, to]) => from <= head && head <= to)) return undefined;
  return head - block.start;
}

/**
 * `tr` with the page's caret when the browser has moved it and ProseMirror has not read it yet (an
 * arrow key's selectionchange still queued): redrawing underlines writes the editor's selection
 * back to the page, so a stale one would undo that key.
 */
function withPageCaret(view: EditorView, tr: Transaction): Transaction {
  const page = pageSelection(view);
  if (page && (page.anchor !== tr.selection.anchor || page.head !== tr.selection.head))
    tr.setSelection(TextSelection.create(tr.doc, page.anchor, page.head));
  return tr;
}

function dispatchMeta(view: EditorView, meta: Meta): void {
  if (view.isDestroyed) return;
  const tr = view.state.tr.setMeta(spellingKey, meta).setMeta('addToHistory', false);
  view.dispatch(withPageCaret(view, tr));
}

/** The page's text selection in the editor as document positions, when it can be one. */
function pageSelection(view: EditorView): { anchor: number; head: number } | null {
  if (view.composing || !view.hasFocus() || !(view.state.selection instanceof TextSelection))
    return null;
  const selection = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode) return null;
  if (!view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return null;
  try {
    const anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
    const head = view.posAtDOM(focusNode, selection.focusOffset);
    const { doc } = view.state;
    const inText = (pos: number) => doc.resolve(pos).parent.inlineContent;
    return inText(anchor) && inText(head) ? { anchor, head } : null;
  } catch {
    // A DOM point ProseMirror cannot place (inside a widget): leave the selection as it is.
    return null;
  }
}

export interface SpellingOptions {
  service: SpellingChecks | null;
  /** The BCP 47 language of the text now. */
  language: () => string;
}

/**
 * Underlines misspelled words in the body. Changed textblocks are sent to the spelling worker a
 * moment after typing stops; answers are mapped through what changed meanwhile, so only changed
 * blocks are checked and long articles cost no more per keystroke than short ones. A right-click
 * on an underlined word opens the spelling menu.
 */
export const SpellingDecorations = Extension.create<SpellingOptions>({
  name: 'spellingDecorations',

  addOptions() {
    return { service: null, language: () => 'en' };
  },

  addProseMirrorPlugins() {
    const { service } = this.options;
    const language = (state: EditorState): string =>
      spellingKey.getState(state)?.language ?? this.options.language();
    if (!service) return [];
    return [
      new Plugin<SpellingState>({
        key: spellingKey,
        state: {
          init: (_config, state) => ({
            verdicts: new WeakMap(),
            shown: DecorationSet.empty,
            // Until the first measure: the start of the body, where an article opens.
            window: [0, Math.min(state.doc.content.size, 4 * WINDOW_SLACK)] as Range,
            dirty: everything(state.doc),
            skipAt: null,
            language: null,
          }),
          apply,
        },
        props: {
          decorations: (state) => spellingKey.getState(state)?.shown,
          handleDOMEvents: {
            contextmenu: (view, event) =>
              showSpellingMenu(view, event, service, language(view.state)),
          },
        },
        view: (view) => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          let lastEdit = 0;
          /** Milliseconds until typing has paused for RECHECK_DELAY_MS (0 once it has). */
          const untilQuiet = () => Math.max(0, lastEdit + RECHECK_DELAY_MS - performance.now());
          /** Runs `task` in the next frame once typing has paused, waiting again if a key came meanwhile. */
          const whenQuiet = (task: () => void): void => {
            if (view.isDestroyed) return;
            const wait = untilQuiet();
            if (wait > 0) {
              setTimeout(() => whenQuiet(task), wait);
              return;
            }
            requestAnimationFrame(() => {
              if (view.isDestroyed) return;
              if (untilQuiet() > 0) whenQuiet(task);
              else task();
            });
          };
          const run = () => {
            timer = undefined;
            // One timer for a burst of keys: it looks at the last edit when it fires, instead of
            // being cleared and set again on every key.
            const wait = untilQuiet();
            if (wait > 0) {
              timer = setTimeout(run, wait);
              return;
            }
            if (view.isDestroyed) return;
            // The word being typed is judged by where the caret is now.
            const caret = withPageCaret(view, view.state.tr);
            if (caret.selectionSet) view.dispatch(caret.setMeta('addToHistory', false));
            const state = spellingKey.getState(view.state);
            if (!state || state.dirty.length === 0) return;
            const blocks = textblocksIn(view.state.doc, state.dirty).filter((b) =>
              /\p{L}/u.test(b.text),
            );
            let skipAt: number | null = null;
            const request: CheckBlock[] = blocks.map((block, key) => {
              const skip = typingOffset(view, block, state.dirty);
              if (skip !== undefined) skipAt = block.start + skip;
              return skip === undefined
                ? { key, text: block.text }
                : { key, text: block.text, skip };
            });
            dispatchMeta(view, { type: 'sent', skipAt: blocks.length === 0 ? null : skipAt });
            if (blocks.length === 0) return;
            void service.check(language(view.state), request).then((checked) => {
              if (view.isDestroyed) return;
              draw(
                checked?.map(({ key, ranges }) => ({ node: blocks[key]!.node, ranges })) ?? null,
              );
            });
          };
          // Answers waiting to be drawn, in order; null clears every underline.
          const drawing: {
            answered: CheckedTextblock[] | null;
            steps: CheckedTextblock[][] | null;
          }[] = [];
          // Drawn in pauses of typing, never between two keys, one step a frame whichever answer it
          // belongs to: two answers drawing side by side made each frame twice as long.
          const drawStep = () => {
            const next = drawing[0];
            if (!next) return;
            if (next.answered === null) {
              drawing.shift();
              dispatchMeta(view, { type: 'clear' });
            } else {
              next.steps ??= drawingSteps(view.state, next.answered);
              const step = next.steps.shift();
              if (next.steps.length === 0) drawing.shift();
              if (step) dispatchMeta(view, { type: 'checked', blocks: step });
            }
            if (drawing.length > 0) whenQuiet(drawStep);
          };
          const draw = (answered: CheckedTextblock[] | null) => {
            drawing.push({ answered, steps: null });
            if (drawing.length === 1) whenQuiet(drawStep);
          };
          const schedule = () => {
            const state = spellingKey.getState(view.state);
            if (!state || state.dirty.length === 0 || timer !== undefined) return;
            timer = setTimeout(run, RECHECK_DELAY_MS);
          };
          const recheck = () =>
            view.dispatch(view.state.tr.setMeta(spellingKey, { type: 'recheck' }));
          const stopWords = service.onWordsChanged(recheck);
          let frame = 0;
          const measure = () => {
            frame = 0;
            const state = spellingKey.getState(view.state);
            if (!state || view.isDestroyed) return;
            const window = measureWindow(view, state.window);
            // A scroll often comes with a caret the browser moved (arrows, PageDown).
            if (window) dispatchMeta(view, { type: 'window', window });
          };
          const remeasure = () => {
            if (frame === 0) frame = requestAnimationFrame(measure);
          };
          // Each edit moves the end of the wait, so nothing is checked or redrawn while keys keep coming.
          const update = (_view: EditorView, before: EditorState) => {
            if (view.state.doc !== before.doc) {
              lastEdit = performance.now();
              // Much put in at once (a whole document arriving) maps the window over all of it.
              const [from, to] = spellingKey.getState(view.state)?.window ?? [0, 0];
              const [was, wasTo] = spellingKey.getState(before)?.window ?? [0, 0];
              if (to - from > wasTo - was + WINDOW_SLACK) remeasure();
            }
            schedule();
          };
          const doc = view.dom.ownerDocument;
          doc.addEventListener('scroll', remeasure, { capture: true, passive: true });
          doc.defaultView?.addEventListener('resize', remeasure, { passive: true });
          remeasure();
          schedule();
          return {
            update,
            destroy: () => {
              clearTimeout(timer);
              cancelAnimationFrame(frame);
              doc.removeEventListener('scroll', remeasure, { capture: true });
              doc.defaultView?.removeEventListener('resize', remeasure);
              stopWords();
            },
          };
        },
      }),
    ];
  },
});

/** Checks the whole body again in `language` (the article's language changed). */
export function setSpellingLanguage(view: EditorView, language: string): void {
  view.dispatch(view.state.tr.setMeta(spellingKey, { type: 'recheck', language }));
}
