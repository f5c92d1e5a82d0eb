import { describe, expect, it } from 'vitest';
import { findIimTags } from '../../../../core/photo/iim-datasets';

function dataset(record: number, id: number, value: number[] | string): number[] {
  const bytes = typeof value === 'string' ? [...new TextEncoder().encode(value)] : value;
  return [0x1c, record, id, bytes.length >> 8, bytes.length & 0xff, ...bytes];
}

describe('findIimTags', () => {
  it('reads record 2 datasets after record 1, keeping bytes one per character', () => {
    const block = Uint8Array.from([
      0x49,
      0x49,
      0x2a,
      0x00,
      0x1c,
      0x00,
      ...dataset(1, 0, [0, 4]),
      ...dataset(1, 90, [0x1b, 0x25, 0x47]),
      ...dataset(2, 0, [0, 4]),
      ...dataset(2, 80, 'Ann'),
      ...dataset(2, 80, 'Bo'),
      ...dataset(2, 110, 'Zü'),
      ...dataset(2, 25, 'keyword'),
      0x00,
      0x1c,
    ]);
    expect(findIimTags(block)).toEqual({ Byline: ['Ann', 'Bo'], Credit: 'Z\u00c3\u00bc' });
  });

  it('reads an extended-length caption', () => {
    const caption = 'x'.repeat(40);
    const block = Uint8Array.from([
      ...dataset(2, 0, [0, 4]),
      0x1c,
      2,
      120,
      0x80,
      0x02,
      0x00,
      caption.length,
      ...new TextEncoder().encode(caption),
    ]);
    expect(findIimTags(block)).toEqual({ Caption: caption });
  });

  it('returns null without an IIM block and stops at a dataset running past the end', () => {
    expect(findIimTags(Uint8Array.from([0x1c, 0x02, 0x78, 0, 5, 0x41]))).toBeNull();
    expect(
      findIimTags(Uint8Array.from([...dataset(2, 0, [0, 4]), 0x1c, 2, 120, 0, 50, 0x41])),
    ).toBeNull();
  });
});
