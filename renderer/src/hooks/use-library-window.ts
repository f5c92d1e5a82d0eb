import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';

// A row is about this tall before it has been measured (headline on one line, meta line).
const ESTIMATED_ROW_PX = 64;
// Rows drawn beyond the visible ones, so short scrolls and arrow keys never show a gap.
const OVERSCAN_ROWS = 8;
// Matches the list's CSS gap between rows.
const ROW_GAP_PX = 2;

export interface LibraryWindow {
  /** The scrolling element around the list. */
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, HTMLLIElement>;
  /** Arrow keys, Home/End and PageUp/PageDown move focus between rows, drawing them as needed. */
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

/** The row's element to focus: its headline button, or its first button (error rows). */
function focusTarget(row: Element | null): HTMLElement | null {
  return row?.querySelector<HTMLElement>('.entry-headline') ?? row?.querySelector('button') ?? null;
}

/**
 * Windowing for the library list: only the rows in and near the viewport are in the DOM. Keyboard
 * focus can still reach every row, and the selected row is scrolled into view when the selection
 * changes (not when the list around it does, so saving never moves the list under the reader).
 */
export function useLibraryWindow(
  count: number,
  keyOf: (index: number) => string,
  selected: { key: string; index: number } | null,
): LibraryWindow {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer is read afresh on every render and never memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
    gap: ROW_GAP_PX,
    getItemKey: keyOf,
    useFlushSync: false,
  });

  // A row the keyboard moved to: focused once it has been drawn.
  const pendingFocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = scrollRef.current?.querySelector(`[data-index="${index}"]`) ?? null;
    const target = focusTarget(row);
    if (!target) return;
    pendingFocus.current = null;
    target.focus();
  });

  const lastShown = useRef<string | null>(null);
  const selectedKey = selected?.key ?? null;
  const selectedIndex = selected?.index ?? -1;
  useEffect(() => {
    if (selectedKey === null || selectedKey === lastShown.current) return;
    lastShown.current = selectedKey;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedKey, selectedIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const from = Number(row.dataset.index);
    // A page is the rows that fit in the viewport, less one kept for context.
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? 0) / ESTIMATED_ROW_PX) - 1,
    );
    const to = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + page,
      PageUp: from - page,
      Home: 0,
      End: count - 1,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const index = Math.min(count - 1, Math.max(0, to));
    pendingFocus.current = index;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // Already drawn: focus now (the layout effect handles rows drawn by the scroll).
    const drawn = focusTarget(scrollRef.current?.querySelector(`[data-index="${index}"]`) ?? null);
    if (drawn) {
      pendingFocus.current = null;
      drawn.focus();
    }
  };

  return { scrollRef, virtualizer, onKeyDown };
}
