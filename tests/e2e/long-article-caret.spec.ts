// Over 300 lines as one concern: the caret in a long body of mostly undrawn blocks, and its probes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { BodyJSON, BodyNodeJSON } from '../../core/body/schema';
import { Workspace } from '../../electron/store/workspace';
import { selectionTaken } from './editor-selection';
import { launchApp, type LaunchedApp } from './harness';

// Caret and selection in a long article whose blocks are mostly far off-screen (the body skips the
// rendering of blocks away from the viewport): every edit must land exactly where the user put it.

const words = 'harbour council budget ferry tram market bridge mayor vote night crew deal'.split(
  ' ',
);
const prose = (seed: number, count: number): string =>
  Array.from({ length: count }, (_, i) => words[(seed * 7 + i * 5) % words.length]).join(' ');
const text = (value: string): BodyNodeJSON => ({ type: 'text', text: value });
const para = (value: string): BodyNodeJSON => ({ type: 'paragraph', content: [text(value)] });
const list = (type: 'bulletList' | 'orderedList', items: string[]): BodyNodeJSON => ({
  type,
  content: items.map((item) => ({ type: 'listItem', content: [para(item)] })),
});

/** One-line blocks, top to bottom, in the middle of the article: each ArrowDown moves one of them. */
const lines: string[] = [];
for (let n = 0; n < 60; n++) {
  lines.push(`Line ${n}`);
  if (n % 15 === 14) for (let k = 1; k <= 3; k++) lines.push(`Step ${n}.${k}`);
}

function longBody(): BodyJSON {
  const content: BodyNodeJSON[] = [para('Opening line of the story.')];
  const section = (s: number) => {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [text(`Section ${s}`)] });
    for (let j = 0; j < 4; j++) content.push(para(`P ${s}.${j} ${prose(s * 4 + j, 50)}.`));
    content.push(
      list(
        'bulletList',
        [1, 2, 3].map((k) => `Item ${s}.${k}`),
      ),
    );
    if (s % 2 === 0) {
      content.push({
        type: 'figure',
        attrs: { src: 'missing.jpg', caption: `Figure ${s}`, credit: 'Desk', alt: `Photo ${s}` },
      });
    }
    if (s % 3 === 0) content.push({ type: 'blockquote', content: [para(`Quote ${s}`)] });
  };
  for (let s = 0; s < 12; s++) section(s);
  let steps: string[] = [];
  for (const line of lines) {
    if (line.startsWith('Step')) {
      steps.push(line);
      continue;
    }
    if (steps.length) content.push(list('orderedList', steps));
    steps = [];
    content.push(para(line));
  }
  if (steps.length) content.push(list('orderedList', steps));
  for (let s = 12; s < 24; s++) section(s);
  content.push(para('The end.'));
  return { type: 'doc', content };
}

let dir: string;
let app: LaunchedApp;
let page: Page;

test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-caret-'));
  const ws = await Workspace.open(join(dir, 'ws'));
  await ws.articles.create({ headline: 'Long read', body: longBody() });
  await ws.close();
  app = await launchApp({ workspace: join(dir, 'ws') });
  page = app.page;
  await page.getByRole('button', { name: 'Long read', exact: true }).click();
  await expect(body()).toContainText('The end.');
});

test.afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

const body = () => page.getByRole('textbox', { name: 'Body' });
/** The editable block (paragraph, heading) holding exactly `value`. */
const block = (value: string) =>
  body()
    .locator('p, h2, h3')
    .filter({ hasText: new RegExp(`^${value.replace(/[.]/g, '\\.')}$`) });
const bodyText = () => body().evaluate((el) => el.textContent ?? '');

/** Text of the paragraph or heading holding the DOM caret (the focus end of the selection). */
function caretBlockText(): Promise<string | null> {
  return page.evaluate(() => {
    const node = getSelection()?.focusNode ?? null;
    const el = node instanceof Element ? node : (node?.parentElement ?? null);
    return el?.closest('p, h2, h3')?.textContent ?? null;
  });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * `measure()` once it gives the same box two frames apart: blocks that come near the view are drawn
 * a frame later, their real heights replacing the estimated ones and moving what is below them.
 */
async function settled(measure: () => Promise<Box | null>, what: string): Promise<Box> {
  let box = await measure();
  for (let frame = 0; frame < 30; frame++) {
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const next = await measure();
    if (box && next && next.x === box.x && next.y === box.y && next.height === box.height)
      return next;
    box = next;
  }
  throw new Error(`${what} kept moving for 30 frames`);
}

/** Scrolls `target` into view and returns its box once it stays put. */
async function settledBox(target: Locator): Promise<Box> {
  await target.scrollIntoViewIfNeeded();
  return settled(() => target.boundingBox(), 'the block scrolled to');
}

/** Offset in the editor's textContent of a DOM point, and of the point under client coords. */
async function textOffsetAt(x: number, y: number): Promise<number> {
  return page.evaluate(
    ([px, py]) => {
      const editor = document.querySelector('.ProseMirror')!;
      const at = document.caretPositionFromPoint(px, py)!;
      const range = document.createRange();
      range.setStart(editor, 0);
      range.setEnd(at.offsetNode, at.offset);
      return range.toString().length;
    },
    [x, y] as const,
  );
}

/** Start and end of the DOM selection as offsets in the editor's textContent. */
function selectionOffsets(): Promise<[number, number]> {
  return page.evaluate(() => {
    const editor = document.querySelector('.ProseMirror')!;
    const selection = getSelection()!.getRangeAt(0);
    const before = (node: Node, offset: number) => {
      const range = document.createRange();
      range.setStart(editor, 0);
      range.setEnd(node, offset);
      return range.toString().length;
    };
    return [
      before(selection.startContainer, selection.startOffset),
      before(selection.endContainer, selection.endOffset),
    ] as [number, number];
  });
}

/** Items of the list right after the heading `title` (none when the next block is not a list). */
function itemsAfter(title: string): Promise<string[]> {
  return page.evaluate((t) => {
    const heading = [...document.querySelectorAll('.ProseMirror > h2')].find(
      (h) => h.textContent === t,
    );
    const next = heading?.nextElementSibling;
    if (!next?.matches('ul')) return [next?.outerHTML.slice(0, 200) ?? 'nothing'];
    return [...next.querySelectorAll('li')].map((li) => li.textContent ?? '');
  }, title);
}

/** Puts the caret at the start of the block holding `value` by clicking it and pressing Home. */
async function caretAtStart(value: string): Promise<void> {
  const target = block(value);
  await target.scrollIntoViewIfNeeded();
  await target.click({ position: { x: 2, y: 4 } });
  await page.keyboard.press('Home');
  await expect.poll(caretBlockText).toBe(value);
}

test('typing at a clicked position far down the article lands exactly there', async () => {
  const box = await settledBox(block(`P 18.2 ${prose(18 * 4 + 2, 50)}.`));
  const x = box.x + box.width * 0.45;
  const y = box.y + box.height / 2;
  const before = await bodyText();
  const at = await textOffsetAt(x, y);
  await page.mouse.click(x, y);
  await page.keyboard.type('QQQ');
  await expect.poll(bodyText).toBe(before.slice(0, at) + 'QQQ' + before.slice(at));
});

test('ArrowDown and ArrowUp move one line at a time into blocks that were off-screen', async () => {
  await caretAtStart(lines[0]!);
  const steps = 45;
  for (let i = 1; i <= steps; i++) {
    await page.keyboard.press('ArrowDown');
    // Never skips a line nor stops short, however far the block was from the viewport.
    await expect.poll(caretBlockText).toBe(lines[i]);
  }
  await page.keyboard.type('D');
  await expect(block(`D${lines[steps]}`)).toHaveCount(1);
  for (let i = steps - 1; i >= 0; i--) {
    await page.keyboard.press('ArrowUp');
    await expect.poll(caretBlockText).toBe(lines[i]);
  }
  await page.keyboard.press('Home');
  await page.keyboard.type('U');
  await expect(block(`U${lines[0]}`)).toHaveCount(1);
});

test('ArrowUp in the frame the caret left a block goes back into that block', async () => {
  await caretAtStart('Line 38');
  await selectionTaken(page);
  // The editor moves the caret down a block, and the browser moves it up a line (what ArrowUp does)
  // before drawing another frame, as when keys queue up on a busy machine.
  const landed = await page.evaluate(() => {
    const { editor } = document.querySelector('.ProseMirror') as HTMLElement & {
      editor: {
        view: { dom: HTMLElement; posAtDOM(n: Node, o: number): number };
        commands: { setTextSelection(pos: number): boolean };
      };
    };
    const next = [...editor.view.dom.children].find((el) => el.textContent === 'Line 39')!;
    editor.commands.setTextSelection(editor.view.posAtDOM(next, 0));
    getSelection()!.modify('move', 'backward', 'line');
    const node = getSelection()!.focusNode;
    return (node instanceof Element ? node : node?.parentElement)?.closest('p')?.textContent;
  });
  expect(landed).toBe('Line 38');
});

test('PageDown moves the caret pages down, and typing lands where it shows', async () => {
  await caretAtStart('P 2.0 ' + prose(8, 50) + '.');
  const before = await bodyText();
  const start = (await selectionOffsets())[0];
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  // The caret is on screen, where the user will look for it, once the blocks paged to are drawn.
  const caret = await settled(
    () =>
      page.evaluate(() => {
        const { x, y, width, height } = getSelection()!.getRangeAt(0).getBoundingClientRect();
        return { x, y, width, height };
      }),
    'the caret',
  );
  expect(caret.y).toBeGreaterThanOrEqual(0);
  expect(caret.y + caret.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  const [at] = await selectionOffsets();
  // Two pages of a 900-pixel window: well past the first few blocks.
  expect(at - start).toBeGreaterThan(600);
  await page.keyboard.type('PG');
  await expect.poll(bodyText).toBe(before.slice(0, at) + 'PG' + before.slice(at));
});

test('blocks away from the view are left undrawn; blocks the selection touches are drawn', async () => {
  const drawing = (value: string) =>
    block(value).evaluate((el) => getComputedStyle(el).contentVisibility);
  await caretAtStart('Section 2');
  expect(await drawing('Section 2')).toBe('visible');
  expect(await drawing('Section 20')).toBe('auto');
  // The opening screenful is always drawn, so an article opens without a second layout.
  expect(await drawing('Opening line of the story.')).toBe('visible');
  await page.keyboard.press('ControlOrMeta+a');
  await expect.poll(() => drawing('Section 20')).toBe('visible');
});

test('Ctrl+End and Ctrl+Home reach the last and the first block', async () => {
  await caretAtStart('Section 5');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Fin');
  await expect(block('The end. Fin')).toBeInViewport();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('First: ');
  await expect(block('First: Opening line of the story.')).toBeInViewport();
  const all = await bodyText();
  expect(all.startsWith('First: Opening line')).toBe(true);
  expect(all.endsWith('The end. Fin')).toBe(true);
});

test('select all and typing replaces the whole article', async () => {
  await caretAtStart('Section 7');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Replaced');
  await expect.poll(bodyText).toBe('Replaced');
  await expect(body().locator('figure, ul, ol, h2, blockquote')).toHaveCount(0);
});

test('a selection made across off-screen blocks deletes exactly that range', async () => {
  // Keyboard: from a visible block down through blocks that were never drawn.
  await caretAtStart('Section 3');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 30; i++) await page.keyboard.press('Shift+ArrowDown');
  // Delete acts on the editor's selection, read from the browser's on its selectionchange.
  await selectionTaken(page);
  let before = await bodyText();
  let [from, to] = await selectionOffsets();
  expect(to - from).toBeGreaterThan(1000);
  await page.keyboard.press('Delete');
  await expect.poll(bodyText).toBe(before.slice(0, from) + before.slice(to));

  // Mouse: click, jump far down without drawing what lies between, Shift+click.
  const a = await settledBox(block('Section 14'));
  const expectedFrom = await textOffsetAt(a.x + 30, a.y + a.height / 2);
  await page.mouse.click(a.x + 30, a.y + a.height / 2);
  const b = await settledBox(block('Item 20.2'));
  const expectedTo = await textOffsetAt(b.x + 20, b.y + b.height / 2);
  await page.keyboard.down('Shift');
  await page.mouse.click(b.x + 20, b.y + b.height / 2);
  await page.keyboard.up('Shift');
  before = await bodyText();
  [from, to] = await selectionOffsets();
  expect([from, to]).toEqual([expectedFrom, expectedTo]);
  expect(to - from).toBeGreaterThan(5000);
  await selectionTaken(page);
  await page.keyboard.press('Delete');
  await expect.poll(bodyText).toBe(before.slice(0, from) + before.slice(to));

  // Keyboard to the very end: Shift+Ctrl+End selects blocks that were never drawn at all.
  await caretAtStart('Section 22');
  before = await bodyText();
  [from] = await selectionOffsets();
  await page.keyboard.press('Shift+ControlOrMeta+End');
  await selectionTaken(page);
  await page.keyboard.press('Delete');
  await expect.poll(bodyText).toBe(before.slice(0, from));
});

test('typing in a list item stays in that item, also in a list made a moment ago', async () => {
  const item = body().locator('li', { hasText: 'Item 19.2' });
  await item.scrollIntoViewIfNeeded();
  await item.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and more');
  await expect(item).toHaveText('Item 19.2 and more');

  // A new list far down the article, typed into at once (no wait for the next frame).
  await caretAtStart('Section 16');
  await page.keyboard.press('End');
  await selectionTaken(page);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('first');
  await page.keyboard.press('Enter');
  await page.keyboard.type('second');
  await expect.poll(() => itemsAfter('Section 16')).toEqual(['first', 'second']);

  // The list made by script and typed into right away, before the browser has drawn it.
  await caretAtStart('Section 17');
  // The script's commands act on the editor's selection, so it must have taken the caret first.
  await selectionTaken(page);
  await page.evaluate(() => {
    const dom = document.querySelector('.ProseMirror') as HTMLElement & {
      editor: { commands: Record<string, () => boolean> };
    };
    dom.editor.commands.selectTextblockEnd!();
    dom.editor.commands.enter!();
    dom.editor.commands.toggleBulletList!();
  });
  await page.keyboard.type('at once');
  await page.keyboard.press('Enter');
  await page.keyboard.type('still in the list');
  await expect.poll(() => itemsAfter('Section 17')).toEqual(['at once', 'still in the list']);
});
