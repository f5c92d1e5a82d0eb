import { mkdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../store/atomic-write';

const settingsSchema = z.object({
  /** The workspace folder opened last (absolute path). */
  workspace: z
    .string()
    .min(1)
    .max(4096)
    .refine((p) => isAbsolute(p) && !p.includes('\0'), 'not an absolute path')
    .optional(),
});

/** App settings kept in userData/settings.json. */
export type AppSettings = z.infer<typeof settingsSchema>;

/** Settings as read, with a warning naming the file when it could not be used. */
export interface LoadedSettings {
  settings: AppSettings;
  warning: string | null;
}

/** Reads the settings file; a missing file gives defaults, a broken one defaults plus a warning. */
export async function loadSettings(file: string): Promise<LoadedSettings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { settings: {}, warning: null }
      : { settings: {}, warning: `Could not read ${file}: ${(error as Error).message}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      settings: {},
      warning: `Ignored ${file}: not valid JSON (${(error as Error).message})`,
    };
  }
  const parsed = settingsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      settings: {},
      warning: `Ignored ${file}: ${issue ? `${issue.path.join('.') || 'settings'} ${issue.message}` : 'invalid'}`,
    };
  }
  return { settings: parsed.data, warning: null };
}

/** Writes the settings file atomically (temp file, fsync, rename). */
export async function saveSettings(file: string, settings: AppSettings): Promise<void> {
  const valid = settingsSchema.parse(settings);
  await mkdir(dirname(file), { recursive: true });
  await atomicWrite(file, JSON.stringify(valid, null, 2) + '\n', { label: file });
}
