import { NodeSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

type Sides = number | { top: number; right: number; bottom: number; left: number };

const side = (value: Sides, which: 'top' | 'right' | 'bottom' | 'left'): number =>
  typeof value === 'number' ? value : value[which];

// As ProseMirror measures a box: without transform scaling or the scrollbar.
function clientRect(element: HTMLElement): Rect {
  const rect = element.getBoundingClientRect();
  const scaleX = rect.width / element.offsetWidth || 1;
  const scaleY = rect.height / element.offsetHeight || 1;
  return {
    left: rect.left,
    right: rect.left + element.clientWidth * scaleX,
    top: rect.top,
    bottom: rect.top + element.clientHeight * scaleY,
  };
}

function windowRect(doc: Document): Rect {
  const viewport = doc.defaultView?.visualViewport;
  if (viewport) return { left: 0, right: viewport.width, top: 0, bottom: viewport.height };
  const root = doc.documentElement;
  return { left: 0, right: root.clientWidth, top: 0, bottom: root.clientHeight };
}

// What a script can scroll (`visible` and `clip` cannot).
const scrolls = (overflow: string): boolean =>
  overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'overlay';

function parentOf(node: Node): Node | null {
  const parent = (node as Element).assignedSlot ?? node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent;
}

/**
 * ProseMirror's "scroll the selection into view", measuring only the ancestors that can scroll.
 * ProseMirror measures every ancestor of the caret up to the document (five layout reads each, nine
 * ancestors around the body: ≈ 0.5 ms a keystroke in a long article); a box whose overflow is
 * visible never scrolls, so leaving it out moves nothing differently. For `handleScrollToSelection`.
 */
export function scrollSelectionIntoView(view: EditorView): boolean {
  const { selection } = view.state;
  let rect: Rect;
  let start: Node;
  if (selection instanceof NodeSelection) {
    const target = view.nodeDOM(selection.from);
    if (!(target instanceof HTMLElement)) return true;
    rect = target.getBoundingClientRect();
    start = target;
  } else {
    rect = view.coordsAtPos(selection.head, 1);
    start = view.domAtPos(selection.head).node;
  }
  // An element without a box (display: none) has nothing to show.
  if (!(rect.top < rect.bottom || rect.left < rect.right) && rect.left === 0) return true;
  const threshold: Sides = view.someProp('scrollThreshold') || 0;
  const margin: Sides = view.someProp('scrollMargin') || 5;
  const doc = view.dom.ownerDocument;
  for (let node: Node | null = start; node !== null;) {
    if (!(node instanceof HTMLElement)) {
      node = parentOf(node);
      continue;
    }
    const atTop: boolean = node === doc.body;
    const style = atTop ? null : getComputedStyle(node);
    if (atTop || scrolls(style!.overflowX) || scrolls(style!.overflowY)) {
      const bounding = atTop ? windowRect(doc) : clientRect(node);
      let moveX = 0;
      let moveY = 0;
      if (rect.top < bounding.top + side(threshold, 'top'))
        moveY = -(bounding.top - rect.top + side(margin, 'top'));
      else if (rect.bottom > bounding.bottom - side(threshold, 'bottom'))
        moveY =
          rect.bottom - rect.top > bounding.bottom - bounding.top
            ? rect.top + side(margin, 'top') - bounding.top
            : rect.bottom - bounding.bottom + side(margin, 'bottom');
      if (rect.left < bounding.left + side(threshold, 'left'))
        moveX = -(bounding.left - rect.left + side(margin, 'left'));
      else if (rect.right > bounding.right - side(threshold, 'right'))
        moveX = rect.right - bounding.right + side(margin, 'right');
      if (moveX || moveY) {
        if (atTop) {
          doc.defaultView?.scrollBy(moveX, moveY);
        } else {
          const startX = node.scrollLeft;
          const startY = node.scrollTop;
          if (moveY) node.scrollTop += moveY;
          if (moveX) node.scrollLeft += moveX;
          const dX = node.scrollLeft - startX;
          const dY = node.scrollTop - startY;
          rect = {
            left: rect.left - dX,
            top: rect.top - dY,
            right: rect.right - dX,
            bottom: rect.bottom - dY,
          };
        }
      }
    }
    const position: string = atTop ? 'fixed' : style!.position;
    if (position === 'fixed' || position === 'sticky') break;
    node = position === 'absolute' ? node.offsetParent : parentOf(node);
  }
  return true;
}
