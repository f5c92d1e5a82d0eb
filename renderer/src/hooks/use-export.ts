import { useCallback, useState } from 'react';
import type { ExportFormat } from '../../../electron/ipc/contract';
import { call, errorMessage } from '../api/newsroom';
import type { ExportState } from '../components/ExportPanel';

export interface ExportControls {
  state: ExportState;
  /** Saves, runs the pre-export checks, asks where to write (save dialog) and exports. */
  start(format: ExportFormat, force?: boolean): Promise<void>;
  progress(done: number, total: number): void;
  dismiss(): void;
}

/** Export of one article: checks first, stops on blockers unless forced, reports progress and result. */
export function useExport(articleId: string, beforeExport: () => Promise<void>): ExportControls {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const start = useCallback(
    async (format: ExportFormat, force = false) => {
      try {
        setState({ kind: 'checking', format });
        await beforeExport();
        const findings = await call('export:check', { id: articleId });
        if (!force && findings.some((f) => f.severity === 'blocker')) {
          setState({ kind: 'blocked', format, findings });
          return;
        }
        setState({ kind: 'running', format, done: 0, total: 1, findings });
        const result = await call('export:run', {
          ids: [articleId],
          format,
          ...(force ? { force: true } : {}),
        });
        if (result === null) setState({ kind: 'idle' });
        else if (result.ok) setState({ kind: 'done', format, written: result.written, findings });
        else
          setState({
            kind: 'blocked',
            format,
            findings: result.blocked.flatMap((b) => b.findings),
          });
      } catch (err) {
        setState({ kind: 'failed', format, message: errorMessage(err) });
      }
    },
    [articleId, beforeExport],
  );

  const progress = useCallback((done: number, total: number) => {
    setState((s) => (s.kind === 'running' ? { ...s, done, total } : s));
  }, []);

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);

  return { state, start, progress, dismiss };
}
