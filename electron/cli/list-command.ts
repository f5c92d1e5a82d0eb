import type { LibraryEntry } from '../ipc/contract';
import { parseCommandArgs, type Command } from './command';
import { requireWorkspace, withWorkspace, workspaceOptions } from './workspace-command';

/** `newsroom list`: the articles of a workspace, as a table or as JSON. */
export const listCommand: Command = {
  name: 'list',
  usage: 'newsroom list --workspace DIR [--json]',
  summary: 'List the articles (id, headline, status, updated, words; error for unreadable files).',
  async run(argv, out) {
    const { values } = parseCommandArgs(argv, workspaceOptions);
    const dir = requireWorkspace(values.workspace);
    // A reader must not create a workspace that is not there.
    await withWorkspace(dir, { create: false }, async (ws) => {
      const entries = await ws.articles.list();
      if (values.json) out(JSON.stringify(entries, null, 2));
      else out(formatTable(entries, ws.root));
    });
  },
};

/** A plain-text table, newest first; unreadable articles show their error instead of a headline. */
export function formatTable(entries: LibraryEntry[], root: string): string {
  if (entries.length === 0) return `No articles in ${root}`;
  const rows = entries.map((e) => [
    e.id,
    e.error ? 'ERROR' : e.status,
    e.error ? '' : String(e.words),
    e.updated.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''),
    e.error ?? oneLine(e.headline),
  ]);
  const header = ['ID', 'STATUS', 'WORDS', 'UPDATED', 'HEADLINE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim() || '(no headline)';
}
