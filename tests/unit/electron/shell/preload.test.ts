import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels, eventNames } from '../../../../electron/ipc/contract';

// Electron is absent here: this stand-in records what the preload hands to contextBridge and ipcRenderer.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
  listeners: new Map<string, ((event: unknown, payload: unknown) => void)[]>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: async (channel: string, payload: unknown) => {
      bridge.invoked.push([channel, payload]);
      return { ok: true, value: channel };
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      bridge.listeners.set(channel, [...(bridge.listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      bridge.listeners.set(
        channel,
        (bridge.listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    },
  },
}));

type Api = Record<string, (...args: unknown[]) => unknown>;
let api: Api;

beforeAll(async () => {
  await import('../../../../electron/preload');
  api = bridge.exposed.get('newsroom') as Api;
});

describe('preload', () => {
  it('exposes only window.newsroom', () => {
    expect([...bridge.exposed.keys()]).toEqual(['newsroom']);
  });

  it('has one function per channel plus on, and no ipcRenderer', () => {
    expect(Object.keys(api).sort()).toEqual([...channels, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|send|invoke/i);
  });

  it('invokes the matching channel with the payload', async () => {
    const payload = { id: 'abcdefghijklmnop' };
    expect(await api['article:open']!(payload)).toEqual({ ok: true, value: 'article:open' });
    expect(bridge.invoked.at(-1)).toEqual(['article:open', payload]);
  });

  it('delivers events without the IPC event object and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = api['on']!('menu:command', (payload: unknown) => seen.push(payload)) as () => void;
    for (const l of bridge.listeners.get('menu:command') ?? [])
      l({ sender: 'secret' }, 'new-article');
    expect(seen).toEqual(['new-article']);
    off();
    expect(bridge.listeners.get('menu:command')).toEqual([]);
  });

  it('refuses unknown events and non-function listeners', () => {
    expect(() => api['on']!('ipc:anything', () => {})).toThrow(/Unknown event/);
    expect(() => api['on']!(eventNames[0], 'nope')).toThrow(/must be a function/);
  });
});
