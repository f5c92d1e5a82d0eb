import type { Adapter } from 'lowdb';
import { atomicWrite } from './atomic-write';
import type { StoreFs } from './store-fs';

/** What index.json holds: a version and one record per article, keyed by id. */
export interface IndexFileData<E> {
  version: number;
  articles: Record<string, E>;
}

const CHUNK = 1 << 20;
const HEAD = /^\{"version":(\d+),"articles":\{$/;
const ID = /^[0-9a-z]{16}$/;

/**
 * The lowdb adapter of the library index (.newsroom/index.json). The file is plain JSON written
 * one article a line, so it is read a line at a time through a 1 MiB buffer: at 100,000 articles
 * the whole file as one buffer and one string cost 60 MB for a moment. A file in any other layout
 * (one line, hand-formatted) is parsed whole; an unreadable one reads as missing.
 */
export class IndexFile<E> implements Adapter<IndexFileData<E>> {
  /** The last read found the file in another layout (the next write gives it this one). */
  otherLayout = false;

  constructor(
    private readonly file: string,
    private readonly fs: StoreFs,
  ) {}

  async read(): Promise<IndexFileData<E> | null> {
    this.otherLayout = false;
    try {
      const lines = await this.readLines().catch(() => null);
      if (lines) return lines;
      const data = JSON.parse(await this.readText()) as IndexFileData<E>;
      // Only a file that is there in another layout is rewritten; a missing one stays missing.
      this.otherLayout = true;
      return data;
    } catch {
      return null;
    }
  }

  async write(data: IndexFileData<E>): Promise<void> {
    const lines = [`{"version":${JSON.stringify(data.version)},"articles":{`];
    const ids = Object.keys(data.articles);
    for (const [i, id] of ids.entries())
      lines.push(
        `${JSON.stringify(id)}:${JSON.stringify(data.articles[id])}${i < ids.length - 1 ? ',' : ''}`,
      );
    lines.push('}}\n');
    await atomicWrite(this.file, lines.join('\n'), { fs: this.fs });
  }

  private async readText(): Promise<string> {
    return (await this.fs.readFile(this.file)).toString('utf8');
  }

  // The layout write() gives, a buffer of whole lines at a time; null when the file is in another layout.
  private async readLines(): Promise<IndexFileData<E> | null> {
    const handle = await this.fs.open(this.file, 'r');
    try {
      let buffer = Buffer.allocUnsafe(CHUNK);
      let kept = 0;
      const reader = new LineReader<E>();
      for (;;) {
        if (kept === buffer.length) {
          // A line longer than the buffer (a very long headline or error): room for it.
          const grown = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(grown, 0, 0, kept);
          buffer = grown;
        }
        const { bytesRead } = await handle.read(buffer, kept, buffer.length - kept, null);
        const end = kept + bytesRead;
        if (bytesRead === 0) return reader.finish(buffer.toString('utf8', 0, end));
        const last = buffer.lastIndexOf(10, end - 1);
        // No line break in the first megabyte: the whole file is one line.
        if (last === -1 && !reader.started) return null;
        if (last !== -1) {
          // Whole lines only, so a character split between two reads is decoded once complete.
          if (!reader.add(buffer.toString('utf8', 0, last))) return null;
          buffer.copy(buffer, 0, last + 1, end);
          kept = end - last - 1;
        } else kept = end;
      }
    } finally {
      await this.fs.close(handle);
    }
  }
}

/** Takes index.json's text a run of whole lines at a time (each run without its last line break). */
class LineReader<E> {
  private data: IndexFileData<E> | null = null;
  private closed = false;
  // The last entry seen ended with its comma: another must follow.
  private more = false;
  private runs = 0;

  get started(): boolean {
    return this.data !== null;
  }

  /** False when the text does not fit the layout. */
  add(text: string): boolean {
    let rest = text;
    if (!this.data) {
      const eol = rest.indexOf('\n');
      const head = HEAD.exec(eol === -1 ? rest : rest.slice(0, eol));
      if (!head) return false;
      this.data = { version: Number(head[1]), articles: {} };
      if (eol === -1) return true;
      rest = rest.slice(eol + 1);
    }
    if (this.closed) return rest.trim() === '';
    const close = rest.startsWith('}}') ? 0 : rest.indexOf('\n}}');
    const entries = close === -1 ? rest : rest.slice(0, close);
    if (close !== -1) {
      this.closed = true;
      if (rest.slice(close === 0 ? 2 : close + 3).trim() !== '') return false;
    }
    if (entries === '') return !(this.closed && this.more);
    // Entries follow entries only after a comma, and the last one has none.
    if (this.runs > 0 && !this.more) return false;
    this.more = entries.endsWith(',');
    if (this.closed && this.more) return false;
    this.runs++;
    // One JSON.parse per run of lines, not per line: parsing 100,000 lines one by one costs twice the time.
    const run = JSON.parse(`{${this.more ? entries.slice(0, -1) : entries}}`) as Record<string, E>;
    const articles = this.data.articles;
    for (const id in run) {
      if (!ID.test(id)) return false;
      articles[id] = run[id]!;
    }
    return true;
  }

  /** The index once the file has ended with `rest`; null when it ended early or has more. */
  finish(rest: string): IndexFileData<E> | null {
    if (rest !== '' && !this.add(rest)) return null;
    return this.closed ? this.data : null;
  }
}
