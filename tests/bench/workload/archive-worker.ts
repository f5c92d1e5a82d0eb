// Worker thread: writes archive articles [from, to) into their folders, reporting every 1,000.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { serializeArticle } from '../../../electron/store/article-file';
import { ARTICLE_FILE, articleFolderName } from '../../../electron/store/layout';
import { generateArchiveArticle } from './article-generator';

const { root, from, to } = workerData as { root: string; from: number; to: number };
const ids: string[] = [];
for (let n = from; n < to; n++) {
  const article = generateArchiveArticle(n);
  const folder = path.join(root, articleFolderName(article.headline, article.id));
  mkdirSync(folder);
  writeFileSync(path.join(folder, ARTICLE_FILE), serializeArticle(article));
  ids.push(article.id);
  if ((n - from + 1) % 1000 === 0) parentPort!.postMessage({ type: 'progress', done: 1000 });
}
parentPort!.postMessage({ type: 'done', ids });
