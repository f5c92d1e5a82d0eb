import { describe, expect, it } from 'vitest';
import { needsPreview, PREVIEW_MAX_SIDE } from '../../../../core/photo/preview';

describe('needsPreview', () => {
  it.each([
    ['scan.TIF', 10, 10, true],
    ['scan.tiff', null, null, true],
    ['small.png', 10, 10, false],
    ['small.jpe', 10, 10, false],
    ['wide.webp', PREVIEW_MAX_SIDE + 1, 10, true],
    ['tall.gif', 10, PREVIEW_MAX_SIDE + 1, true],
    ['exact.jpg', PREVIEW_MAX_SIDE, PREVIEW_MAX_SIDE, false],
  ] as const)('%s at %s×%s: %s', (file, width, height, expected) =>
    expect(needsPreview(file, width, height)).toBe(expected),
  );
});
