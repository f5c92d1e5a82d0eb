import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { DeskClient } from '../../../../electron/desk/desk-client';
import type { Envelope } from '../../../../electron/ipc/contract';
import { createHandlers, type Dialogs, type HandlerTable } from '../../../../electron/ipc/handlers';
import { endExifTool } from '../../../../electron/photos/exiftool-process';
import { Workspace } from '../../../../electron/store/workspace';

const repoRoot = resolve(import.meta.dirname, '../../../..');
export const photoFixture = resolve(
  repoRoot,
  '../shared/fixtures/photos/iptc-staff-photographer-example.jpg',
);

export function value<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected ok, got error: ${envelope.error}`);
  return envelope.value;
}

export function refusal(envelope: Envelope<unknown>): string {
  if (envelope.ok) throw new Error('expected a refusal, got ok');
  return envelope.error;
}

export interface HandlerFixture {
  dir: string;
  ws: Workspace;
  handlers: HandlerTable;
  /** What the open dialog answers next. */
  opened: string[];
  /** What the save dialog answers next (undefined: cancelled). */
  saved: string | undefined;
  dialogCalls: { kind: 'open' | 'save'; options: unknown }[];
  readyToClose: number;
  events: [string, unknown][];
  /** The window's desk client (offline unless a test connects it). */
  desk: DeskClient;
}

/** The real handlers over a fresh temporary workspace, with recording dialogs, anew for each test. */
export function useHandlers(): HandlerFixture {
  const t = {} as HandlerFixture;
  const dialogs: Dialogs = {
    open: async (options) => {
      t.dialogCalls.push({ kind: 'open', options });
      return t.opened;
    },
    save: async (options) => {
      t.dialogCalls.push({ kind: 'save', options });
      return t.saved;
    },
  };

  beforeEach(async () => {
    t.dir = await mkdtemp(join(tmpdir(), 'newsroom-handlers-'));
    t.ws = await Workspace.open(join(t.dir, 'ws'));
    t.opened = [];
    t.saved = undefined;
    t.dialogCalls = [];
    t.readyToClose = 0;
    t.events = [];
    const emit = (event: string, payload: unknown) => {
      t.events.push([event, payload]);
    };
    t.desk = new DeskClient({ workspace: t.ws, emit });
    t.handlers = createHandlers({
      workspace: () => t.ws,
      switchWorkspace: async (next) => {
        await t.ws.close();
        t.ws = await Workspace.open(next);
        return t.ws;
      },
      dialogs,
      emit,
      desk: () => t.desk,
      onReadyToClose: () => {
        t.readyToClose += 1;
      },
    });
  });

  afterEach(async () => {
    await t.desk.close();
    await t.ws.close();
    await rm(t.dir, { recursive: true, force: true });
  });
  // Exports start the shared ExifTool process; end it as the app and the CLI do.
  afterAll(endExifTool);
  return t;
}
