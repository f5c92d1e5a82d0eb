import type { KeyedMutex } from './keyed-mutex';
import type { MetaPaths } from './layout';
import type { StoreFs } from './store-fs';
import type { WorkspaceAccess } from './workspace-access';

/** What every part of an open workspace shares. */
export interface StoreContext {
  /** The workspace folder, a real path. */
  readonly root: string;
  readonly paths: MetaPaths;
  readonly fs: StoreFs;
  readonly now: () => Date;
  readonly access: WorkspaceAccess;
  /** One queue per article id: writes to one article never interleave. */
  readonly mutex: KeyedMutex;
}
