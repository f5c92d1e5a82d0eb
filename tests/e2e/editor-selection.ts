import { expect, type Page } from '@playwright/test';

/**
 * Waits until ProseMirror has read the selection the browser moved (Shift+arrows, Home): it does so
 * on selectionchange, and a paste or Delete acts on its own state, as after a person sees it.
 */
export async function selectionTaken(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const dom = document.querySelector('.ProseMirror') as HTMLElement & {
          editor: {
            view: {
              posAtDOM(n: Node, o: number): number;
              state: { selection: { anchor: number; head: number } };
            };
          };
        };
        const sel = getSelection()!;
        const { view } = dom.editor;
        const { anchor, head } = view.state.selection;
        return (
          view.posAtDOM(sel.anchorNode!, sel.anchorOffset) === anchor &&
          view.posAtDOM(sel.focusNode!, sel.focusOffset) === head
        );
      }),
    )
    .toBe(true);
}
