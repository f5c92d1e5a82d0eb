import type { OpenedArticle, WorkspaceInfo } from '../../../electron/ipc/contract';
import { call, errorMessage } from './newsroom';

/** What the window shows first, fetched before React renders so that its first render has the article. */
export interface Startup {
  /** The workspace, or null when it could not be read (then `problem` says why). */
  info: WorkspaceInfo | null;
  /** The article that was open last, if any. */
  opened: OpenedArticle | null;
  problem: string | null;
}

/** The workspace's last open article, or null (a new workspace, or that article is gone). */
export async function openLastArticle(): Promise<OpenedArticle | null> {
  const last = await call('article:last');
  return last ? call('article:open', { id: last }) : null;
}

/** Reads the workspace and its last article; never throws (a failure becomes `problem`). */
export async function loadStartup(): Promise<Startup> {
  let info: WorkspaceInfo;
  try {
    info = await call('workspace:info');
  } catch (err) {
    return {
      info: null,
      opened: null,
      problem: `Could not open the workspace: ${errorMessage(err)}`,
    };
  }
  try {
    return { info, opened: await openLastArticle(), problem: null };
  } catch (err) {
    return { info, opened: null, problem: `Could not load the workspace: ${errorMessage(err)}` };
  }
}
