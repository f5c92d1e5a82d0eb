import type { EditorView } from '@tiptap/pm/view';
import { openSpellingMenu } from '../spelling/spelling-menu';
import type { SpellingChecks } from '../spelling/spelling-service';
import { misspellingAt } from './spelling-decorations';

/** Opens the spelling menu when the right-click is on an underlined word; true when it did. */
export function showSpellingMenu(
  view: EditorView,
  event: MouseEvent,
  service: SpellingChecks,
  language: string,
): boolean {
  const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
  // A read-only body (the workspace is open elsewhere) keeps the plain menu: nothing can change.
  if (!at || !view.editable) return false;
  const found = misspellingAt(view.state, at.pos);
  if (!found) return false;
  event.preventDefault();
  const [from, to] = found;
  const word = view.state.doc.textBetween(from, to);
  openSpellingMenu({
    x: event.clientX,
    y: event.clientY,
    word,
    suggestions: service.suggest(language, word),
    onAdd: () => void service.addWord(word),
    onReplace: (suggestion) => {
      // Only if the word is still where it was: the menu may have been open while text changed.
      if (view.state.doc.textBetween(from, to) !== word) return;
      view.dispatch(view.state.tr.insertText(suggestion, from, to));
      view.focus();
    },
  });
  return true;
}
