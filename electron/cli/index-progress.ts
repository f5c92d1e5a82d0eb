import type { IndexProgress } from '../store/workspace';

/** Reports a long library index rebuild on stderr: a line every tenth of the way, and the end. */
export function indexProgressLines(err: (line: string) => void): (p: IndexProgress) => void {
  let shown = -1;
  return ({ done, total }) => {
    const tenth = total ? Math.floor((done / total) * 10) : 10;
    if (tenth === shown) return;
    shown = tenth;
    const percent = total ? Math.round((done / total) * 100) : 100;
    const bar = '#'.repeat(tenth).padEnd(10, '.');
    err(`indexing articles [${bar}] ${done}/${total} (${percent}%)`);
  };
}
