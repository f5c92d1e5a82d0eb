import { fromBase64, toBase64 } from 'lib0/buffer';
import { deskRoles, type DeskRole } from './desk-roles';

/**
 * One line of an article's desk log (`desk-log.jsonl` beside `article.yjs`): the Yjs update one
 * person's changes made, as the server received them. Replaying the lines in order rebuilds the
 * document at any point, and names who changed what.
 */
export interface DeskLogEntry {
  /** When the server stored the change (ISO 8601, UTC). */
  time: string;
  /** The user's name from the users file; empty for the seeding of an article.json by the server. */
  user: string;
  role: DeskRole | null;
  /** The merged Yjs update (V1 encoding). */
  update: Uint8Array;
}

/** The entry as one JSON line (no newline). */
export function formatDeskLogEntry(entry: DeskLogEntry): string {
  return JSON.stringify({
    time: entry.time,
    user: entry.user,
    role: entry.role,
    update: toBase64(entry.update),
  });
}

/** The entries of a log file's text; a torn last line (a crash mid-append) and damaged lines are skipped. */
export function parseDeskLog(text: string): DeskLogEntry[] {
  const entries: DeskLogEntry[] = [];
  for (const line of text.split('\n')) {
    const entry = parseLine(line);
    if (entry) entries.push(entry);
  }
  return entries;
}

function parseLine(line: string): DeskLogEntry | null {
  if (!line.trim()) return null;
  try {
    const raw = JSON.parse(line) as Record<string, unknown>;
    const { time, user, role, update } = raw;
    if (typeof time !== 'string' || typeof user !== 'string' || typeof update !== 'string')
      return null;
    if (role !== null && !deskRoles.includes(role as DeskRole)) return null;
    return { time, user, role: role as DeskRole | null, update: fromBase64(update) };
  } catch {
    return null;
  }
}
