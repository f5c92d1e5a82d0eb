import type { DeskState } from '../../../electron/ipc/contract';

/** What the save indicator says on a desk. */
export type DeskSaveKind = 'saving' | 'here' | 'synced' | 'offline' | 'error';

export interface DeskSaveStatus {
  kind: DeskSaveKind;
  /** Local changes the desk has not confirmed (shown when offline). */
  waiting: number;
  message: string | null;
}

/** The indicator's status from the desk's state and the changes still on their way to this computer's disk. */
export function deskSaveStatus(
  state: DeskState,
  inFlight: number,
  failure: string | null,
): DeskSaveStatus {
  const waiting = state.pending;
  if (failure !== null) return { kind: 'error', waiting, message: failure };
  if (inFlight > 0) return { kind: 'saving', waiting, message: null };
  if (state.status === 'offline' || state.status === 'connecting')
    return { kind: 'offline', waiting, message: null };
  if (state.status === 'synced' && waiting === 0) return { kind: 'synced', waiting, message: null };
  return { kind: 'here', waiting, message: null };
}

/** The indicator's words for a status. */
export function deskSaveText(status: DeskSaveStatus): string {
  switch (status.kind) {
    case 'saving':
      return 'Saving…';
    case 'here':
      return 'Saved on this computer';
    case 'synced':
      return 'Synced';
    case 'offline':
      return `Offline — ${status.waiting} ${status.waiting === 1 ? 'change' : 'changes'} waiting`;
    case 'error':
      return `Not saved: ${status.message} — retrying`;
  }
}
