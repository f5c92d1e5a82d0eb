import { lazy } from 'react';

// The list is drawn at the first idle moment after the editor: its code (and the windowing
// library's) loads then, in its own chunk, instead of being compiled before the editor can show.
export const LibraryList = lazy(() =>
  import('./LibraryList').then((m) => ({ default: m.LibraryList })),
);
