import type { LibraryEntry } from '../ipc/contract';
import { parseCommandArgs, type Command } from './command';
import { indexProgressLines } from './index-progress';
import { requireWorkspace, withWorkspace, workspaceOptions } from './workspace-command';

/** `newsroom list`: the articles of a workspace, as a table or as JSON. */
export const listCommand: Command = {
  name: 'list',
  usage: 'newsroom list --workspace DIR [--json]',
  summary: 'List the articles (id, headline, status, updated, words; error for unreadable files).',
  async run(argv, out, err) {
    const { values } = parseCommandArgs(argv, workspaceOptions);
    const dir = requireWorkspace(values.workspace);
    // A reader must not create a workspace that is not there.
    const onIndexProgress = indexProgressLines(err);
    await withWorkspace(dir, { create: false, onIndexProgress }, async (ws) => {
      const entries = await ws.articles.list();
      const lines = values.json ? jsonLines(entries) : tableLines(entries, ws.root);
      // Line by line, each waiting for the reader: the output is never held whole.
      for (const line of lines) await out(line);
    });
  },
};

/** A JSON array streamed one entry per line (still one valid JSON document). */
export function* jsonLines(entries: readonly LibraryEntry[]): Generator<string> {
  if (entries.length === 0) {
    yield '[]';
    return;
  }
  yield '[';
  for (const [i, entry] of entries.entries())
    yield JSON.stringify(entry) + (i < entries.length - 1 ? ',' : '');
  yield ']';
}

/** A plain-text table, newest first; unreadable articles show their error instead of a headline. */
export function formatTable(entries: LibraryEntry[], root: string): string {
  return [...tableLines(entries, root)].join('\n');
}

/** formatTable's lines, one row at a time. */
export function* tableLines(entries: readonly LibraryEntry[], root: string): Generator<string> {
  if (entries.length === 0) {
    yield `No articles in ${root}`;
    return;
  }
  const row = (e: LibraryEntry) => [
    e.id,
    e.error ? 'ERROR' : e.status,
    e.error ? '' : String(e.words),
    e.updated.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''),
    e.error ?? oneLine(e.headline),
  ];
  const header = ['ID', 'STATUS', 'WORDS', 'UPDATED', 'HEADLINE'];
  // Widths from a first pass; rows are built again as they are written rather than kept.
  const widths = header.map((h) => h.length);
  for (const entry of entries)
    for (const [i, cell] of row(entry).entries()) widths[i] = Math.max(widths[i]!, cell.length);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  yield line(header);
  for (const entry of entries) yield line(row(entry));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim() || '(no headline)';
}
