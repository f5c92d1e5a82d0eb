import * as Y from 'yjs';
import { DeskDocument } from '../../../../renderer/src/desk/desk-document';

/** The text of a desk document's body, its blocks joined by '|'. */
export const bodyText = (doc: Y.Doc): string =>
  doc
    .getXmlFragment('body')
    .toArray()
    .map((block) => (block instanceof Y.XmlElement ? block.toArray().join('') : ''))
    .join('|');

/**
 * Two windows' copies of one desk article, joined directly as the main processes and the server
 * would; each sends at the end of the task that changed it, as in the window.
 */
export function deskPair(): { a: DeskDocument; b: DeskDocument; destroy(): void } {
  let a: DeskDocument | null = null;
  let b: DeskDocument | null = null;
  a = new DeskDocument(
    new Uint8Array(),
    {
      sendUpdate: (update) => b?.receiveUpdate(update),
      sendAwareness: (update) => b?.receiveAwareness(update),
    },
    'Ana Reporter',
    queueMicrotask,
  );
  b = new DeskDocument(
    new Uint8Array(),
    {
      sendUpdate: (update) => a?.receiveUpdate(update),
      sendAwareness: (update) => a?.receiveAwareness(update),
    },
    'Ben Editor',
    queueMicrotask,
  );
  return {
    a,
    b,
    destroy: () => {
      a?.destroy();
      b?.destroy();
      a = null;
      b = null;
    },
  };
}
