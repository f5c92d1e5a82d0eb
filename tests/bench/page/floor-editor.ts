// The floor: a bare ProseMirror EditorView over the same schema (built from our TipTap extensions),
// the same document, history and keymap, loaded through the same window.newsroom stand-in as the app.
import { baseKeymap } from '@tiptap/pm/commands';
import { history, redo, undo } from '@tiptap/pm/history';
import { keymap } from '@tiptap/pm/keymap';
import { EditorState } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import '../../../renderer/src/styles/prosemirror.css';
import { bodySchema } from '../../../core/body/schema';
import type { NewsroomApi } from '../../../electron/ipc/contract';
import './floor.css';

// Built at import, as before the app's schema became lazy: the floor's work is unchanged.
const schema = bodySchema();
const api = (window as unknown as { newsroom: NewsroomApi }).newsroom;

async function mount(): Promise<void> {
  const last = await api['article:last']();
  if (!last.ok || !last.value) throw new Error('floor: no article to open');
  const opened = await api['article:open']({ id: last.value });
  if (!opened.ok) throw new Error(opened.error);
  const state = EditorState.create({
    doc: schema.nodeFromJSON(opened.value.article.body),
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }),
      keymap(baseKeymap),
    ],
  });
  new EditorView(document.getElementById('editor'), {
    state,
    attributes: { role: 'textbox', 'aria-label': 'Body', 'aria-multiline': 'true' },
  });
}

void mount();
