import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The "More…" export formats: a disclosure button and a menu drawn only while open. Not a
 * <details>: Chromium keeps a closed one's content as a display-locked subtree, and any lock in the
 * document makes the editor's per-keystroke selection sync slower (≈1 ms a key at 50,000 words).
 */
export function MoreFormats({ children }: { children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  // Escape or a click elsewhere closes it, as a menu would.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <div className="more-formats" ref={root}>
      <button
        type="button"
        className="button subtle"
        title="More export formats"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        More…
      </button>
      {open && (
        <div
          id={menuId}
          className="more-formats-menu"
          role="group"
          aria-label="More export formats"
        >
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}
