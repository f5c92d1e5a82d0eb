// Another program changing a workspace behind the app's back (a sync tool, a script): a separate
// process that takes one JSON command per stdin line and answers one JSON line on stdout.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createArticle, type Article } from '../../core/article/article';
import { slugify } from '../../core/article/slug';

/** What the writer can be asked to do; folders are names inside the workspace (`root`, else the one it started on). */
export type OutsideCommand = { root?: string } & (
  | { op: 'create'; headline: string; text?: string; status?: Article['status'] }
  | {
      op: 'edit';
      folder: string;
      headline?: string;
      text?: string;
      status?: Article['status'];
      /** Truncate and write article.json in place, as a naive editor does (no temp file). */
      inPlace?: boolean;
    }
  | { op: 'remove'; folder: string }
  | { op: 'rename'; folder: string; to: string }
  | { op: 'raw'; folder: string; text: string }
);

/** The answer: the article's id and folder where it has one; `started` and `at` (ms since the epoch) bracket the change. */
export interface OutsideReply {
  ok: boolean;
  id?: string;
  folder?: string;
  started?: number;
  at: number;
  error?: string;
}

const startRoot = process.argv[2];

const body = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

// As the store and most sync tools write: temp file beside it, then rename over.
async function replace(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
}

async function run(command: OutsideCommand): Promise<Omit<OutsideReply, 'at' | 'ok'>> {
  const root = command.root ?? startRoot;
  if (!root) throw new Error('no workspace: give one on the command line or in the command');
  switch (command.op) {
    case 'create': {
      const article = createArticle({
        headline: command.headline,
        body: body(command.text ?? command.headline),
        status: command.status ?? 'draft',
      });
      const folder = `${slugify(article.headline) || 'untitled'}--${article.id}`;
      await mkdir(path.join(root, folder));
      await replace(path.join(root, folder, 'article.json'), JSON.stringify(article, null, 2));
      return { id: article.id, folder };
    }
    case 'edit': {
      const file = path.join(root, command.folder, 'article.json');
      const article = JSON.parse(await readFile(file, 'utf8')) as Article;
      const next: Article = {
        ...article,
        ...(command.headline !== undefined ? { headline: command.headline } : {}),
        ...(command.status !== undefined ? { status: command.status } : {}),
        ...(command.text !== undefined ? { body: body(command.text) } : {}),
        updated: new Date().toISOString(),
      };
      const text = JSON.stringify(next, null, 2);
      if (command.inPlace) await writeFile(file, text);
      else await replace(file, text);
      return { id: article.id, folder: command.folder };
    }
    case 'remove':
      await rm(path.join(root, command.folder), { recursive: true, force: true });
      return { folder: command.folder };
    case 'rename':
      await rename(path.join(root, command.folder), path.join(root, command.to));
      return { folder: command.to };
    case 'raw':
      await replace(path.join(root, command.folder, 'article.json'), command.text);
      return { folder: command.folder };
  }
}

const lines = createInterface({ input: process.stdin });
let chain = Promise.resolve();
lines.on('line', (line) => {
  chain = chain.then(async () => {
    let reply: OutsideReply;
    const started = Date.now();
    try {
      const done = await run(JSON.parse(line) as OutsideCommand);
      reply = { ok: true, ...done, started, at: Date.now() };
    } catch (error) {
      reply = { ok: false, at: Date.now(), error: String(error) };
    }
    process.stdout.write(JSON.stringify(reply) + '\n');
  });
});
process.stdout.write(JSON.stringify({ ok: true, at: Date.now() }) + '\n');
