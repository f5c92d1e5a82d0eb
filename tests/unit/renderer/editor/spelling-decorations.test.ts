// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { SpellChecker } from '../../../../core/spelling/spell-checker';
import {
  DRAWN_PER_FRAME,
  drawingCost,
  drawingSteps,
  misspellingAt,
  SpellingDecorations,
  spellingKey,
} from '../../../../renderer/src/editor/spelling-decorations';
import { checkBlocks } from '../../../../renderer/src/spelling/check-blocks';
import type { SpellingChecks } from '../../../../renderer/src/spelling/spelling-service';
import type { CheckBlock } from '../../../../renderer/src/spelling/worker-protocol';
import { shippedChecker } from '../../core/spelling/load-dictionary';

let checker: SpellChecker;
let editor: Editor | undefined;

beforeAll(async () => {
  checker = await shippedChecker('en');
});

afterEach(() => editor?.destroy());

/**
 * The real English checker answering in the page, as the worker does; records each request's texts.
 * The first answer waits for `first` when given.
 */
function checks(first?: Promise<void>): SpellingChecks & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    check: async (_language: string, blocks: CheckBlock[]) => {
      asked.push(blocks.map((b) => b.text));
      if (asked.length === 1) await first;
      return checkBlocks(checker, blocks);
    },
    suggest: async (_language: string, word: string) => checker.suggest(word),
    addWord: async () => undefined,
    onWordsChanged: () => () => undefined,
  };
}

function open(service: SpellingChecks, ...paragraphs: string[]): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [StarterKit, SpellingDecorations.configure({ service, language: () => 'en' })],
    content: paragraphs.map((p) => `<p>${p}</p>`).join(''),
  });
  return editor;
}

const underlined = (e: Editor): string[] =>
  [...e.view.dom.querySelectorAll('.misspelled')].map((el) => el.textContent ?? '');

/** Document position inside the text of paragraph `index`, `offset` characters in. */
function inside(e: Editor, index: number, offset: number): number {
  let at = 0;
  e.state.doc.forEach((_node, pos, i) => {
    if (i === index) at = pos + 1 + offset;
  });
  return at;
}

describe('spelling underlines', () => {
  it('underlines what the checker finds, and an edited paragraph again after its recheck only', async () => {
    const service = checks();
    const e = open(service, 'The goverment met.', 'A ferry timetabel.', 'All is well.');
    await expect.poll(() => underlined(e)).toEqual(['goverment', 'timetabel']);
    expect(service.asked).toHaveLength(1);

    // Typing into a misspelled word drops its underline at once; the others stay.
    e.commands.insertContentAt(inside(e, 0, 13), 's');
    expect(underlined(e)).toEqual(['timetabel']);
    // The word the caret is typing is underlined once the caret leaves it.
    await expect.poll(() => service.asked.length).toBe(2);
    expect(service.asked[1]).toEqual(['The goverments met.']);
    expect(underlined(e)).toEqual(['timetabel']);
    e.commands.setTextSelection(inside(e, 0, 0));
    await expect.poll(() => underlined(e)).toEqual(['goverments', 'timetabel']);
  });

  it('keeps the underlines an edit does not touch, and draws nothing when the recheck agrees', async () => {
    const service = checks();
    const e = open(service, 'The goverment met.');
    await expect.poll(() => underlined(e)).toEqual(['goverment']);
    e.commands.insertContentAt(inside(e, 0, 3), ' new');
    expect(underlined(e)).toEqual(['goverment']);
    const drawn = spellingKey.getState(e.state)!.shown;
    await expect.poll(() => service.asked.length).toBe(2);
    await expect.poll(() => misspellingAt(e.state, inside(e, 0, 10))).not.toBeNull();
    expect(service.asked[1]).toEqual(['The new goverment met.']);
    expect(spellingKey.getState(e.state)!.shown).toBe(drawn);
  });

  it('leaves the word the caret is typing into unmarked until the caret leaves it', async () => {
    const service = checks();
    const e = open(service, 'The goverment met a timetabel.');
    await expect.poll(() => underlined(e)).toEqual(['goverment', 'timetabel']);
    e.commands.insertContentAt(inside(e, 0, 8), 'x');
    // The answer has come once the edited paragraph's other misspelling is known again.
    await expect.poll(() => misspellingAt(e.state, inside(e, 0, 25))).not.toBeNull();
    expect(service.asked[1]).toEqual(['The govexrment met a timetabel.']);
    expect(underlined(e)).toEqual(['timetabel']);
    e.commands.setTextSelection(inside(e, 0, 17));
    await expect.poll(() => underlined(e)).toEqual(['govexrment', 'timetabel']);
  });

  it('never draws an answer for a paragraph edited after it was sent', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    const service = checks(held);
    const e = open(service, 'The goverment met.');
    await expect.poll(() => service.asked.length).toBe(1);
    // Edited while the first check is under way: "goverment" moves, and a new node holds the text.
    e.commands.insertContentAt(inside(e, 0, 0), 'Yes. ');
    release();
    await expect.poll(() => service.asked.length).toBe(2);
    await expect.poll(() => underlined(e)).toEqual(['goverment']);
    expect(misspellingAt(e.state, inside(e, 0, 12))).toEqual([inside(e, 0, 9), inside(e, 0, 18)]);
  });

  it('checks a paragraph again after a mark change, which makes it a new node', async () => {
    const service = checks();
    const e = open(service, 'The goverment met.');
    await expect.poll(() => underlined(e)).toEqual(['goverment']);
    e.chain()
      .setTextSelection({ from: inside(e, 0, 0), to: inside(e, 0, 3) })
      .toggleBold()
      .run();
    await expect.poll(() => misspellingAt(e.state, inside(e, 0, 6))).not.toBeNull();
    expect(service.asked).toEqual([['The goverment met.'], ['The goverment met.']]);
    expect(underlined(e)).toEqual(['goverment']);
  });

  it('draws only near the window, while every checked paragraph answers for the menu', async () => {
    const service = checks();
    // ≈ 34 positions each: 1,000 paragraphs run past the first window.
    const paragraphs = Array.from({ length: 1000 }, (_, i) => `Paragraph ${i} has a goverment.`);
    const e = open(service, ...paragraphs);
    await expect.poll(() => underlined(e).length).toBeGreaterThan(0);
    const { window } = spellingKey.getState(e.state)!;
    expect(window[1]).toBeLessThan(e.state.doc.content.size);
    expect(underlined(e).length).toBeLessThan(1000);
    expect(misspellingAt(e.state, inside(e, 999, 25))).toEqual([
      inside(e, 999, 20),
      inside(e, 999, 29),
    ]);
    expect(misspellingAt(e.state, inside(e, 999, 2))).toBeNull();
  });

  it('draws an answer with the caret the page moved, not the one ProseMirror last read', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    const service = checks(held);
    const e = open(service, 'The goverment met.', 'Line two.', 'Line three.');
    document.body.append(e.view.dom.parentElement!);
    e.commands.focus(inside(e, 0, 0));
    await expect.poll(() => service.asked.length).toBe(1);
    // As an arrow key does: the browser moves the caret, and its selectionchange has not run yet.
    const target = e.view.dom.querySelectorAll('p')[2]!.firstChild!;
    const listeners = e.view.dom.ownerDocument;
    const swallow = (event: Event) => event.stopImmediatePropagation();
    listeners.addEventListener('selectionchange', swallow, { capture: true });
    try {
      document.getSelection()!.collapse(target, 4);
      expect(e.state.selection.head).toBe(inside(e, 0, 0));
      release();
      await expect.poll(() => underlined(e)).toEqual(['goverment']);
      expect(e.state.selection.head).toBe(inside(e, 2, 4));
      const page = document.getSelection()!;
      expect([page.focusNode?.textContent, page.focusOffset]).toEqual(['Line three.', 4]);
    } finally {
      listeners.removeEventListener('selectionchange', swallow, { capture: true });
      e.view.dom.parentElement!.remove();
    }
  });

  it('draws a long answer a few paragraphs a step, nearest the caret first, keeping those out of view at once', async () => {
    // Never answers: only the window and the caret matter here.
    const service = { ...checks(), check: () => new Promise<never>(() => undefined) };
    // ≈ 34 positions each: the last of 1,000 paragraphs lie beyond the first window.
    const paragraphs = Array.from({ length: 1000 }, (_, i) => `Paragraph ${i} has a goverment.`);
    const e = open(service, ...paragraphs);
    e.commands.setTextSelection(inside(e, 40, 3));
    const index = new Map<unknown, number>();
    e.state.doc.forEach((node, _pos, i) => index.set(node, i));
    const answered = [...index.keys()].map((node) => ({
      node: node as typeof e.state.doc,
      ranges: [20, 29],
    }));
    const steps = drawingSteps(e.state, answered);
    expect(steps.flat()).toHaveLength(1000);
    const { window } = spellingKey.getState(e.state)!;
    // Paragraph i starts near 34 i: those past the window's end are drawn nowhere.
    const beyond = (i: number) => inside(e, i, 0) > window[1];
    const [first, ...rest] = steps.map((step) => step.map(({ node }) => index.get(node)!));
    const inWindow = [first!.filter((i) => !beyond(i)), ...rest];
    expect(first!.filter(beyond)).toHaveLength(paragraphs.filter((_p, i) => beyond(i)).length);
    expect(rest.flat().some(beyond)).toBe(false);
    const cost = (step: number[]) => step.reduce((sum, i) => sum + drawingCost(answered[i]!), 0);
    expect(inWindow.every((step) => step.length > 0 && cost(step) <= DRAWN_PER_FRAME)).toBe(true);
    expect(inWindow[0]).toContain(40);
    const head = e.state.selection.head;
    const distances = inWindow.flat().map((i) => {
      const from = inside(e, i, 0);
      return Math.max(0, from - head, head - (from + e.state.doc.child(i).content.size));
    });
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('draws paragraphs dense with underlines one a step, and sparse ones many a step', () => {
    const service = { ...checks(), check: () => new Promise<never>(() => undefined) };
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} has a goverment.`);
    const e = open(service, ...paragraphs);
    e.commands.setTextSelection(inside(e, 0, 3));
    const nodes: (typeof e.state.doc)[] = [];
    e.state.doc.forEach((node) => nodes.push(node));
    // Thirty underlines in each of the first ten paragraphs (agency copy full of names), one in the rest.
    const answered = nodes.map((node, i) => ({
      node,
      ranges: i < 10 ? Array.from({ length: 60 }, (_, k) => k) : [20, 29],
    }));
    const steps = drawingSteps(e.state, answered);
    expect(steps.flat()).toHaveLength(60);
    const dense = (step: typeof answered) => step.filter((b) => b.ranges.length > 2).length;
    expect(steps.map(dense).filter((n) => n > 0)).toEqual(Array(10).fill(1));
    expect(steps.length).toBeLessThan(20);
    for (const step of steps)
      expect(step.reduce((sum, b) => sum + drawingCost(b), 0)).toBeLessThanOrEqual(DRAWN_PER_FRAME);
  });

  it('never draws two answers in one frame', async () => {
    // Frames as the browser runs them: every callback asked for before a frame runs in it.
    let frame = 0;
    const queued: FrameRequestCallback[] = [];
    const realFrame = globalThis.requestAnimationFrame;
    globalThis.requestAnimationFrame = (callback) => {
      if (queued.length === 0)
        setTimeout(() => {
          frame += 1;
          for (const run of queued.splice(0)) run(performance.now());
        }, 16);
      queued.push(callback);
      return 0;
    };
    try {
      let release: () => void = () => undefined;
      const held = new Promise<void>((done) => (release = done));
      const service = checks(held);
      const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} has a goverment.`);
      const e = open(service, ...paragraphs);
      const drawnIn: number[] = [];
      e.on('transaction', ({ transaction }) => {
        if (transaction.getMeta(spellingKey)?.type === 'checked') drawnIn.push(frame);
      });
      await expect.poll(() => service.asked.length).toBe(1);
      // A second answer on its way while the first is held: both arrive together.
      e.commands.insertContentAt(inside(e, 29, 0), 'Yes. ');
      await expect.poll(() => service.asked.length).toBe(2);
      release();
      await expect.poll(() => underlined(e)).toHaveLength(30);
      expect(drawnIn.length).toBeGreaterThan(1);
      expect(new Set(drawnIn).size).toBe(drawnIn.length);
    } finally {
      globalThis.requestAnimationFrame = realFrame;
    }
  });
});
