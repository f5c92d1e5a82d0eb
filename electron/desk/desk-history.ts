import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import type { Article } from '../../core/article/article';
import { countBody } from '../../core/body/counts';
import { parseDeskLog, type DeskLogEntry } from '../../core/desk/desk-history';
import type { DeskSnapshot } from '../ipc/desk-contract';
import { atomicWrite } from '../store/atomic-write';
import { metaPaths } from '../store/layout';
import { derivedArticle } from './derived-article';
import type { DeskRemote } from './desk-mirror';

/** Changes by one person closer together than this make one history entry. */
const GROUP_MS = 5 * 60 * 1000;

function cacheFile(root: string, id: string): string {
  return path.join(metaPaths(root).desk, `${id}.history.jsonl`);
}

/**
 * The desk's record of who changed what in an article (GET /articles/<id>/desk-log), kept in
 * the workspace so history reads offline too; the desk's copy wins whenever it answers.
 */
export async function readDeskLog(
  root: string,
  id: string,
  remote: DeskRemote | null,
): Promise<DeskLogEntry[]> {
  const file = cacheFile(root, id);
  if (remote) {
    try {
      const response = await fetch(`${remote.origin}/articles/${id}/desk-log`, {
        headers: { authorization: `Bearer ${remote.token}` },
      });
      if (response.ok) {
        const text = await response.text();
        await atomicWrite(file, text, { label: `the desk history of article ${id}` });
        return parseDeskLog(text);
      }
    } catch {
      /* unreachable: the cached copy below */
    }
  }
  return parseDeskLog(await readFile(file, 'utf8').catch(() => ''));
}

interface Group {
  last: number;
  authors: Set<string>;
  time: string;
}

/** The log as history entries, newest first: runs of changes grouped by person and time. */
export function deskSnapshots(id: string, entries: DeskLogEntry[]): DeskSnapshot[] {
  const groups: Group[] = [];
  for (const [index, entry] of entries.entries()) {
    const group = groups.at(-1);
    const close = group && Date.parse(entry.time) - Date.parse(group.time) < GROUP_MS;
    if (group && close && group.authors.has(entry.user || 'the desk')) {
      group.last = index;
      group.time = entry.time;
    } else
      groups.push({ last: index, authors: new Set([entry.user || 'the desk']), time: entry.time });
  }
  const doc = new Y.Doc();
  const snapshots: DeskSnapshot[] = [];
  let applied = 0;
  for (const group of groups) {
    for (; applied <= group.last; applied++) Y.applyUpdate(doc, entries[applied]!.update);
    const article = derivedArticle(doc, id, group.time);
    snapshots.push({
      id: `e${group.last}`,
      taken: group.time,
      words: article ? countBody(article.body, article.language).words : 0,
      headline: article?.headline ?? '',
      authors: [...group.authors],
    });
  }
  doc.destroy();
  return snapshots.reverse();
}

/** The article as it stood after the entry a snapshot id names. */
export function deskArticleAt(id: string, entries: DeskLogEntry[], snapshot: string): Article {
  const last = /^e(\d+)$/.exec(snapshot);
  const index = last ? Number(last[1]) : -1;
  if (!last || index >= entries.length) {
    throw new Error(`snapshot ${snapshot} of article ${id} does not exist`);
  }
  const doc = new Y.Doc();
  for (let i = 0; i <= index; i++) Y.applyUpdate(doc, entries[i]!.update);
  const article = derivedArticle(doc, id, entries[index]!.time);
  doc.destroy();
  if (!article) throw new Error(`snapshot ${snapshot} of article ${id} holds no article yet`);
  return article;
}
