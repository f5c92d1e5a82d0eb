import { describe, expect, it } from 'vitest';
import { decodePostings, PostingsEncoder } from '../../../../core/search/postings-codec';
import { CorruptSearchIndexError } from '../../../../core/search/postings-source';

const posting = (docNo: number, payload: number) => ((docNo << 8) | payload) >>> 0;

describe('postings codec', () => {
  it('round-trips gaps of every varint length and every payload', () => {
    const docNos = [0, 1, 2, 129, 130, 20_000, 20_001, 3_000_000, (1 << 24) - 1];
    const list = Uint32Array.from(docNos, (d, i) => posting(d, (i * 37) & 0xff));
    const encoder = new PostingsEncoder();
    const written = encoder.add(list, list.length);
    const bytes = encoder.finish();
    expect(bytes.length).toBe(written);
    const out = new Uint32Array(list.length);
    decodePostings(bytes, list.length, out);
    expect(out).toEqual(list);
  });

  it('takes two bytes a posting for a dense list', () => {
    const list = Uint32Array.from({ length: 1000 }, (_, i) => posting(i * 3, 1));
    const encoder = new PostingsEncoder();
    expect(encoder.add(list, list.length)).toBe(2000);
  });

  it('keeps lists apart in one buffer, and refuses bytes that do not hold the count', () => {
    const encoder = new PostingsEncoder();
    const a = Uint32Array.from([posting(5, 1), posting(9, 2)]);
    const b = Uint32Array.from([posting(1, 3)]);
    const first = encoder.add(a, 2);
    encoder.add(b, 1);
    const bytes = encoder.finish();
    const out = new Uint32Array(2);
    decodePostings(bytes.subarray(first), 1, out);
    expect(out[0]).toBe(posting(1, 3));
    expect(() => decodePostings(bytes.subarray(0, first), 1, out)).toThrow(CorruptSearchIndexError);
    expect(() => decodePostings(bytes.subarray(0, first - 1), 2, out)).toThrow(
      CorruptSearchIndexError,
    );
  });
});
