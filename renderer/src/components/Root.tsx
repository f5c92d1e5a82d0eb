import { Suspense, useState } from 'react';
import type { DeskState } from '../../../electron/ipc/contract';
import type { Startup } from '../api/startup';
import { useDeskState } from '../hooks/use-desk-state';
import { App } from './App';
import { DeskApp } from './DeskApp';
import { SettingsDialog } from './lazy-dialogs';

/** The window: the solo app over the workspace, or the desk's when this computer works on a desk. */
export function Root({ startup, desk: initialDesk }: { startup: Startup; desk: DeskState | null }) {
  const [desk, setDesk] = useDeskState(initialDesk);
  const [settings, setSettings] = useState(false);
  const openSettings = () => setSettings(true);
  return (
    <>
      {desk ? (
        <DeskApp state={desk} onSettings={openSettings} />
      ) : (
        <App startup={startup} onSettings={openSettings} />
      )}
      <Suspense fallback={null}>
        {settings && (
          <SettingsDialog desk={desk} onDesk={setDesk} onClose={() => setSettings(false)} />
        )}
      </Suspense>
    </>
  );
}
