import type { ArticleFolders } from './article-folders';
import { atomicWrite } from './atomic-write';
import { checkArticleId } from './path-safety';
import type { StoreContext } from './store-context';

/** The article open when the app last closed (.newsroom/state.json), so the next start reopens it. */
export class LastArticle {
  /** Set once this instance chose an article (a read-only instance keeps its choice only here). */
  private inMemory: string | null = null;

  constructor(
    private readonly ctx: StoreContext,
    private readonly folders: ArticleFolders,
  ) {}

  /** The last article, if it still exists. */
  async get(): Promise<string | null> {
    this.ctx.access.assertOpen();
    const id = this.inMemory ?? (await this.readState()).lastArticle ?? null;
    if (!id) return null;
    try {
      await this.folders.locate(id);
      return id;
    } catch {
      return null;
    }
  }

  async set(id: string | null): Promise<void> {
    this.ctx.access.assertOpen();
    if (id !== null) checkArticleId(id);
    this.inMemory = id;
    if (this.ctx.access.readOnly) return;
    const state = { ...(await this.readState()), lastArticle: id };
    await atomicWrite(this.ctx.paths.state, JSON.stringify(state, null, 2) + '\n', {
      fs: this.ctx.fs,
      label: 'the workspace state file',
    });
  }

  private async readState(): Promise<{ lastArticle?: string | null }> {
    try {
      const text = (await this.ctx.fs.readFile(this.ctx.paths.state)).toString('utf8');
      const data = JSON.parse(text) as unknown;
      if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
        const last = (data as { lastArticle?: unknown }).lastArticle;
        return { lastArticle: typeof last === 'string' ? last : null };
      }
    } catch {
      // No state yet, or an unreadable one: start fresh.
    }
    return {};
  }
}
