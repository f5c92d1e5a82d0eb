import { syncWorkspace, type SyncedArticle } from '../desk/desk-sync';
import { InputError, UsageError, parseCommandArgs, type Command } from './command';
import { requireWorkspace, withWorkspace, workspaceOptions } from './workspace-command';

/** `newsroom sync`: brings a workspace and a desk to the same state, then exits. */
export const syncCommand: Command = {
  name: 'sync',
  usage: 'newsroom sync --workspace DIR --desk URL --token TOKEN [--timeout SECONDS] [--json]',
  summary:
    "Send the workspace's offline and outside-the-desk changes to the desk, take the desk's; exit 0 once both hold the same.",
  async run(argv, out, err) {
    const { values } = parseCommandArgs(argv, {
      ...workspaceOptions,
      desk: { type: 'string' },
      token: { type: 'string' },
      timeout: { type: 'string' },
    });
    const dir = requireWorkspace(values.workspace);
    if (!values.desk) throw new UsageError('--desk URL is required');
    if (!/^(wss?|https?):\/\/[^\s/]+/.test(values.desk))
      throw new UsageError(
        `--desk must be a ws://, wss://, http:// or https:// URL, not "${values.desk}"`,
      );
    const token = values.token ?? process.env.NEWSROOM_DESK_TOKEN;
    if (!token) throw new UsageError('--token TOKEN (or NEWSROOM_DESK_TOKEN) is required');
    const seconds = Number(values.timeout ?? 60);
    if (!(seconds > 0))
      throw new UsageError(`--timeout must be a number of seconds, not "${values.timeout}"`);
    const synced = await withWorkspace(dir, { create: true, lock: true }, (ws) =>
      syncWorkspace(ws, { url: values.desk!, token, limitMs: seconds * 1000, warn: err }),
    ).catch((error: Error) => {
      throw new InputError(error.message);
    });
    if (values.json) out(JSON.stringify(synced, null, 2));
    else for (const line of describe(synced)) out(line);
    const sent = synced.filter((a) => a.sent).length;
    const received = synced.filter((a) => a.received).length;
    err(
      `newsroom sync: ${synced.length} articles in step with ${values.desk} (${sent} sent, ${received} received)`,
    );
    const refused = synced.filter((a) => a.refused);
    for (const { id, headline, refused: r } of refused)
      err(
        `refused: article ${id} “${oneLine(headline)}”: the desk refused this workspace's changes (${r!.reason}); they are kept in ${r!.kept}, and the article is now the desk's copy`,
      );
    if (refused.length > 0)
      throw new InputError(
        `the desk refused changes to ${refused.length} ${refused.length === 1 ? 'article' : 'articles'}; nothing was lost (see above)`,
      );
  },
};

function describe(synced: SyncedArticle[]): string[] {
  return synced
    .filter((a) => a.sent || a.received)
    .map((a) => {
      const what = a.seeded
        ? 'seeded'
        : [a.sent && 'sent', a.received && 'received'].filter(Boolean).join('+');
      return `${what}\t${a.id}\t${oneLine(a.headline)}`;
    });
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
