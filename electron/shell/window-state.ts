import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../store/atomic-write';

/** A rectangle in screen coordinates (DIP). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const rectSchema = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
});

const windowStateSchema = z.strictObject({
  bounds: rectSchema,
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});

/** What is remembered about the main window between runs. */
export type WindowState = z.infer<typeof windowStateSchema>;

/** Size of the window on first run (shrunk to fit small screens). */
export const defaultWindowSize = { width: 1280, height: 860 } as const;

/** How much of the window must stay on a screen to be reachable with the mouse. */
const minVisible = { width: 120, height: 60 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centered(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window: the saved bounds when enough of the window (including its title
 * bar) is on one of today's displays, shrunk to that display; otherwise centred on the primary
 * display. Displays are given by their work areas.
 */
export function restoreBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
): { bounds: Rect; maximized: boolean; fullScreen: boolean } {
  if (!saved)
    return { bounds: centered(defaultWindowSize, primary), maximized: false, fullScreen: false };
  const { bounds } = saved;
  const titleBar: Rect = {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: Math.min(bounds.height, 40),
  };
  const home = workAreas.find((area) => {
    const seen = overlap(bounds, area);
    const bar = overlap(titleBar, area);
    return seen.width >= minVisible.width && seen.height >= minVisible.height && bar.height > 0;
  });
  if (!home) {
    return {
      bounds: centered({ width: bounds.width, height: bounds.height }, primary),
      maximized: saved.maximized,
      fullScreen: saved.fullScreen,
    };
  }
  const width = Math.min(bounds.width, home.width);
  const height = Math.min(bounds.height, home.height);
  const x = Math.min(Math.max(bounds.x, home.x), home.x + home.width - width);
  const y = Math.min(Math.max(bounds.y, home.y), home.y + home.height - height);
  return {
    bounds: { x, y, width, height },
    maximized: saved.maximized,
    fullScreen: saved.fullScreen,
  };
}

/** Reads the saved window state; null when missing or unreadable (the window then opens centred). */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves the window state atomically (bounds rounded to whole pixels). */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  const { x, y, width, height } = state.bounds;
  const bounds = {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(width),
    height: Math.round(height),
  };
  const valid = windowStateSchema.parse({ ...state, bounds });
  await mkdir(dirname(file), { recursive: true });
  await atomicWrite(file, JSON.stringify(valid, null, 2) + '\n', { label: file });
}
