import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { deskAddresses } from './desk-url';
import { QuietWebSocket } from './quiet-web-socket';

/**
 * The desk's copy of an article, as one update, fetched over a socket of its own into an empty
 * document: nothing of this computer's copy is sent, so a change the desk refused cannot be
 * refused again on the way.
 */
export function fetchDeskState(
  url: string,
  token: string,
  id: string,
  limitMs: number,
): Promise<Uint8Array> {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: deskAddresses(url).socket,
    WebSocketPolyfill: QuietWebSocket,
    maxAttempts: 3,
  });
  return new Promise<Uint8Array>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the desk did not send article ${id} within ${limitMs / 1000} s`)),
      limitMs,
    );
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: id,
      document: doc,
      token,
      onSynced: () => {
        clearTimeout(timer);
        resolve(Y.encodeStateAsUpdate(doc));
      },
      onAuthenticationFailed: ({ reason }) => {
        clearTimeout(timer);
        reject(new Error(`The desk refused article ${id}: ${reason.replace(/^refused: /, '')}`));
      },
    });
    provider.attach();
  }).finally(() => {
    socket.destroy();
    doc.destroy();
  });
}
