import { UsageError, parseCommandArgs, type Command } from './command';
import { requireWorkspace, withWorkspace, workspaceOptions } from './workspace-command';

/** `newsroom new`: creates a draft and prints its id. */
export const newCommand: Command = {
  name: 'new',
  usage: 'newsroom new --headline TEXT --workspace DIR [--json]',
  summary: 'Create a draft article with this headline and print its id.',
  async run(argv, out) {
    const { values } = parseCommandArgs(argv, {
      headline: { type: 'string' },
      ...workspaceOptions,
    });
    const dir = requireWorkspace(values.workspace);
    const headline = values.headline;
    if (typeof headline !== 'string') throw new UsageError('--headline TEXT is required');
    // A new article gets a new folder, which cannot clash with the files the app has open.
    await withWorkspace(dir, {}, async (ws) => {
      const { article } = await ws.articles.create({ headline });
      if (values.json) {
        const folder = await ws.articles.folder(article.id);
        out(JSON.stringify({ id: article.id, headline: article.headline, folder }, null, 2));
      } else out(article.id);
    });
  },
};
