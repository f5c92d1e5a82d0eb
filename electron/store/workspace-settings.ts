import { z } from 'zod';
import { FALLBACK_LANGUAGE, languageTag } from '../../core/language/language-tag';
import { atomicWrite } from './atomic-write';
import type { StoreContext } from './store-context';
import { StoreError, describeError, errorCode } from './store-error';
import { nodeStoreFs, type StoreFs } from './store-fs';

// Keys this version does not know are kept as they are, so older apps never drop newer settings.
const settingsSchema = z.looseObject({
  /** The language new articles get (BCP 47). */
  language: languageTag.optional(),
});

/** The workspace's settings as this version reads them, defaults filled in. */
export interface WorkspaceSettingsValues {
  language: string;
}

const LABEL = '.newsroom/settings.json';

/** Settings shared by everyone who opens the workspace (`.newsroom/settings.json`, optional). */
export class WorkspaceSettings {
  constructor(private readonly ctx: StoreContext) {}

  /** The settings, with defaults for what the file leaves out; StoreError naming the file when it is broken. */
  async read(): Promise<WorkspaceSettingsValues> {
    this.ctx.access.assertOpen();
    return withDefaults(await readSettingsFile(this.ctx.paths.settings, this.ctx.fs));
  }

  /** Changes some settings, keeping the rest of the file as it was. */
  async update(patch: Partial<WorkspaceSettingsValues>): Promise<WorkspaceSettingsValues> {
    this.ctx.access.assertWritable('change the workspace settings');
    const stored = await readSettingsFile(this.ctx.paths.settings, this.ctx.fs);
    const next = parseSettings({ ...stored, ...patch });
    await atomicWrite(this.ctx.paths.settings, JSON.stringify(next, null, 2) + '\n', {
      fs: this.ctx.fs,
      label: LABEL,
    });
    return withDefaults(next);
  }
}

/** Reads a workspace's settings file without opening the workspace (the CLI, before it writes anything). */
export async function loadWorkspaceSettings(
  file: string,
  fs: StoreFs = nodeStoreFs,
): Promise<WorkspaceSettingsValues> {
  return withDefaults(await readSettingsFile(file, fs));
}

type StoredSettings = z.infer<typeof settingsSchema>;

function withDefaults(stored: StoredSettings): WorkspaceSettingsValues {
  return { language: stored.language ?? FALLBACK_LANGUAGE };
}

async function readSettingsFile(file: string, fs: StoreFs): Promise<StoredSettings> {
  let text: string;
  try {
    text = (await fs.readFile(file)).toString('utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return {};
    throw new StoreError(`${LABEL} could not be read: ${describeError(error)}`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new StoreError(`${LABEL} is not valid JSON: ${describeError(error)}`, { cause: error });
  }
  return parseSettings(data);
}

function parseSettings(data: unknown): StoredSettings {
  const result = settingsSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  throw new StoreError(`${LABEL} is not valid: ${where}${issue.message}`);
}
