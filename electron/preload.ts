// The sandboxed preload: exposes window.newsroom (one function per channel, plus `on` for
// events) and nothing else; ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelNames, eventChannelNames } from './ipc/channel-names';
import type { EventName, Events, NewsroomApi } from './ipc/contract';

const invokers = Object.fromEntries(
  channelNames.map((channel) => [
    channel,
    (payload?: unknown) => ipcRenderer.invoke(channel, payload),
  ]),
);

function on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  if (!(eventChannelNames as readonly string[]).includes(event)) {
    throw new Error(`Unknown event "${String(event)}"`);
  }
  if (typeof listener !== 'function') throw new Error('The listener must be a function');
  // Wrapped so the page never sees the IpcRendererEvent (it carries `sender`).
  const wrapped = (_event: IpcRendererEvent, payload: Events[E]) => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => {
    ipcRenderer.removeListener(event, wrapped);
  };
}

const api = { ...invokers, on } as NewsroomApi;

contextBridge.exposeInMainWorld('newsroom', api);
