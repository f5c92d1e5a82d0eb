import { describe, expect, it } from 'vitest';
import { findIrbResource } from '../../../../core/photo/photoshop-irb';

const resource = (id: number, name: string, data: number[]) => {
  const pascal = [name.length, ...[...name].map((c) => c.charCodeAt(0))];
  if (pascal.length % 2) pascal.push(0);
  const n = data.length;
  return [0x38, 0x42, 0x49, 0x4d, id >> 8, id & 0xff, ...pascal, 0, 0, n >> 8, n & 0xff, ...data];
};

describe('findIrbResource', () => {
  it('finds a resource by id past others, with or without a name', () => {
    const bytes = Uint8Array.from([
      ...[...'Photoshop 3.0\0'].map((c) => c.charCodeAt(0)),
      ...resource(0x03ed, '', [1, 2, 3, 4]),
      ...resource(0x0404, 'IPTC', [0x1c, 2, 0, 0, 2, 0, 4]),
      ...resource(
        0x0425,
        '',
        Array.from({ length: 16 }, (_, i) => i),
      ),
    ]);
    expect([...findIrbResource(bytes, 0x0404)!]).toEqual([0x1c, 2, 0, 0, 2, 0, 4]);
    expect(findIrbResource(bytes, 0x0425)).toHaveLength(16);
    expect(findIrbResource(bytes, 0x0422)).toBeNull();
  });

  it('returns null for a resource cut short', () => {
    const bytes = Uint8Array.from(resource(0x0404, '', [1, 2, 3, 4, 5, 6]).slice(0, -2));
    expect(findIrbResource(bytes, 0x0404)).toBeNull();
  });
});
