import type { OpenedArticle, RecoveryEntry, WorkspaceInfo } from '../../../electron/ipc/contract';
import { readListing, type Listing } from './listing';
import { call, errorMessage } from './newsroom';

/** What a workspace shows when it opens: its last article, its listing and its recovery journal. */
export interface WorkspaceContent {
  /** The article that was open last, if any. */
  opened: OpenedArticle | null;
  listing: Listing;
  /** Unsaved text from the recovery journal. */
  recoveries: RecoveryEntry[];
  /** What could not be read, for the user (whatever could be read is still shown). */
  problem: string | null;
}

/** What the window shows first, fetched before React renders so that its first render has it all. */
export interface Startup extends Omit<WorkspaceContent, 'listing'> {
  /** The workspace, or null when it could not be read (then `problem` says why). */
  info: WorkspaceInfo | null;
  /** The library's listing (null without a workspace, or while the library index is rebuilt). */
  listing: Listing | null;
  /** The listing still on its way when the window opened without it (a rebuild of the index). */
  pendingListing?: Promise<Listing>;
}

/** How long the first screen waits for the library; beyond it the index is being rebuilt (the window shows its progress) and the list fills in when done. */
const LISTING_WAIT_MS = 400;

/** The workspace's last open article, or null (a new workspace, or that article is gone). */
async function openLastArticle(): Promise<OpenedArticle | null> {
  const last = await call('article:last');
  return last ? call('article:open', { id: last }) : null;
}

/** Reads a workspace's last article, listing and recovery journal together; never throws. */
export function loadWorkspaceContent(info: WorkspaceInfo): Promise<WorkspaceContent> {
  return loadWithListing(info, readListing());
}

async function loadWithListing<L>(
  info: WorkspaceInfo,
  listingRead: Promise<L>,
): Promise<Omit<WorkspaceContent, 'listing'> & { listing: L }> {
  const [opened, listing, recoveries] = await Promise.all([
    settle(openLastArticle()),
    listingRead,
    settle(info.readOnly ? Promise.resolve([]) : call('recovery:list')),
  ]);
  const failure = opened.error ?? recoveries.error;
  return {
    opened: opened.value ?? null,
    listing,
    recoveries: recoveries.value ?? [],
    problem:
      failure === undefined ? null : `Could not load the workspace: ${errorMessage(failure)}`,
  };
}

/** Reads the workspace, then what it shows (loadWorkspaceContent); never throws. */
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
  const listing = readListing();
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), LISTING_WAIT_MS));
  const content = await loadWithListing(info, Promise.race([listing, timeout]));
  return content.listing === null
    ? { info, ...content, pendingListing: listing }
    : { info, ...content };
}

async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}
