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

/** Applies hideEditableFromReact to the editor's body element. */
export const ReactSelectionOptOut = Extension.create({
  name: 'reactSelectionOptOut',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('reactSelectionOptOut'),
        view(view) {
          hideEditableFromReact(view.dom);
          return {};
        },
      }),
    ];
  },
});
