import { Suspense, useState } from 'react';
import type { DeskState } from '../../../electron/ipc/contract';
import type { Startup } from '../api/startup';
import { useNewsroomEvent } from '../hooks/use-newsroom-event';
import { App } from './App';
import { DeskApp } from './DeskApp';
import { SettingsDialog } from './lazy-dialogs';

/** The window: the solo app over the workspace, or the desk's when this computer works on a desk. */
export function Root({ startup, desk: initialDesk }: { startup: Startup; desk: DeskState | null }) {
  const [desk, setDesk] = useState<DeskState | null>(initialDesk);
  const [settings, setSettings] = useState(false);
  useNewsroomEvent('desk:state', (state) => setDesk(state.url === null ? null : state));
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
          <SettingsDialog
            desk={desk}
            onDesk={(state) => setDesk(state.url === null ? null : state)}
            onClose={() => setSettings(false)}
          />
        )}
      </Suspense>
    </>
  );
}
