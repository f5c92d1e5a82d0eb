import type { Editor } from '@tiptap/core';
import type { BodyJSON } from '../../../core/body/schema';
import { whenUserPauses } from '../core/user-pause';
import {
  buildBodyEditor,
  loadBodyEditor,
  rehearseKeystroke,
  setBodyLanguage,
  type BodyEditorBinding,
  type BodyEditorEvents,
  type BodyEditorIds,
  type BuiltBodyEditor,
} from './body-editor';

/** How long the user must have neither typed nor clicked before the next article's editor is built. */
const PREPARE_NEXT_QUIET_MS = 2000;

/**
 * The window's body editors: one built ahead of the next article (so that opening one only puts its
 * document in), and those handed to article views, until each view has mounted.
 */
export class BodyEditorPool {
  private spare: BuiltBodyEditor | null = null;
  // Editors handed out whose article view has not mounted yet, oldest first.
  private unclaimed: Editor[] = [];
  private bindings = new WeakMap<Editor, BodyEditorBinding>();

  /**
   * Builds the next article's body editor now (TipTap's extensions, schema, plugins and view).
   * Called while the first article is read from disk.
   */
  prepare(): void {
    if (this.spare) return;
    this.spare = buildBodyEditor();
    rehearseKeystroke(this.spare.editor);
  }

  /** prepare() once the user pauses (it takes tens of milliseconds); returns a cancel function. */
  prepareLater(): () => void {
    return whenUserPauses(() => this.prepare(), PREPARE_NEXT_QUIET_MS);
  }

  /** A body editor showing `content` (the prepared one if there is one), reporting to `events`. */
  take(content: BodyJSON, ids: BodyEditorIds, events: BodyEditorEvents): Editor {
    const built = this.spare ?? buildBodyEditor();
    this.spare = null;
    loadBodyEditor(built, content, ids, events);
    this.unclaimed.push(built.editor);
    this.bindings.set(built.editor, built.binding);
    return built.editor;
  }

  /** Who hears a taken editor from now on: its article view's latest callbacks. */
  setEvents(editor: Editor, events: BodyEditorEvents): void {
    const binding = this.bindings.get(editor);
    if (binding) binding.events = events;
  }

  /** The language a taken editor's article is written in from now on. */
  setLanguage(editor: Editor, language: string): void {
    const binding = this.bindings.get(editor);
    if (binding) setBodyLanguage({ editor, binding }, language);
  }

  /**
   * The article view holding `editor` has mounted. An editor taken before it and never claimed was
   * taken by a render React discarded (effects run in render order), so it is destroyed: it would
   * otherwise keep listening to the document's selection.
   */
  claim(editor: Editor): void {
    const at = this.unclaimed.indexOf(editor);
    if (at === -1) return;
    for (const stale of this.unclaimed.splice(0, at + 1)) if (stale !== editor) stale.destroy();
  }

  /** Destroys the prepared editor and those never claimed, and forgets every editor handed out. */
  reset(): void {
    this.spare?.editor.destroy();
    this.spare = null;
    for (const editor of this.unclaimed.splice(0)) editor.destroy();
    this.bindings = new WeakMap();
  }
}

/** The pool the window uses: main.tsx prepares the first editor in it, article views take theirs from it. */
export const bodyEditors = new BodyEditorPool();
