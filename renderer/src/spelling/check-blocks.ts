import type { SpellChecker } from '../../../core/spelling/spell-checker';
import type { CheckBlock, CheckedBlock } from './worker-protocol';

/** The worker's answer to a check: each block's misspelled ranges, minus the word being typed. */
export function checkBlocks(checker: SpellChecker, blocks: CheckBlock[]): CheckedBlock[] {
  const found = checker.misspelledRangesOf(blocks.map((block) => block.text));
  return blocks.map(({ key, skip }, i) => {
    const ranges = found[i]!;
    if (skip !== undefined) {
      for (let i = 0; i < ranges.length; i += 2) {
        // Inside the word (typing into it) or at its end; at its start, the caret is not typing it.
        if (ranges[i]! < skip && skip <= ranges[i + 1]!) {
          ranges.splice(i, 2);
          break;
        }
      }
    }
    return { key, ranges };
  });
}
