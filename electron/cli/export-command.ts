import path from 'node:path';
import type { ExportFormat } from '../ipc/contract';
import { runExport } from '../export/run-export';
import { InputError, UsageError, parseCommandArgs, type Command } from './command';
import { indexProgressLines } from './index-progress';
import { requireWorkspace, withWorkspace } from './workspace-command';

const formats = ['html', 'ninjs', 'json', 'newsml', 'nitf'] as const;
const forms = { folder: 'html', single: 'html-single', fragment: 'html-fragment' } as const;

function exportFormat(format: unknown, form: unknown): ExportFormat {
  if (typeof format !== 'string' || !(formats as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${formats.join(', ')}`);
  if (form === undefined) return format as ExportFormat;
  if (format !== 'html') throw new UsageError('--form applies to --format html only');
  if (typeof form !== 'string' || !(form in forms))
    throw new UsageError(`--form must be one of ${Object.keys(forms).join(', ')}`);
  return forms[form as keyof typeof forms];
}

/** `newsroom export`: pre-export checks, then HTML, ninjs, native JSON, NewsML-G2 or NITF for one, several or all articles. */
export const exportCommand: Command = {
  name: 'export',
  usage:
    'newsroom export (ID... | --all) --format html|ninjs|json|newsml|nitf [--form folder|single|fragment] --out PATH --workspace DIR [--force]',
  summary:
    'Export articles after the pre-export checks (warnings on stderr; blockers exit 1 unless --force). Several ids or --all write one subfolder per article into the --out folder.',
  async run(argv, out, err) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        format: { type: 'string' },
        form: { type: 'string' },
        out: { type: 'string' },
        workspace: { type: 'string' },
        all: { type: 'boolean' },
        force: { type: 'boolean' },
      },
      true,
    );
    const dir = requireWorkspace(values.workspace);
    const format = exportFormat(values.format, values.form);
    if (typeof values.out !== 'string' || values.out === '')
      throw new UsageError('--out PATH is required');
    if (values.all && positionals.length)
      throw new UsageError('give article ids or --all, not both');
    if (!values.all && positionals.length === 0)
      throw new UsageError('give an article id or --all');
    const target = path.resolve(values.out);

    // Exporting only reads articles: a workspace that is not there is not created.
    const onIndexProgress = indexProgressLines(err);
    await withWorkspace(dir, { create: false, onIndexProgress }, async (ws) => {
      let ids = positionals;
      if (values.all) {
        const entries = await ws.articles.list();
        for (const entry of entries.filter((e) => e.error)) err(`skipped: ${entry.error}`);
        ids = entries.filter((e) => !e.error).map((e) => e.id);
        if (ids.length === 0)
          throw new InputError(`the workspace "${dir}" has no articles to export`);
      }
      const batch = values.all === true || ids.length > 1;
      const result = await runExport(ws, ids, format, target, {
        force: values.force === true,
        batch,
        onFindings: (id, headline, findings) => {
          for (const finding of findings)
            err(`${finding.severity}: ${id} “${headline || 'untitled'}”: ${finding.message}`);
        },
        onProgress: batch ? (done, total) => err(`exported ${done}/${total}`) : undefined,
        // Each file as it is written, so --all never holds the list of 100,000 files.
        onWritten: (file) => out(file),
      });
      if (!result.ok) {
        const count = result.blocked.length;
        throw new InputError(
          `export stopped: ${count} article${count === 1 ? ' has' : 's have'} blockers (see above); fix them or use --force`,
        );
      }
    });
  },
};
