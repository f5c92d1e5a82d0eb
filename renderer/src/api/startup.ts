import type { OpenedArticle, RecoveryEntry, WorkspaceInfo } from '../../../electron/ipc/contract';
import { readListing, type Listing } from './listing';
import { call, errorMessage } from './newsroom';

/** What the window shows first, fetched before React renders so that its first render has it all. */
export interface Startup {
  /** The workspace, or null when it could not be read (then `problem` says why). */
  info: WorkspaceInfo | null;
  /** The article that was open last, if any. */
  opened: OpenedArticle | null;
  /** The library's listing (null without a workspace). */
  listing: Listing | null;
  /** Unsaved text from the recovery journal. */
  recoveries: RecoveryEntry[];
  problem: string | null;
}

/** The workspace's last open article, or null (a new workspace, or that article is gone). */
export async function openLastArticle(): Promise<OpenedArticle | null> {
  const last = await call('article:last');
  return last ? call('article:open', { id: last }) : null;
}

/**
 * Reads the workspace, then its last article, listing and recovery journal together; never throws
 * (a failure becomes `problem`, and whatever could be read is still shown).
 */
export async function loadStartup(): Promise<Startup> {
  let info: WorkspaceInfo;
  try {
    info = await call('workspace:info');
  } catch (err) {
    return {
      info: null,
      opened: null,
      listing: null,
      recoveries: [],
      problem: `Could not open the workspace: ${errorMessage(err)}`,
    };
  }
  const [opened, listing, recoveries] = await Promise.all([
    settle(openLastArticle()),
    readListing(),
    settle(info.readOnly ? Promise.resolve([]) : call('recovery:list')),
  ]);
  const failure = opened.error ?? recoveries.error;
  return {
    info,
    opened: opened.value ?? null,
    listing,
    recoveries: recoveries.value ?? [],
    problem:
      failure === undefined ? null : `Could not load the workspace: ${errorMessage(failure)}`,
  };
}

async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}
