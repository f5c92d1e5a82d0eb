import { describe, expect, it } from 'vitest';
import { displayDateTime } from '../../../../core/export/display-date';

describe('displayDateTime', () => {
  it('shows the time as written, in its own offset', () => {
    expect(displayDateTime('2026-11-27T18:05:00+01:00')).toBe('27 November 2026, 18:05 UTC+01:00');
    expect(displayDateTime('2026-01-02T03:04:05.678Z')).toBe('2 January 2026, 03:04 UTC');
  });

  it('leaves anything else as it is', () => {
    expect(displayDateTime('tomorrow')).toBe('tomorrow');
  });
});
