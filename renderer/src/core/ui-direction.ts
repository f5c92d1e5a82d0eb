import { textDirection, type TextDirection } from '../../../core/language/text-direction';

/** The window's direction as chosen: from the system's language, or set. */
export type UiDirectionSetting = 'auto' | TextDirection;

const KEY = 'newsroom.uiDirection';

/** The window direction chosen on this computer (kept in the window's local storage). */
export function readUiDirection(): UiDirectionSetting {
  try {
    const stored = localStorage.getItem(KEY);
    return stored === 'ltr' || stored === 'rtl' ? stored : 'auto';
  } catch {
    return 'auto';
  }
}

/** The direction `setting` lays the window out in: `auto` follows the system's language. */
export function resolveUiDirection(
  setting: UiDirectionSetting,
  systemLanguage: string,
): TextDirection {
  return setting === 'auto' ? textDirection(systemLanguage) : setting;
}

/** Lays the whole window out in the chosen direction and remembers the choice. */
export function applyUiDirection(setting: UiDirectionSetting = readUiDirection()): void {
  document.documentElement.dir = resolveUiDirection(setting, navigator.language);
  try {
    if (setting === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, setting);
  } catch {
    // Storage refused (a locked-down profile): the choice lasts until the window closes.
  }
}
