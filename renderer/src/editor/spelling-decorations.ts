import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { showSpellingMenu } from './spelling-menu-at';
import type { SpellingService } from '../spelling/spelling-service';
import type { CheckBlock } from '../spelling/worker-protocol';

/** Class of a misspelled word in the body (styles/spelling.css underlines it). */
export const MISSPELLED_CLASS = 'misspelled';
/** Quiet time after the last edit before the changed blocks are checked again. */
export const RECHECK_DELAY_MS = 300;

type Range = [number, number];

interface SpellingState {
  /** Every underline of the body, as of the document before `unmapped`. */
  decorations: DecorationSet;
  /** Edits not yet applied to `decorations`: mapped only when they are next read, not per key. */
  unmapped: Mapping | null;
  /** The underlines drawn: those within `window`, so a keystroke maps and redraws few. */
  shown: DecorationSet;
  /** The document range around what the page shows, measured on scroll and resize. */
  window: Range;
  /** Document ranges changed since they were last sent to the checker. */
  dirty: Range[];
  /** Requests under way, each with the changes made since it was sent. */
  pending: Map<number, Mapping>;
  /** End of the word left unmarked because the caret was typing it. */
  skipAt: number | null;
  /** The language set since the editor was loaded, over the one it was loaded with. */
  language: string | null;
}

/** A textblock sent for checking: where its text starts, and its misspelled [from, to) pairs. */
interface CheckedTextblock {
  start: number;
  size: number;
  ranges: number[];
}

type Meta =
  | { type: 'sent'; id: number | null; skipAt: number | null }
  | { type: 'checked'; id: number; blocks: CheckedTextblock[] }
  | { type: 'recheck'; language?: string }
  | { type: 'window'; window: Range }
  | { type: 'clear' };

export const spellingKey = new PluginKey<SpellingState>('spelling');

const everything = (doc: ProseMirrorNode): Range[] => [[0, doc.content.size]];

/** Document positions drawn beyond what the page shows, each way (about a thousand words). */
export const WINDOW_SLACK = 6000;

function shownIn(
  decorations: DecorationSet,
  doc: ProseMirrorNode,
  [from, to]: Range,
): DecorationSet {
  return decorations === DecorationSet.empty
    ? decorations
    : DecorationSet.create(doc, decorations.find(from, to));
}

/** The dirty ranges after a transaction, with its changes added, in order and merged. */
function changedRanges(tr: Transaction, dirty: Range[]): Range[] {
  const next: Range[] = dirty.map(([from, to]) => [
    tr.mapping.map(from, -1),
    tr.mapping.map(to, 1),
  ]);
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      next.push([rest.map(newStart, -1), rest.map(newEnd, 1)]);
    });
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
 * Drops the underlines of the textblocks a transaction edits; the next check puts back what is
 * still wrong. Kept, they would move with every keystroke, and each move redraws the whole
 * paragraph and makes Chromium lay out the caret again (≈ 7 ms a key in a long article).
 */
function withoutEditedBlocks(
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
      const $from = doc.resolve(from);
      const $to = doc.resolve(to);
      const start = $from.parent.isTextblock ? $from.start() : from;
      const end = $to.parent.isTextblock ? $to.end() : to;
      edited.push(...decorations.find(start, end));
    });
  });
  return edited.length === 0 ? decorations : decorations.remove(edited);
}

function apply(tr: Transaction, state: SpellingState, old: EditorState): SpellingState {
  const next = applyToAll(tr, state, old);
  const meta = tr.getMeta(spellingKey) as Meta | undefined;
  let { shown, window } = state;
  if (tr.docChanged) {
    window = [tr.mapping.map(window[0], -1), tr.mapping.map(window[1], 1)];
    shown = withoutEditedBlocks(shown.map(tr.mapping, tr.doc), tr.mapping, tr.doc);
  }
  if (meta?.type === 'window') window = meta.window;
  // Drawn anew when the underlines or the window change, never on a keystroke.
  if (meta && meta.type !== 'sent' && meta.type !== 'recheck') {
    const all = current(next, tr.doc);
    return { ...all, shown: shownIn(all.decorations, tr.doc, window), window };
  }
  return { ...next, shown, window };
}

type AllState = Omit<SpellingState, 'shown' | 'window'>;

/** The state with every underline mapped to `doc`, those of edited textblocks dropped. */
function current<T extends AllState>(state: T, doc: ProseMirrorNode): T {
  const { decorations, unmapped } = state;
  if (!unmapped) return state;
  const mapped = withoutEditedBlocks(decorations.map(unmapped, doc), unmapped, doc);
  return { ...state, decorations: mapped, unmapped: null };
}

function applyToAll(tr: Transaction, state: SpellingState, old: EditorState): AllState {
  const meta = tr.getMeta(spellingKey) as Meta | undefined;
  let { decorations, unmapped, dirty, skipAt } = state;
  const { pending, language } = state;
  if (tr.docChanged) {
    // The whole set is mapped when it is next read (an answer, a scroll), not on every key; the
    // mapping grows in place, as the pending ones do, since only the newest state is ever applied.
    unmapped ??= new Mapping();
    unmapped.appendMapping(tr.mapping);
    dirty = changedRanges(tr, dirty);
    for (const mapping of pending.values()) mapping.appendMapping(tr.mapping);
    if (skipAt !== null) skipAt = tr.mapping.map(skipAt);
  } else if (skipAt !== null && !tr.selection.eq(old.selection) && tr.selection.head !== skipAt) {
    // The caret left the word it was typing: that word may be marked now.
    dirty = [...dirty, [skipAt, skipAt]];
    skipAt = null;
  }
  const kept = { decorations, unmapped, dirty, pending, skipAt, language };
  if (!meta || meta.type === 'window') return kept;
  switch (meta.type) {
    case 'sent':
      if (meta.id !== null) pending.set(meta.id, new Mapping());
      return { ...kept, dirty: [], skipAt: meta.skipAt };
    case 'recheck':
      return { ...kept, dirty: everything(tr.doc), language: meta.language ?? language };
    case 'clear':
      return { ...kept, decorations: DecorationSet.empty, unmapped: null, dirty: [], skipAt: null };
    case 'checked': {
      const mapping = pending.get(meta.id);
      pending.delete(meta.id);
      if (!mapping) return kept;
      ({ decorations } = current(kept, tr.doc));
      const fresh: Decoration[] = [];
      const checked: Range[] = [];
      for (const block of meta.blocks) {
        const from = mapping.map(block.start, 1);
        const to = mapping.map(block.start + block.size, -1);
        if (to > from) checked.push([from, to]);
        const { ranges } = block;
        for (let i = 0; i < ranges.length; i += 2) {
          const start = mapping.mapResult(block.start + ranges[i]!, 1);
          const end = mapping.mapResult(block.start + ranges[i + 1]!, -1);
          if (start.deleted || end.deleted || end.pos <= start.pos) continue;
          fresh.push(Decoration.inline(start.pos, end.pos, { class: MISSPELLED_CLASS }));
        }
      }
      decorations = decorations.remove(within(decorations, checked)).add(tr.doc, fresh);
      return { ...kept, decorations, unmapped: null };
    }
  }
}

/** The underlines inside the given ranges, found in one pass however many ranges there are. */
function within(decorations: DecorationSet, ranges: Range[]): Decoration[] {
  if (decorations === DecorationSet.empty || ranges.length === 0) return [];
  const sorted = merged(ranges.map(([from, to]): Range => [from, to]));
  const found = decorations.find(sorted[0]![0], sorted[sorted.length - 1]![1]);
  return found.filter((decoration) => {
    // The last range starting at or before the decoration is the only one that can hold it.
    let low = 0;
    let high = sorted.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (sorted[mid]![0] <= decoration.from) low = mid;
      else high = mid - 1;
    }
    const [from, to] = sorted[low]!;
    return from <= decoration.from && decoration.to <= to;
  });
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
  if (current[0] <= need[0] && need[1] <= current[1]) return null;
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

/** The textblocks touching the dirty ranges, each with its text (one character per inline leaf). */
export function textblocksIn(
  doc: ProseMirrorNode,
  ranges: Range[],
): { start: number; text: string }[] {
  const seen = new Set<number>();
  const blocks: { start: number; text: string }[] = [];
  const size = doc.content.size;
  for (const [a, b] of ranges) {
    const from = Math.max(0, Math.min(a, size));
    const to = Math.max(from, Math.min(b, size));
    doc.nodesBetween(from, to === from ? Math.min(size, to + 1) : to, (node, pos) => {
      if (!node.isTextblock) return true;
      if (!seen.has(pos)) {
        seen.add(pos);
        const start = pos + 1;
        blocks.push({ start, text: textblockText(node) });
      }
      return false;
    });
  }
  return blocks;
}

/** The caret's offset in a block when it sits at the end of a word being typed there. */
function typingOffset(
  view: EditorView,
  block: { start: number; text: string },
  dirty: Range[],
): number | undefined {
  const { selection } = view.state;
  const head = selection.head;
  if (!selection.empty || head < block.start || head > block.start + block.text.length)
    return undefined;
  if (!dirty.some(([from, to]) => from <= head && head <= to)) return undefined;
  return head - block.start;
}

/** Most waits for the page's caret to be read before underlines are drawn anyway. */
const MAX_SELECTION_WAITS = 20;

/**
 * True when ProseMirror has taken in the page's caret. Redrawing the underlines writes the editor's
 * selection back to the page, so drawing them between an arrow key and ProseMirror reading the
 * caret it moved would undo that key.
 */
function caretSettled(view: EditorView): boolean {
  const selection = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode || !view.dom.contains(focusNode)) return true;
  try {
    const { anchor, head } = view.state.selection;
    return (
      view.posAtDOM(anchorNode, selection.anchorOffset) === anchor &&
      view.posAtDOM(focusNode, selection.focusOffset) === head
    );
  } catch {
    return true;
  }
}

/** Runs `draw` once the caret is settled (or after MAX_SELECTION_WAITS tries). */
function whenCaretSettled(view: EditorView, draw: () => void, waits = 0): void {
  if (view.isDestroyed) return;
  if (waits >= MAX_SELECTION_WAITS || caretSettled(view)) draw();
  else setTimeout(() => whenCaretSettled(view, draw, waits + 1), 25);
}

export interface SpellingOptions {
  service: SpellingService | null;
  /** The BCP 47 language of the text now. */
  language: () => string;
}

let nextRequest = 1;

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
            decorations: DecorationSet.empty,
            unmapped: null,
            shown: DecorationSet.empty,
            // Until the first measure: the start of the body, where an article opens.
            window: [0, Math.min(state.doc.content.size, 4 * WINDOW_SLACK)] as Range,
            dirty: everything(state.doc),
            pending: new Map(),
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
          const run = () => {
            timer = undefined;
            // One timer for a burst of keys: it looks at the last edit when it fires, instead of
            // being cleared and set again on every key.
            const wait = untilQuiet();
            if (wait > 0) {
              timer = setTimeout(run, wait);
              return;
            }
            const state = spellingKey.getState(view.state);
            if (!state || state.dirty.length === 0 || view.isDestroyed) return;
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
            if (blocks.length === 0) {
              view.dispatch(
                view.state.tr.setMeta(spellingKey, { type: 'sent', id: null, skipAt: null }),
              );
              return;
            }
            const id = nextRequest++;
            view.dispatch(
              view.state.tr
                .setMeta(spellingKey, { type: 'sent', id, skipAt })
                .setMeta('addToHistory', false),
            );
            void service.check(language(view.state), request).then((checked) => {
              if (view.isDestroyed) return;
              const meta: Meta = checked
                ? {
                    type: 'checked',
                    id,
                    blocks: checked.map(({ key, ranges }) => ({
                      start: blocks[key]!.start,
                      size: blocks[key]!.text.length,
                      ranges,
                    })),
                  }
                : { type: 'clear' };
              // Drawn in a pause of typing, never between two keys (a long answer redraws much).
              const draw = () => {
                const wait = untilQuiet();
                if (wait > 0 && !view.isDestroyed) setTimeout(draw, wait);
                else
                  whenCaretSettled(view, () =>
                    view.dispatch(
                      view.state.tr.setMeta(spellingKey, meta).setMeta('addToHistory', false),
                    ),
                  );
              };
              draw();
            });
          };
          const schedule = () => {
            const state = spellingKey.getState(view.state);
            if (!state || state.dirty.length === 0 || timer !== undefined) return;
            timer = setTimeout(run, RECHECK_DELAY_MS);
          };
          // Each edit moves the end of the wait, so nothing is checked or redrawn while keys keep coming.
          const update = (_view: EditorView, before: EditorState) => {
            if (view.state.doc !== before.doc) lastEdit = performance.now();
            schedule();
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
            if (window)
              view.dispatch(
                view.state.tr
                  .setMeta(spellingKey, { type: 'window', window })
                  .setMeta('addToHistory', false),
              );
          };
          const remeasure = () => {
            if (frame === 0) frame = requestAnimationFrame(measure);
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
