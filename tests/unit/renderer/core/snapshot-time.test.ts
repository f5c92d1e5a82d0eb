import { describe, expect, it } from 'vitest';
import { formatSnapshotTime } from '../../../../renderer/src/core/snapshot-time';

const now = new Date(2026, 10, 27, 20, 15, 0);
const at = (...parts: [number, number, number, number, number, number]) =>
  new Date(...parts).toISOString();

describe('formatSnapshotTime', () => {
  it('shows the time to the second today', () => {
    expect(formatSnapshotTime(at(2026, 10, 27, 19, 58, 52), now, 'en-GB')).toBe('19:58:52');
    expect(formatSnapshotTime(at(2026, 10, 27, 19, 58, 53), now, 'en-GB')).toBe('19:58:53');
  });

  it('adds the day on other days, and the year in other years', () => {
    // ICU versions differ on the comma after the weekday.
    expect(formatSnapshotTime(at(2026, 10, 26, 14, 5, 10), now, 'en-GB')).toMatch(
      /^Thu,? 26 Nov, 14:05:10$/,
    );
    expect(formatSnapshotTime(at(2025, 2, 3, 9, 0, 0), now, 'en-GB')).toMatch(
      /^Mon,? 3 Mar 2025, 0?9:00:00$/,
    );
  });

  it('answers an empty string for a date it cannot read', () => {
    expect(formatSnapshotTime('not a date', now)).toBe('');
  });
});
