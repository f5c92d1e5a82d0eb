import { lazy } from 'react';

// Dialogs load on first use (their own chunks): none is needed to show the editor at start-up,
// and the history dialog brings the diff library with it.
export const HistoryDialog = lazy(() =>
  import('./HistoryDialog').then((m) => ({ default: m.HistoryDialog })),
);
export const EditorLinkDialog = lazy(() =>
  import('./EditorLinkDialog').then((m) => ({ default: m.EditorLinkDialog })),
);
export const FigureDialog = lazy(() =>
  import('./FigureDialog').then((m) => ({ default: m.FigureDialog })),
);
export const ConfirmDialog = lazy(() =>
  import('./ConfirmDialog').then((m) => ({ default: m.ConfirmDialog })),
);
export const SettingsDialog = lazy(() =>
  import('./SettingsDialog').then((m) => ({ default: m.SettingsDialog })),
);
