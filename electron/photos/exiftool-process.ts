import { ExifTool, type ExifToolOptions } from 'exiftool-vendored';

/** Options of Newsroom's ExifTool: one perl process, and a minute per task for large TIFF scans. */
export const exifToolOptions: Partial<ExifToolOptions> = { maxProcs: 1, taskTimeoutMillis: 60_000 };

let running: ExifTool | null = null;

/** The one ExifTool process of the app or the CLI, started on first use and kept warm. */
export function exifTool(): ExifTool {
  return (running ??= new ExifTool(exifToolOptions));
}

/** Ends the process if it was started (the app on quit, the CLI before it exits); a later use starts a new one. */
export async function endExifTool(): Promise<void> {
  const ending = running;
  running = null;
  await ending?.end();
}
