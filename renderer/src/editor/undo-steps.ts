import type { EditorState } from '@tiptap/pm/state';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { yUndoPluginKey } from '@tiptap/y-tiptap';

/**
 * Whether the body has a step to undo and to redo: on a desk from the Yjs undo manager (which takes
 * back only one's own changes), otherwise from ProseMirror's history. Depths rather than can(),
 * which builds a whole command chain.
 */
export function undoSteps(state: EditorState): { undo: boolean; redo: boolean } {
  const desk = yUndoPluginKey.getState(state)?.undoManager;
  if (desk) return { undo: desk.undoStack.length > 0, redo: desk.redoStack.length > 0 };
  return { undo: undoDepth(state) > 0, redo: redoDepth(state) > 0 };
}
