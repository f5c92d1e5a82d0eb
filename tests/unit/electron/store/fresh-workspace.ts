import { afterEach, beforeEach } from 'vitest';
import { Workspace } from '../../../../electron/store/workspace';
import { tempDir } from './temp-workspace';

export interface FreshWorkspace {
  /** The temporary workspace folder. */
  dir: string;
  /** The workspace open on it; a test may close it and assign a reopened one. */
  ws: Workspace;
}

/** Opens a workspace on a fresh temporary folder before each test; closes and removes it after. */
export function freshWorkspace(): FreshWorkspace {
  const t = {} as FreshWorkspace & { cleanup: () => Promise<void> };
  beforeEach(async () => {
    const { dir, cleanup } = await tempDir();
    Object.assign(t, { dir, cleanup, ws: await Workspace.open(dir) });
  });
  afterEach(async () => {
    await t.ws.close();
    await t.cleanup();
  });
  return t;
}
