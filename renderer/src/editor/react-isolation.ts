import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

const contentEditable = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable')!;

/**
 * The body's `contentEditable` property, as React reads it: "inherit" where the DOM says "true".
 *
 * Before every commit anywhere in the window, React saves the caret of a focused element whose
 * `contentEditable` is "true" by counting characters through all of its text nodes, and restores it
 * afterwards: at 50,000 words that walk costs milliseconds on every save-status change while someone
 * types. ProseMirror keeps the body's selection itself, so React has nothing to save there. The
 * attribute, `isContentEditable` and editing itself are untouched.
 */
export function hideEditableFromReact(dom: HTMLElement): void {
  Object.defineProperty(dom, 'contentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      const value = contentEditable.get!.call(this) as string;
      return value === 'true' ? 'inherit' : value;
    },
    set(this: HTMLElement, value: string) {
      contentEditable.set!.call(this, value);
    },
  });
}

/**
 * The events of typing a character, which ProseMirror handles on the body itself. Past the body,
 * only React's root listeners would see them, turning each into synthetic events for handlers no
 * component has; keydown still bubbles (shortcuts and Escape are heard above the body).
 */
export const TYPING_EVENTS = ['keypress', 'textInput', 'beforeinput', 'input', 'keyup'] as const;

const stopHere = (event: Event): void => event.stopPropagation();

/** Keeps React's root out of the body's typing: its caret bookkeeping and its event dispatch. */
export const ReactIsolation = Extension.create({
  name: 'reactIsolation',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('reactIsolation'),
        view(view) {
          hideEditableFromReact(view.dom);
          for (const type of TYPING_EVENTS) view.dom.addEventListener(type, stopHere);
          return {
            destroy() {
              for (const type of TYPING_EVENTS) view.dom.removeEventListener(type, stopHere);
            },
          };
        },
      }),
    ];
  },
});
