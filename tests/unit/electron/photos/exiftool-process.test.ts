import { afterAll, describe, expect, it } from 'vitest';
import { endExifTool, exifTool } from '../../../../electron/photos/exiftool-process';

afterAll(endExifTool);

describe('exifTool', () => {
  it('is one process until ended, and a later use starts a fresh one', async () => {
    const first = exifTool();
    expect(exifTool()).toBe(first);
    expect(await first.version()).toMatch(/^\d+\.\d+/);
    await endExifTool();
    expect(first.ended).toBe(true);
    const second = exifTool();
    expect(second).not.toBe(first);
    expect(await second.version()).toMatch(/^\d+\.\d+/);
  });

  it('ends without complaint when nothing started it', async () => {
    await endExifTool();
    await expect(endExifTool()).resolves.toBeUndefined();
  });
});
