import { useCallback, useState } from 'react';
import type { CheckFinding, ExportFormat } from '../../../electron/ipc/contract';
import { call, errorMessage } from '../api/newsroom';

export type BatchState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'blocked'; blocked: { id: string; findings: CheckFinding[] }[] }
  | { kind: 'done'; written: string[] }
  | { kind: 'failed'; message: string };

export interface BatchExport {
  state: BatchState;
  /** Asks for a folder (or a file for one article) and exports; blockers stop it unless forced. */
  run(ids: string[], format: ExportFormat, force?: boolean): Promise<void>;
  progress(done: number, total: number): void;
  reset(): void;
}

/** Export of several articles from the library in one go, with progress. */
export function useBatchExport(beforeExport: () => Promise<void>): BatchExport {
  const [state, setState] = useState<BatchState>({ kind: 'idle' });
  const run = useCallback(
    async (ids: string[], format: ExportFormat, force = false) => {
      try {
        await beforeExport();
        setState({ kind: 'running', done: 0, total: ids.length });
        const result = await call('export:run', { ids, format, ...(force ? { force } : {}) });
        if (result === null) setState({ kind: 'idle' });
        else if (result.ok) setState({ kind: 'done', written: result.written });
        else setState({ kind: 'blocked', blocked: result.blocked });
      } catch (err) {
        setState({ kind: 'failed', message: errorMessage(err) });
      }
    },
    [beforeExport],
  );
  const progress = useCallback((done: number, total: number) => {
    setState((s) => (s.kind === 'running' ? { kind: 'running', done, total } : s));
  }, []);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, run, progress, reset };
}
