/** What the spelling menu offers for one misspelled word. */
export interface SpellingMenuRequest {
  /** Where the right-click was, in viewport pixels. */
  x: number;
  y: number;
  word: string;
  suggestions: Promise<string[]>;
  onAdd(): void;
  onReplace(suggestion: string): void;
}

let open: { close(): void } | null = null;

function item(label: string, action: (() => void) | null): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('role', 'menuitem');
  button.textContent = label;
  button.tabIndex = -1;
  if (action) button.addEventListener('click', action);
  else button.setAttribute('aria-disabled', 'true');
  return button;
}

/**
 * Shows the spelling menu (suggestions, then Add to dictionary) at the click, in the page so it
 * works the same in the app and in the browser harness. Escape, a click elsewhere or a choice
 * closes it and gives focus back to the field.
 */
export function openSpellingMenu(request: SpellingMenuRequest): void {
  open?.close();
  const returnFocus = document.activeElement as HTMLElement | null;
  const menu = document.createElement('div');
  menu.className = 'spelling-menu';
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', `Spelling of “${request.word}”`);
  menu.style.left = `${request.x}px`;
  menu.style.top = `${request.y}px`;
  const pending = item('Looking for suggestions…', null);
  const add = item('Add to dictionary', () => choose(request.onAdd));
  const separator = document.createElement('div');
  separator.setAttribute('role', 'separator');
  menu.append(pending, separator, add);

  const items = (): HTMLButtonElement[] =>
    [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].filter(
      (b) => b.getAttribute('aria-disabled') !== 'true',
    );
  const close = (refocus = true): void => {
    if (open !== handle) return;
    open = null;
    menu.remove();
    document.removeEventListener('pointerdown', outside, true);
    window.removeEventListener('blur', closeQuietly);
    if (refocus) returnFocus?.focus({ preventScroll: true });
  };
  const closeQuietly = (): void => close(false);
  const choose = (action: () => void): void => {
    close();
    action();
  };
  const outside = (event: Event): void => {
    if (!menu.contains(event.target as Node)) close(false);
  };
  menu.addEventListener('keydown', (event) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') list[(at + 1) % list.length]?.focus();
    else if (event.key === 'ArrowUp') list[(at - 1 + list.length) % list.length]?.focus();
    else if (event.key === 'Tab') close();
    else return;
    event.preventDefault();
  });

  const handle = { close: () => close(false) };
  open = handle;
  document.body.append(menu);
  keepInView(menu);
  document.addEventListener('pointerdown', outside, true);
  window.addEventListener('blur', closeQuietly);
  (items()[0] ?? menu).focus();

  void request.suggestions.then((words) => {
    if (open !== handle) return;
    const choices = words.map((word) => item(word, () => choose(() => request.onReplace(word))));
    pending.replaceWith(...(choices.length ? choices : [item('No suggestions', null)]));
    keepInView(menu);
    items()[0]?.focus();
  });
}

/** Moves the menu left or up when it would stick out of the window. */
function keepInView(menu: HTMLElement): void {
  const box = menu.getBoundingClientRect();
  if (box.right > window.innerWidth)
    menu.style.left = `${Math.max(0, window.innerWidth - box.width - 4)}px`;
  if (box.bottom > window.innerHeight)
    menu.style.top = `${Math.max(0, window.innerHeight - box.height - 4)}px`;
}
