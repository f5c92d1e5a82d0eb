import { describe, expect, it } from 'vitest';
import { diffText, type DiffPart } from '../../../../core/history/text-diff';

const rebuild = (parts: DiffPart[], side: 'before' | 'after'): string =>
  parts
    .filter((p) => p.change === 'same' || p.change === (side === 'before' ? 'removed' : 'added'))
    .map((p) => p.text)
    .join('');

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

describe('diffText', () => {
  it('marks replaced and inserted words, keeping the rest as it was', () => {
    const diff = diffText(
      'The council met on Monday.\nIt voted 12 to 11.',
      'The council met on Tuesday.\nIt voted 13 to 11, after a long debate.',
    );
    expect(diff.parts).toEqual([
      { change: 'same', text: 'The council met on ' },
      { change: 'removed', text: 'Monday' },
      { change: 'added', text: 'Tuesday' },
      { change: 'same', text: '.\nIt voted ' },
      { change: 'removed', text: '12' },
      { change: 'added', text: '13' },
      { change: 'same', text: ' to 11' },
      { change: 'added', text: ', after a long debate' },
      { change: 'same', text: '.' },
    ]);
    expect(diff).toMatchObject({ changed: true, wordsAdded: 6, wordsRemoved: 2, whole: false });
  });

  it('reports identical texts as unchanged, and empty ones as no parts', () => {
    expect(diffText('Same words.', 'Same words.')).toEqual({
      parts: [{ change: 'same', text: 'Same words.' }],
      changed: false,
      wordsAdded: 0,
      wordsRemoved: 0,
      whole: false,
    });
    expect(diffText('', '').parts).toEqual([]);
  });

  it('shows text written into an empty field, or deleted from it, as one run', () => {
    expect(diffText('', 'A new standfirst').parts).toEqual([
      { change: 'added', text: 'A new standfirst' },
    ]);
    expect(diffText('Gone now', '').parts).toEqual([{ change: 'removed', text: 'Gone now' }]);
  });

  it('keeps non-ASCII words whole', () => {
    const diff = diffText('Großer Zoff in Köln', 'Kleiner Zoff in Köln');
    expect(diff.parts.filter((p) => p.change !== 'same')).toEqual([
      { change: 'removed', text: 'Großer' },
      { change: 'added', text: 'Kleiner' },
    ]);
  });

  it('falls back to the whole text replaced when the edit is too large to compare word by word', () => {
    const before = Array.from({ length: 300 }, (_, i) => `old${i}`).join(' ');
    const after = Array.from({ length: 300 }, (_, i) => `new${i}`).join(' ');
    const diff = diffText(before, after, { maxEdits: 50 });
    expect(diff).toEqual({
      parts: [
        { change: 'removed', text: before },
        { change: 'added', text: after },
      ],
      changed: true,
      wordsAdded: 300,
      wordsRemoved: 300,
      whole: true,
    });
  });

  // jsdiff keeps whitespace "as far as possible": the later text exactly, the earlier one word for word.
  it('always rebuilds both texts from its parts', () => {
    const pairs: [string, string][] = [
      ['one two three', 'one three four'],
      ['A.\nB.\nC.', 'A.\nC.\nB.'],
      ['', 'x'],
      ['Ferry strike ends', 'Ferry strike ends after three days'],
    ];
    for (const [before, after] of pairs) {
      const { parts } = diffText(before, after);
      expect(rebuild(parts, 'after')).toBe(after);
      expect(words(rebuild(parts, 'before'))).toEqual(words(before));
    }
  });
});
