// The desk-latency floor: bare ProseMirror over our schema bound to a Y.Doc by y-tiptap (the
// y-prosemirror binding TipTap's Collaboration uses), trading updates with a bare relay as
// y-websocket does: each update sent the moment it happens, in a y-protocols sync message.
import { baseKeymap } from '@tiptap/pm/commands';
import { keymap } from '@tiptap/pm/keymap';
import { EditorState } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { redo, undo, ySyncPlugin, yUndoPlugin } from '@tiptap/y-tiptap';
import { fromBase64 } from 'lib0/buffer';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { readSyncMessage, writeUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import '../../../renderer/src/styles/prosemirror.css';
import { bodySchema } from '../../../core/body/schema';
import { DESK_BODY_FIELD } from '../../../core/desk/desk-layout';
import type { NewsroomApi } from '../../../electron/ipc/contract';
import './floor.css';

const schema = bodySchema();
const api = (window as unknown as { newsroom: NewsroomApi }).newsroom;
const relayUrl = (window as unknown as { __benchRelay: string }).__benchRelay;

async function mount(): Promise<void> {
  const last = await api['article:last']();
  if (!last.ok || !last.value) throw new Error('floor: no article to open');
  const opened = await api['desk:open']({ id: last.value });
  if (!opened.ok) throw new Error(opened.error);
  const doc = new Y.Doc();
  const socket = new WebSocket(relayUrl);
  socket.binaryType = 'arraybuffer';
  Y.applyUpdate(doc, fromBase64(opened.value.update), socket);
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === socket || socket.readyState !== WebSocket.OPEN) return;
    const encoder = encoding.createEncoder();
    writeUpdate(encoder, update);
    socket.send(encoding.toUint8Array(encoder));
  });
  socket.onmessage = (event: MessageEvent<ArrayBuffer>) => {
    readSyncMessage(
      decoding.createDecoder(new Uint8Array(event.data)),
      encoding.createEncoder(),
      doc,
      socket,
    );
  };
  await new Promise((open) => (socket.onopen = open));
  const state = EditorState.create({
    schema,
    plugins: [
      ySyncPlugin(doc.getXmlFragment(DESK_BODY_FIELD)),
      yUndoPlugin(),
      keymap({
        'Mod-z': (state) => undo(state) === true,
        'Mod-y': (state) => redo(state) === true,
        'Shift-Mod-z': (state) => redo(state) === true,
      }),
      keymap(baseKeymap),
    ],
  });
  new EditorView(document.getElementById('editor'), {
    state,
    attributes: { role: 'textbox', 'aria-label': 'Body', 'aria-multiline': 'true' },
  });
}

void mount();
