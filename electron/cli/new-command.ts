import { cleanKeywords } from '../../core/article/keywords';
import { canonicalLanguage } from '../../core/language/language-tag';
import { InputError, UsageError, parseCommandArgs, type Command } from './command';
import { requireWorkspace, withWorkspace, workspaceOptions } from './workspace-command';

/** `newsroom new`: creates a draft and prints its id. */
export const newCommand: Command = {
  name: 'new',
  usage:
    'newsroom new --headline TEXT [--language TAG] [--keywords "WORD, WORD"] --workspace DIR [--json]',
  summary:
    "Create a draft article with this headline (in the workspace's default language unless --language names one, with the comma-separated --keywords) and print its id.",
  async run(argv, out) {
    const { values } = parseCommandArgs(argv, {
      headline: { type: 'string' },
      language: { type: 'string' },
      keywords: { type: 'string' },
      ...workspaceOptions,
    });
    const dir = requireWorkspace(values.workspace);
    const headline = values.headline;
    if (typeof headline !== 'string') throw new UsageError('--headline TEXT is required');
    const language = values.language === undefined ? undefined : canonicalLanguage(values.language);
    if (language === null)
      throw new InputError(`--language: "${values.language}" is not a BCP 47 language tag`);
    const keywords = cleanKeywords(values.keywords === undefined ? [] : [values.keywords]);
    // A new article gets a new folder, which cannot clash with the files the app has open.
    await withWorkspace(dir, {}, async (ws) => {
      const { article } = await ws.articles.create({
        headline,
        keywords,
        ...(language ? { language } : {}),
      });
      if (values.json) {
        const folder = await ws.articles.folder(article.id);
        const { id, language: tag } = article;
        out(
          JSON.stringify(
            { id, headline: article.headline, language: tag, keywords, folder },
            null,
            2,
          ),
        );
      } else out(article.id);
    });
  },
};
