import { Workspace } from '../store/workspace';
import { UsageError, parseCommandArgs, requireWorkspace, type Command } from './command';

/** `newsroom new`: creates a draft and prints its id. */
export const newCommand: Command = {
  name: 'new',
  usage: 'newsroom new --headline TEXT --workspace DIR [--json]',
  summary: 'Create a draft article with this headline and print its id.',
  async run(argv, out) {
    const { values } = parseCommandArgs(argv, {
      headline: { type: 'string' },
      workspace: { type: 'string' },
      json: { type: 'boolean' },
    });
    const dir = requireWorkspace(values.workspace);
    if (typeof values.headline !== 'string') throw new UsageError('--headline TEXT is required');
    // No lock: the app may have the workspace open; a new folder cannot clash with its files.
    const ws = await Workspace.open(dir, { lock: false });
    try {
      const { article } = await ws.articles.create({ headline: values.headline });
      if (values.json)
        out(
          JSON.stringify(
            {
              id: article.id,
              headline: article.headline,
              folder: await ws.articles.folder(article.id),
            },
            null,
            2,
          ),
        );
      else out(article.id);
    } finally {
      await ws.close();
    }
  },
};
