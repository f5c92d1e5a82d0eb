import { Editor, createDocument, type Extensions } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { EditorProps } from '@tiptap/pm/view';
import { bodyExtensions } from '../../../core/body/extensions';
import { textDirection } from '../../../core/language/text-direction';
import { imageFormatOfName } from '../../../core/photo/image-format';
import type { BodyJSON } from '../../../core/body/schema';
import { DeskCarets } from '../desk/desk-carets';
import { deskCollaboration } from '../desk/desk-collaboration';
import type { DeskDocument } from '../desk/desk-document';
import { EditableFigure } from './editable-figure';
import type { FigureEditRequest } from './figure-node-view';
import { OffscreenBlocks } from './offscreen-blocks';
import { ReactIsolation } from './react-isolation';
import { scrollSelectionIntoView } from './scroll-into-view';
import { setSpellingLanguage, SpellingDecorations } from './spelling-decorations';
import { spelling } from '../spelling/spelling-service';

export interface BodyEditorEvents {
  /** The body changed (called on every keystroke: keep it cheap). */
  onChange(): void;
  /** Focus left the body. */
  onBlur(): void;
  /** Ctrl/Cmd+K: edit the link at the selection. */
  onLinkShortcut(): void;
  /** Image files dropped or pasted into the body, with the document position they should go to. */
  onImageFiles(files: File[], position: number | null): void;
  /** "Edit inline photo" on a figure in the body. */
  onEditFigure(request: FigureEditRequest): void;
}

/** Which article a body editor shows, which element labels it, and the language it is written in. */
export interface BodyEditorIds {
  articleId: string;
  labelId: string;
  /** BCP 47 tag: spelling checks the body in this language. */
  language: string;
}

/** What an editor built before its article is known reads when it is used: the article and its view. */
export interface BodyEditorBinding {
  articleId: string;
  language: string;
  /** The body element's attributes, which name its label in the article view. */
  attributes: Record<string, string>;
  events: BodyEditorEvents | null;
}

export interface BuiltBodyEditor {
  editor: Editor;
  binding: BodyEditorBinding;
}

const sharedExtensions = bodyExtensions.filter(
  (extension) => extension.name !== EditableFigure.name,
);
// On a desk, undo is Yjs's (only one's own changes); ProseMirror's history would undo others' too.
const deskExtensions = sharedExtensions.map((extension) =>
  extension.name === 'starterKit' ? extension.configure({ undoRedo: false }) : extension,
);
const placeholder = Placeholder.configure({ placeholder: 'Write the story…' });
const empty: BodyJSON = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * A TipTap editor over the shared body schema, in a detached element: on an empty document, or
 * bound to a desk article's 'body' fragment (with others' carets) when `desk` is given.
 */
export function buildBodyEditor(desk?: DeskDocument): BuiltBodyEditor {
  const binding: BodyEditorBinding = {
    articleId: '',
    language: 'en',
    attributes: {},
    events: null,
  };
  // Same schema as the exporters: only the figure's view, a placeholder and plugins without schema are added.
  const extensions: Extensions = [
    ...(desk
      ? [...deskExtensions, deskCollaboration(desk), DeskCarets.configure({ desk })]
      : sharedExtensions),
    EditableFigure.configure({
      articleId: () => binding.articleId,
      onEdit: (request: FigureEditRequest) => binding.events?.onEditFigure(request),
    }),
    placeholder,
    ReactIsolation,
    OffscreenBlocks,
    SpellingDecorations.configure({ service: spelling, language: () => binding.language }),
  ];
  const editorProps: EditorProps = {
    attributes: () => binding.attributes,
    handleScrollToSelection: scrollSelectionIntoView,
    handleKeyDown: (_view, event) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        binding.events?.onLinkShortcut();
        return true;
      }
      return false;
    },
    handleDrop: (view, event, _slice, moved) => {
      const files = imageFiles(event.dataTransfer);
      if (moved || files.length === 0) return false;
      event.preventDefault();
      const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
      binding.events?.onImageFiles(files, at?.pos ?? null);
      return true;
    },
    handlePaste: (_view, event) => {
      const files = imageFiles(event.clipboardData);
      if (files.length === 0) return false;
      event.preventDefault();
      binding.events?.onImageFiles(files, null);
      return true;
    },
  };
  const editor = new Editor({
    element: document.createElement('div'),
    extensions,
    ...(desk ? {} : { content: empty }),
    // The CSP forbids inline <style>; the editor's base CSS is in styles/prosemirror.css.
    injectCSS: false,
    // Its "delete" events have no listener here, yet it set a timer and mapped every transaction's steps.
    enableCoreExtensions: { delete: false },
    editorProps,
    // setEditable also emits "update" (figure views redraw their buttons on it); only a document change is an edit.
    onUpdate: ({ transaction }) => {
      if (transaction.docChanged) binding.events?.onChange();
    },
    onBlur: () => binding.events?.onBlur(),
  });
  return { editor, binding };
}

/**
 * Runs a typed word, a space and a caret move through the editor's transaction path (TipTap, every
 * plugin, the view's redraw), so that code is compiled now rather than inside the user's first
 * keystroke (≈ 10 ms of CPU in a trace); the space has autolink build linkify's scanner. Nobody
 * hears it: the editor's binding has no events yet, and the article's state replaces this one,
 * history and all.
 */
export function rehearseKeystroke(editor: Editor): void {
  const { view } = editor;
  view.dispatch(view.state.tr.insertText('x', 1));
  view.dispatch(view.state.tr.insertText(' ', 2));
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 1)));
}

/**
 * Puts `content`, the article `articleId`, into a built editor reporting to `events`. Its history
 * starts empty: the document is put in without a transaction.
 */
export function loadBodyEditor(
  built: BuiltBodyEditor,
  content: BodyJSON,
  ids: BodyEditorIds,
  events: BodyEditorEvents,
): void {
  const { editor } = built;
  bindBodyEditor(built, ids, events);
  // The new state redraws the view, attributes included.
  editor.view.updateState(
    EditorState.create({
      doc: withTrailingParagraph(createDocument(content, editor.schema)),
      plugins: editor.state.plugins,
    }),
  );
}

/** Names the article and the label of a built editor and who hears it; the view redraws at its next update. */
export function bindBodyEditor(
  { binding }: BuiltBodyEditor,
  { articleId, labelId, language }: BodyEditorIds,
  events: BodyEditorEvents,
): void {
  binding.articleId = articleId;
  binding.language = language;
  binding.attributes = {
    class: 'body-prose',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelId,
    ...languageAttributes(language),
    // The app's own checker underlines; Chromium's would underline again, and calls out in Electron.
    spellcheck: 'false',
  };
  binding.events = events;
}

/** `lang` and `dir` of the body element: the browser lays out and moves the caret by them. */
function languageAttributes(language: string): Record<string, string> {
  return { lang: language, dir: textDirection(language) };
}

/** The article's language changed: the body's `lang`, `dir` and spelling follow. */
export function setBodyLanguage({ binding, editor }: BuiltBodyEditor, language: string): void {
  if (binding.language === language) return;
  binding.language = language;
  binding.attributes = { ...binding.attributes, ...languageAttributes(language) };
  // Its transaction redraws the view, attributes included.
  setSpellingLanguage(editor.view, language);
}

/**
 * The body with the empty paragraph TipTap's TrailingNode keeps after a final photo or heading (where
 * the caret can go to write on). Added as the article goes in: the plugin would add it in the first
 * transaction, inside the first click, and a selection change before any focus made it undoable.
 */
function withTrailingParagraph(doc: ProseMirrorNode): ProseMirrorNode {
  const paragraph = doc.type.schema.nodes.paragraph!;
  return doc.lastChild?.type === paragraph
    ? doc
    : doc.copy(doc.content.addToEnd(paragraph.create()));
}

function imageFiles(data: DataTransfer | null): File[] {
  return Array.from(data?.files ?? []).filter(
    (file) => file.type.startsWith('image/') || imageFormatOfName(file.name) !== null,
  );
}
