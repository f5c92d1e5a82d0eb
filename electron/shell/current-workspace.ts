import { join } from 'node:path';
import { DeskClient } from '../desk/desk-client';
import type { EventName, Events } from '../ipc/contract';
import { SearchService } from '../search/search-service';
import { Workspace } from '../store/workspace';
import { loadSettings, saveSettings, type AppSettings } from './app-settings';
import { watchLibrary } from './watch-library';
import type { WriteQueue } from './write-queue';
import { chooseWorkspace, workspaceFlag } from './workspace-location';

/** The workspace the app has open, its search index, and the settings that remember it. */
export class CurrentWorkspace {
  private settings: AppSettings = {};
  private workspace: Workspace | null = null;
  private searchService: SearchService | null = null;
  private deskClient: DeskClient | null = null;

  constructor(
    private readonly options: {
      settingsFile: () => string;
      writes: WriteQueue;
      log: (message: string) => void;
      /** Where the desk client's events go (the window). */
      emit?: <E extends EventName>(event: E, payload: Events[E]) => void;
      /** Whether the window may connect to a desk socket itself. */
      windowReach?: (socketUrl: string) => boolean;
    },
  ) {}

  /** The open workspace, or null before the first one opened. */
  get(): Workspace | null {
    return this.workspace;
  }

  /** The open workspace; throws when none is open. */
  require(): Workspace {
    if (!this.workspace) throw new Error('No workspace is open.');
    return this.workspace;
  }

  search(): SearchService | null {
    return this.searchService;
  }

  /** The team desk client of the open workspace. */
  desk(): DeskClient | null {
    return this.deskClient;
  }

  /** Opens `dir` as the workspace (read-only when another instance holds it), remembered unless told not to. */
  async use(dir: string, remember = true): Promise<Workspace> {
    const { log } = this.options;
    const next = await Workspace.open(dir, {
      readOnlyIfLocked: true,
      onIndexProgress: (progress) => this.options.emit?.('library:progress', progress),
    });
    const previous = this.workspace;
    const previousSearch = this.searchService;
    const previousDesk = this.deskClient;
    this.workspace = next;
    this.searchService = SearchService.open(next, { persist: !next.readOnly });
    watchLibrary(next, {
      search: () => (this.workspace === next ? this.searchService : null),
      emit: (changes) => this.options.emit?.('library:changed', changes),
      log,
    });
    this.deskClient = new DeskClient({
      workspace: next,
      log,
      emit: (event, payload) => this.options.emit?.(event, payload as Events[typeof event]),
      windowReach: this.options.windowReach,
    });
    await previousDesk
      ?.close()
      .catch((error: unknown) => log(`closing the desk: ${String(error)}`));
    await previousSearch
      ?.close()
      .catch((error: unknown) => log(`closing search: ${String(error)}`));
    await previous
      ?.close()
      .catch((error: unknown) => log(`closing ${previous.root}: ${String(error)}`));
    if (!remember) return next;
    this.settings = { ...this.settings, workspace: next.root };
    this.options.writes.add(
      () => saveSettings(this.options.settingsFile(), this.settings),
      'could not remember the workspace',
    );
    return next;
  }

  async switchTo(dir: string): Promise<Workspace> {
    const open = this.workspace;
    if (open && (dir === open.root || join(dir) === open.root)) return open;
    return this.use(dir);
  }

  /** First workspace: --workspace DIR, else the remembered one, else `defaultDir`. */
  async openAtStart(argv: string[], cwd: string, defaultDir: string): Promise<void> {
    const loaded = await loadSettings(this.options.settingsFile());
    if (loaded.warning) this.options.log(loaded.warning);
    this.settings = loaded.settings;
    const choice = chooseWorkspace({
      flag: workspaceFlag(argv, cwd),
      remembered: this.settings.workspace,
      defaultDir,
    });
    try {
      // A --workspace flag is for this run only; it does not replace the remembered folder.
      await this.use(choice.dir, choice.source !== 'flag');
    } catch (error) {
      if (choice.source === 'default') throw error;
      this.options.log(`could not open ${choice.dir} (${String(error)}); opening ${defaultDir}`);
      await this.use(defaultDir);
    }
  }

  /** Closes the desk client and the search index, then the workspace (which releases its lock). */
  async close(): Promise<void> {
    await this.deskClient?.close();
    await this.searchService?.close();
    await this.workspace?.close();
  }
}
